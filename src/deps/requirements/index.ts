import type { Diagnostic } from '../../model/location.js'
import { isUrl } from '../../sources/paths.js'
import { PackageCollector, type Flags } from '../shared/collector.js'
import { splitLines } from '../shared/lines.js'
import { localPathOf } from '../shared/links.js'
import { baseName, dirName, joinPath } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { readRequirement, type LogicalLine, type Requirement } from './line.js'
import { withoutBom } from '../../sources/text.js'

type UnpinnedRequirement = Extract<Requirement, { kind: 'unpinned' }>

/** Nested `-r` includes deeper than this are refused (a real project needs a handful). */
const MAX_INCLUDE_DEPTH = 16

/**
 * pip requirements files (`requirements.txt`, `requirements-dev.txt`, `requirements/prod.txt`).
 * Exact pins (`==`, `===`) are packages; ranges, URLs, paths and editable installs are reported
 * as unpinned, never guessed. `-r other.txt` is followed inside the repository.
 */
export const requirementsParser: LockfileParser = {
  id: 'pypi/requirements',
  ecosystem: 'PyPI',
  matches: isRequirementsFile,
  parse: parseRequirements,
  // Any line pip cannot read is an error of its own; options alone are a valid file.
  content: { recognises: /\S/, expected: 'requirements', mayBeEmpty: true }
}

const TXT_FILE = /\.txt$/i

export function isRequirementsFile(path: string): boolean {
  // Asked of every file of a listing: most are turned away without a copy of their name.
  if (!TXT_FILE.test(path)) return false
  const name = baseName(path).toLowerCase()
  return name.includes('requirements') || baseName(dirName(path)).toLowerCase() === 'requirements'
}

function parseRequirements(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'PyPI')
  const reader: IncludeReader = { out, options, chain: [file], seen: new Set([file]) }
  readFile(text, file, reader, false)
  return out.finish()
}

/**
 * The repository files a requirements file includes (`-r`, `-c`), resolved against its folder;
 * includes that leave the repository or are URLs are left to the parser to report.
 */
export function includedFiles(text: string, file: string): string[] {
  const out: string[] = []
  for (const logical of logicalLines(text)) {
    const req = readRequirement(logical.text)
    if (req.kind !== 'include' || isUrl(req.path)) continue
    const path = joinPath(dirName(file), req.path)
    if (path !== undefined) out.push(path)
  }
  return out
}

/** State of one walk through a file and its includes. */
interface IncludeReader {
  out: PackageCollector
  options: ParseOptions | undefined
  /** The files being read, outermost first: an include of one of them is a cycle. */
  chain: string[]
  /** Every file read so far: each is read once, however many files include it. */
  seen: Set<string>
}

function readFile(text: string, file: string, reader: IncludeReader, constraint: boolean): void {
  const { out } = reader
  const flags: Flags = { dev: isDevFile(reader.chain[0] as string) || isDevFile(file) }
  const pipCompiled = /#\s*via\b/.test(text)
  for (const logical of logicalLines(text)) {
    const at = { file, line: logical.line, column: 1 }
    const req = readRequirement(logical.text)
    if (req.kind === 'option') continue
    if (req.kind === 'include') {
      include(req.path, req.constraint || constraint, file, logical.line, reader)
      continue
    }
    out.entries++
    if (req.kind === 'invalid') {
      out.diagnostics.push(problem(file, logical.line, req.message, 'parse-error', 'error'))
      continue
    }
    // A constraints file pins versions without asking for them: never a declared requirement.
    const direct = !constraint && (pipCompiled ? isDeclared(logical.via) : true)
    if (req.kind === 'pinned') out.add(req.name, req.version, at, { ...flags, direct })
    else {
      out.addUnpinned(req.name, req.spec, req.reason, at, { ...flags, direct })
      if (leavesRepository(req, file))
        out.diagnostics.push(
          problem(file, logical.line, `${written(req)}: ${OUTSIDE}`, 'link-outside-repo', 'error')
        )
    }
  }
}

const OUTSIDE = 'outside the repository: not read'

/**
 * A local path or editable install (`-e ../lib`, `../pkg.whl`, `file:///abs`) that leaves the
 * repository, resolved against the folder of the file that names it: what it installs is never
 * read, so nothing in it was checked.
 */
function leavesRepository(req: UnpinnedRequirement, file: string): boolean {
  if (req.reason !== 'path' && !(req.reason === 'editable' && isLocal(req.spec))) return false
  const path = localPathOf(req.spec)
    .replace(/#.*$/, '')
    .replace(/\[[^\]]*\]$/, '')
  return joinPath(dirName(file), path) === undefined
}

/** A path or `file:` URL, not a VCS or web URL (a Windows drive letter is no scheme). */
function isLocal(spec: string): boolean {
  return /^file:/i.test(spec) || /^[a-z]:[\\/]/i.test(spec) || !/^[a-z][a-z0-9+.-]*:/i.test(spec)
}

function written(req: UnpinnedRequirement): string {
  return req.reason === 'editable' ? `-e ${req.spec}` : req.spec
}

/**
 * Follows `-r`/`-c` into another file of the repository, whatever its name, relative to the
 * including file as pip resolves it. Anything that cannot be followed is a located error: the
 * packages of an unread file would otherwise never be checked.
 */
function include(
  target: string,
  constraint: boolean,
  from: string,
  line: number,
  reader: IncludeReader
): void {
  const flag = constraint ? '-c' : '-r'
  const fail = (
    message: string,
    code: string,
    severity: Diagnostic['severity'] = 'error'
  ): void => {
    reader.out.diagnostics.push(
      problem(from, line, `${flag} ${target}: ${message}`, code, severity)
    )
  }
  if (isUrl(target))
    return fail('a URL is not fetched, so the packages it lists were not checked', 'include-url')
  const path = joinPath(dirName(from), target)
  if (path === undefined) return fail('outside the repository: not read', 'include-outside-repo')
  if (reader.chain.includes(path))
    return fail(`includes ${path} again (a cycle); it was read once`, 'include-cycle', 'warning')
  if (reader.seen.has(path)) return
  if (reader.chain.length > MAX_INCLUDE_DEPTH)
    return fail('includes nested too deeply; not read', 'include-too-deep')
  const read = reader.options?.readRepoFile?.(path)
  if (read === undefined) return fail(`${path} does not exist`, 'missing-include')
  if (typeof read !== 'string')
    return fail(`${path} cannot be read: ${read.problem}`, 'unreadable-include')
  reader.seen.add(path)
  reader.chain.push(path)
  readFile(read, path, reader, constraint)
  reader.chain.pop()
}

/**
 * Logical lines, as pip builds them: a line ending in `\\` is joined with the next one first
 * (unless it is itself a comment line), then comments are removed (a `#` at the start or after
 * whitespace; `#egg=` inside a URL stays). So a comment ending in `\\` swallows the next line, as
 * it does for pip. pip-compile's `# via` notes are kept with the requirement they follow (inline,
 * or as a `# via` block of comment lines below it).
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = []
  let viaOf: LogicalLine | undefined
  let inVia = false
  for (const joined of joinContinuations(pipLines(withoutBom(text)))) {
    const comment = joined.text.search(/(^|\s)#/)
    const code = (comment === -1 ? joined.text : joined.text.slice(0, comment)).trim()
    const note = comment === -1 ? '' : joined.text.slice(comment).trim().replace(/^#\s?/, '')
    if (code === '') {
      inVia = viaOf !== undefined && (/^via\b/.test(note) || (inVia && /^\s+\S/.test(note)))
      if (inVia && viaOf) viaOf.via = `${viaOf.via ?? ''} ${note.trim()}`.trim()
      else viaOf = undefined
      continue
    }
    const logical: LogicalLine = { text: code, line: joined.line }
    inVia = /^via\b/.test(note)
    if (inVia) logical.via = note
    out.push(logical)
    viaOf = logical
  }
  return out
}

/**
 * The lines pip reads: Python's `str.splitlines` also ends a line at a lone `\r`, `\v`, `\f`,
 * `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029, where git and GitHub see one line. A requirement
 * hidden behind one is read, at the line (counted at `\n`) that the diff shows.
 */
function pipLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = []
  splitLines(text).forEach((physical, index) => {
    if (!PYTHON_LINE_BREAK.test(physical)) out.push({ text: physical, line: index + 1 })
    else
      for (const part of physical.split(PYTHON_LINE_BREAK))
        out.push({ text: part, line: index + 1 })
  })
  return out
}

// eslint-disable-next-line no-control-regex -- Python's line breaks include control characters
const PYTHON_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/

/** pip's `join_lines`: continued lines joined (trailing backslashes dropped), at their first line. */
function joinContinuations(
  lines: { text: string; line: number }[]
): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = []
  // Pieces of a continued line, joined once it ends (joining as it grows is quadratic).
  let pending: { pieces: string[]; line: number } | undefined
  for (const { text: raw, line } of lines) {
    const isComment = /^\s*#/.test(raw)
    if (raw.endsWith('\\') && !isComment) {
      pending ??= { pieces: [], line }
      pending.pieces.push(raw.replace(/\\+$/, ''))
    } else if (!pending) out.push({ text: raw, line })
    else {
      // A comment line ends a continuation and stays a comment (pip puts a space before it).
      pending.pieces.push(isComment ? ` ${raw}` : raw)
      out.push({ text: pending.pieces.join(''), line: pending.line })
      pending = undefined
    }
  }
  if (pending) out.push({ text: pending.pieces.join(''), line: pending.line })
  return out
}

/** Per pip-compile's notes, a requirement is direct when an input file (not a package) asks for it. */
function isDeclared(via: string | undefined): boolean {
  if (via === undefined) return true
  return /(^|\s)-r\s|-c\s|\.in\b|\.txt\b|pyproject\.toml|setup\.(py|cfg)/.test(via)
}

/** Development requirement files by their usual names: `requirements-dev.txt`, `test-requirements.txt`, `requirements/test.txt`. */
function isDevFile(path: string): boolean {
  const name = baseName(path).toLowerCase()
  const folder = baseName(dirName(path)).toLowerCase()
  const words = (folder === 'requirements' ? name : name.replace('requirements', ' ')).split(
    /[-_. ]+/
  )
  return words.some(w => /^(dev|devel|develop|development|test|tests|testing|lint|ci)$/.test(w))
}

function problem(
  file: string,
  line: number,
  message: string,
  code: string,
  severity: Diagnostic['severity']
): Diagnostic {
  return { file, line, column: 1, message, code, severity }
}

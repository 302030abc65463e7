import type { Diagnostic } from '../../model/location.js'
import { PackageCollector, type Flags } from '../shared/collector.js'
import { splitLines } from '../shared/lines.js'
import { baseName, dirName, joinPath } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { readRequirement, type LogicalLine } from './line.js'

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
  parse: parseRequirements
}

export function isRequirementsFile(path: string): boolean {
  const name = baseName(path).toLowerCase()
  if (!name.endsWith('.txt')) return false
  return name.includes('requirements') || baseName(dirName(path)).toLowerCase() === 'requirements'
}

function parseRequirements(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'PyPI')
  readFile(text, file, out, options, new Set([file]), 0)
  return out.finish()
}

function readFile(
  text: string,
  file: string,
  out: PackageCollector,
  options: ParseOptions | undefined,
  visited: Set<string>,
  depth: number
): void {
  const flags: Flags = { dev: isDevFile(file) }
  const pipCompiled = /#\s*via\b/.test(text)
  for (const logical of logicalLines(text)) {
    const at = { file, line: logical.line, column: 1 }
    const req = readRequirement(logical.text)
    if (req.kind === 'option') continue
    if (req.kind === 'include') {
      include(req.path, file, logical.line, out, options, visited, depth)
      continue
    }
    out.entries++
    if (req.kind === 'invalid') {
      out.diagnostics.push(problem(file, logical.line, req.message, 'parse-error', 'error'))
      continue
    }
    const direct = pipCompiled ? isDeclared(logical.via) : true
    if (req.kind === 'pinned') out.add(req.name, req.version, at, { ...flags, direct })
    else out.addUnpinned(req.name, req.spec, req.reason, at, { ...flags, direct })
  }
}

function include(
  target: string,
  from: string,
  line: number,
  out: PackageCollector,
  options: ParseOptions | undefined,
  visited: Set<string>,
  depth: number
): void {
  const path = joinPath(dirName(from), target)
  const warn = (message: string, code: string): void => {
    out.diagnostics.push(problem(from, line, message, code, 'warning'))
  }
  if (path === undefined)
    return warn(`-r ${target} points outside the repository; not read`, 'include-outside-repo')
  if (visited.has(path)) return
  if (depth >= MAX_INCLUDE_DEPTH)
    return warn(`-r ${target}: includes nested too deeply`, 'include-too-deep')
  const text = options?.readRepoFile?.(path)
  if (text === undefined)
    return warn(`-r ${target}: ${path} could not be read`, 'unresolved-include')
  visited.add(path)
  readFile(text, path, out, options, visited, depth + 1)
}

/**
 * Logical lines: `\` continuations joined, comments removed (a `#` at the start or after
 * whitespace; `#egg=` inside a URL stays), and pip-compile's `# via` notes kept with the
 * requirement they follow (inline, or as a `# via` block of comment lines below it).
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = []
  // Pieces of a line continued with `\`, joined once it ends (joining as it grows is quadratic).
  let pending: { pieces: string[]; line: number } | undefined
  let viaOf: LogicalLine | undefined
  let inVia = false
  splitLines(text.replace(/^\uFEFF/, '')).forEach((raw, index) => {
    const comment = raw.search(/(^|\s)#/)
    const code = (comment === -1 ? raw : raw.slice(0, comment)).trim()
    const note = comment === -1 ? '' : raw.slice(comment).trim().replace(/^#\s?/, '')
    if (code === '' && !pending) {
      inVia = viaOf !== undefined && (/^via\b/.test(note) || (inVia && /^\s+\S/.test(note)))
      if (inVia && viaOf) viaOf.via = `${viaOf.via ?? ''} ${note.trim()}`.trim()
      else viaOf = undefined
      return
    }
    const continues = code.endsWith('\\')
    const piece = continues ? code.slice(0, -1).trim() : code
    pending ??= { pieces: [], line: index + 1 }
    if (piece !== '') pending.pieces.push(piece)
    if (continues) return
    const logical: LogicalLine = { text: pending.pieces.join(' '), line: pending.line }
    inVia = /^via\b/.test(note)
    if (inVia) logical.via = note
    out.push(logical)
    viaOf = logical
    pending = undefined
  })
  if (pending) out.push({ text: pending.pieces.join(' '), line: pending.line })
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

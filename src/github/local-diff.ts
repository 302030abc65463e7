import { execFile, spawn } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'
import { promisify } from 'node:util'
import { ConfigError } from '../sources/errors.js'
import { SAFE_GIT_ARGS } from '../sources/git-command.js'
import { CommentableLineReader } from './diff-lines.js'
import type { ChangeStatus, ChangedFile, ChangedFiles } from './pull-request.js'

const run = promisify(execFile)

const SAFE = SAFE_GIT_ARGS

/**
 * The pull request's diff as GitHub computes it: from the merge base, with rename detection. The
 * repository's own diff settings (external tools, text conversion, relative paths) are overridden
 * so they cannot change the files or the lines.
 */
const DIFF = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '-M']

/**
 * The patch: git's default algorithm and three lines of context, hunks never merged, fixed
 * prefixes, paths quoted only where they must be.
 */
const PATCH = [
  '-c',
  'core.quotepath=off',
  ...DIFF,
  '-U3',
  '--inter-hunk-context=0',
  '--diff-algorithm=myers',
  '--indent-heuristic',
  '--src-prefix=a/',
  '--dst-prefix=b/'
]

/**
 * GitHub shows no diff for a file whose patch exceeds 20,000 lines or 500 KB, and so accepts no
 * line comment on it; the local diff applies the same limits so both sources agree.
 */
export const PATCH_LIMITS = { maxLines: 20_000, maxBytes: 500 * 1024 }

interface RawEntry {
  status: ChangeStatus
  path: string
  previousPath?: string
}

/** One file's part of the patch, read as it streams by. */
interface Section {
  reader: CommentableLineReader
  /** Set from the first hunk header on: what GitHub counts as the file's patch. */
  inPatch: boolean
  lines: number
  bytes: number
}

/**
 * The files changed between the merge base of `base` and `head`, and their commentable lines,
 * from the local checkout (both commits must be in it). Nothing of the repository is executed.
 * Unlike the API, there is no limit on the number of files.
 */
export async function changedFilesFromGit(
  repoDir: string,
  baseSha: string,
  headSha: string
): Promise<ChangedFiles> {
  for (const rev of [baseSha, headSha]) await requireCommit(repoDir, rev)
  const range = `${baseSha}...${headSha}`
  const entries = await rawEntries(repoDir, range)
  const sections = new Map(entries.map(entry => [diffHeader(entry), newSection()]))
  await streamLines(repoDir, [...PATCH, range], sectionFeeder(sections))
  const files = new Map<string, ChangedFile>()
  for (const entry of entries) {
    const section = sections.get(diffHeader(entry))
    files.set(entry.path, { ...entry, commentable: section ? commentableOf(section) : new Set() })
  }
  return { files, truncated: false, source: 'git' }
}

async function requireCommit(repoDir: string, rev: string): Promise<void> {
  const valid = rev !== '' && !rev.startsWith('-') && !/[\s\0]/.test(rev)
  const found =
    valid &&
    (await run('git', [...SAFE, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      cwd: repoDir
    }).then(
      () => true,
      () => false
    ))
  if (!found)
    throw new ConfigError(`commit ${rev.slice(0, 12)} is not in the git history of ${repoDir}`)
}

/**
 * The files git finds renamed between two revisions of the repository in `repoDir` (base path →
 * head path), comparing the two trees themselves; without `head`, the revision and the working
 * tree (files git tracks, a `git mv` included).
 */
export async function renamesFromGit(
  repoDir: string,
  base: string,
  head?: string
): Promise<Map<string, string>> {
  const revisions = head === undefined ? [base] : [base, head]
  for (const rev of revisions) await requireCommit(repoDir, rev)
  const renames = new Map<string, string>()
  for (const entry of await rawEntries(repoDir, revisions))
    if (entry.status === 'renamed' && entry.previousPath !== undefined)
      renames.set(entry.previousPath, entry.path)
  return renames
}

/** `:old-mode new-mode old-sha new-sha STATUS\0path\0[new-path\0]` records, NUL-separated. */
async function rawEntries(repoDir: string, range: string | string[]): Promise<RawEntry[]> {
  const revisions = typeof range === 'string' ? [range] : range
  const args = [...SAFE, ...DIFF, '--raw', '-z', '--no-abbrev', ...revisions, '--']
  const { stdout } = await run('git', args, {
    cwd: repoDir,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8'
  })
  const fields = stdout.split('\0')
  const entries: RawEntry[] = []
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i] ?? ''
    if (!meta.startsWith(':')) continue
    const [, , oldSha, newSha, code = 'M'] = meta.slice(1).split(' ')
    const status = statusOf(code.charAt(0), oldSha === newSha)
    const first = fields[++i] ?? ''
    if (status === 'renamed' || status === 'copied')
      entries.push({ status, previousPath: first, path: fields[++i] ?? '' })
    else entries.push({ status, path: first })
  }
  return entries
}

function statusOf(code: string, sameContent: boolean): ChangeStatus {
  if (code === 'A') return 'added'
  if (code === 'D') return 'removed'
  if (code === 'R') return 'renamed'
  if (code === 'C') return 'copied'
  // A type change (file to symbolic link), or a mode change that leaves the content alone.
  if (code === 'T' || sameContent) return 'changed'
  return 'modified'
}

/** The `diff --git` line git writes for an entry (a type change writes it twice). */
function diffHeader(entry: RawEntry): string {
  return `diff --git ${quoted(`a/${entry.previousPath ?? entry.path}`)} ${quoted(`b/${entry.path}`)}`
}

const ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\'
}

// eslint-disable-next-line no-control-regex
const SPECIAL = /["\\\x00-\x1f\x7f]/

/** Git's C-style quoting of a path (with `core.quotepath=off`: only control characters, `"`, `\`). */
function quoted(path: string): string {
  if (!SPECIAL.test(path)) return path
  const escape = (c: string): string =>
    ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`
  return `"${path.replace(new RegExp(SPECIAL.source, 'g'), escape)}"`
}

function newSection(): Section {
  return { reader: new CommentableLineReader(), inPatch: false, lines: 0, bytes: 0 }
}

/** Routes each line of the patch to the section of the file it belongs to. */
function sectionFeeder(sections: Map<string, Section>): (line: string) => void {
  let current: Section | undefined
  return line => {
    // Diff content lines start with ' ', '+', '-' or '\', so this is always a file header.
    if (line.startsWith('diff --git ')) {
      current = sections.get(line)
      if (current) current.inPatch = false
      return
    }
    if (!current) return
    if (line.startsWith('@@')) current.inPatch = true
    if (current.inPatch) {
      current.lines++
      current.bytes += Buffer.byteLength(line) + 1
    }
    current.reader.feed(line)
  }
}

function commentableOf(section: Section): Set<number> {
  const tooLarge =
    section.lines > PATCH_LIMITS.maxLines || section.bytes - 1 > PATCH_LIMITS.maxBytes
  return tooLarge ? new Set() : section.reader.lines
}

/** Runs git and hands its output over line by line, without holding the whole diff in memory. */
function streamLines(cwd: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const decoder = new StringDecoder('utf8')
    let pending = ''
    let stderr = ''
    const take = (text: string): void => {
      // A long line arrives in many chunks: gather them before splitting.
      if (!text.includes('\n')) return void (pending += text)
      const lines = (pending + text).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    }
    child.stdout.on('data', (chunk: Buffer) => take(decoder.write(chunk)))
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8')
    })
    child.on('error', reject)
    child.on('close', code => {
      take(decoder.end())
      if (pending !== '') onLine(pending)
      if (code === 0) resolve()
      else reject(new Error(`git diff failed (exit ${code}): ${stderr.trim()}`))
    })
  })
}

import { parseHunks, type Hunk } from './diff-hunks.js'
import type { GitReader } from './git.js'
import type { PatchLimits } from './types.js'

/** A file a pull request changes, from `git diff <merge-base> <head>` with rename detection. */
export interface ChangedFile {
  filename: string
  previousFilename?: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'changed'
  oldSha: string
  newSha: string
  additions: number
  deletions: number
  /** GitHub's `patch`: the file's hunks from the first `@@`; absent for binary or huge diffs. */
  patch?: string
  hunks: Hunk[]
}

interface RawEntry {
  oldSha: string
  newSha: string
  code: string
  path: string
  oldPath?: string
}

const DIFF = ['diff', '-M', '--no-color', '--no-ext-diff']
const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  T: 'changed'
}

export function computeChangedFiles(
  git: GitReader,
  from: string,
  to: string,
  limits: PatchLimits
): ChangedFile[] {
  const raw = parseRaw(git.text([...DIFF, '--raw', '-z', '--no-abbrev', from, to]))
  const counts = parseNumstat(git.text([...DIFF, '--numstat', '-z', from, to]))
  const sections = splitSections(git.text([...DIFF, '-p', '--full-index', from, to]))
  return raw.map((entry, index) => {
    const patch = patchOf(sections[index] ?? '', limits)
    const count = counts[index] ?? { additions: 0, deletions: 0 }
    const contentUnchanged = entry.code === 'M' && entry.oldSha === entry.newSha
    return {
      filename: entry.path,
      ...(entry.oldPath ? { previousFilename: entry.oldPath } : {}),
      status: contentUnchanged ? 'changed' : (STATUS[entry.code] ?? 'modified'),
      oldSha: entry.oldSha,
      newSha: entry.newSha,
      ...count,
      ...(patch ? { patch } : {}),
      hunks: patch ? parseHunks(patch) : []
    }
  })
}

/** `:old-mode new-mode old-sha new-sha STATUS\0path\0[new-path\0]` records. */
function parseRaw(output: string): RawEntry[] {
  const fields = output.split('\0')
  const entries: RawEntry[] = []
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i] ?? ''
    if (!meta.startsWith(':')) continue
    const [, , oldSha, newSha, status] = meta.slice(1).split(' ') as string[]
    const code = (status ?? 'M').charAt(0)
    const renamed = code === 'R' || code === 'C'
    const first = fields[++i] ?? ''
    const entry = { oldSha: oldSha ?? '', newSha: newSha ?? '', code }
    entries.push(
      renamed ? { ...entry, oldPath: first, path: fields[++i] ?? '' } : { ...entry, path: first }
    )
  }
  return entries
}

/** `added\tdeleted\tpath\0`, or `added\tdeleted\t\0old\0new\0` for renames; `-` for binary. */
function parseNumstat(output: string): { additions: number; deletions: number }[] {
  const fields = output.split('\0')
  const counts: { additions: number; deletions: number }[] = []
  for (let i = 0; i < fields.length; i++) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i] ?? '')
    if (!match) continue
    if (match[3] === '') i += 2
    counts.push({ additions: Number(match[1]) || 0, deletions: Number(match[2]) || 0 })
  }
  return counts
}

/** One section per file, in the same order as the raw listing (content lines never start so). */
function splitSections(patch: string): string[] {
  return patch.split(/^(?=diff --git )/m).filter(section => section.startsWith('diff --git '))
}

function patchOf(section: string, limits: PatchLimits): string | undefined {
  const start = section.startsWith('@@') ? 0 : section.indexOf('\n@@') + 1
  if (start <= 0 && !section.startsWith('@@')) return undefined
  const patch = section.slice(start).replace(/\n$/, '')
  const tooLarge =
    Buffer.byteLength(patch) > limits.maxBytes || patch.split('\n').length > limits.maxLines
  return tooLarge ? undefined : patch
}

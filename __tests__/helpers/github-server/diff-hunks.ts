/**
 * The lines of a file's patch a review comment may sit on. GitHub anchors a comment to a line of
 * a diff hunk: on the RIGHT (head) side an added or context line, on the LEFT (base) side a
 * removed or context line. `position` is the line's offset below the first `@@` header, counting
 * later headers too, as GitHub's `position` parameter does.
 */

export type Side = 'LEFT' | 'RIGHT'

export interface DiffLine {
  kind: 'context' | 'added' | 'removed'
  /** Line number in the base file (context and removed lines). */
  left?: number
  /** Line number in the head file (context and added lines). */
  right?: number
  position: number
  hunk: number
}

export interface Hunk {
  header: string
  lines: DiffLine[]
  /** Index of the header line in the patch's lines. */
  headerIndex: number
}

const HEADER = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  let left = 0
  let right = 0
  patchLines(patch).forEach((text, index) => {
    const header = HEADER.exec(text)
    if (header) {
      left = Number(header[1])
      right = Number(header[2])
      hunks.push({ header: text, lines: [], headerIndex: index })
      return
    }
    const hunk = hunks.at(-1)
    if (!hunk) return
    const line = { position: index, hunk: hunks.length - 1 }
    if (text.startsWith('+')) hunk.lines.push({ ...line, kind: 'added', right: right++ })
    else if (text.startsWith('-')) hunk.lines.push({ ...line, kind: 'removed', left: left++ })
    else if (text.startsWith(' ') || text === '')
      hunk.lines.push({ ...line, kind: 'context', left: left++, right: right++ })
  })
  return hunks
}

/** The diff line showing `line` of the given side, if the patch has one. */
export function findLine(hunks: Hunk[], line: number, side: Side): DiffLine | undefined {
  for (const hunk of hunks) {
    const found = hunk.lines.find(candidate =>
      side === 'RIGHT'
        ? candidate.kind !== 'removed' && candidate.right === line
        : candidate.kind !== 'added' && candidate.left === line
    )
    if (found) return found
  }
  return undefined
}

export function findPosition(hunks: Hunk[], position: number): DiffLine | undefined {
  for (const hunk of hunks) {
    const found = hunk.lines.find(candidate => candidate.position === position)
    if (found) return found
  }
  return undefined
}

/** GitHub's `diff_hunk` of a comment: its hunk's header and lines down to the commented one. */
export function diffHunkText(patch: string, hunks: Hunk[], at: DiffLine): string {
  const start = hunks[at.hunk]?.headerIndex ?? 0
  return patchLines(patch)
    .slice(start, at.position + 1)
    .join('\n')
}

function patchLines(patch: string): string[] {
  const lines = patch.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

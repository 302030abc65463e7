/**
 * Which lines of a changed file a pull-request review comment can point at. GitHub anchors a
 * comment on the head (RIGHT) side to an added or context line of one of the file's diff hunks,
 * and refuses any other line with 422 "Pull request review thread line must be part of the diff".
 */

/** `@@ -a[,b] +c[,d] @@`: an omitted count means one line. */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export interface HunkHeader {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
}

export function parseHunkHeader(line: string): HunkHeader | undefined {
  const m = HUNK_HEADER.exec(line)
  if (!m) return undefined
  return {
    oldStart: Number(m[1]),
    oldCount: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newCount: m[4] === undefined ? 1 : Number(m[4])
  }
}

/**
 * Reads a unified diff one line at a time and collects the head-side line numbers of its hunks.
 * Each hunk is read exactly as far as its header's counts say, so file headers, `\ No newline at
 * end of file` markers and whatever follows the last hunk never count as lines. A context line
 * whose single space was stripped (an empty line) still counts as context.
 */
export class CommentableLineReader {
  readonly lines = new Set<number>()
  private oldLeft = 0
  private newLeft = 0
  private next = 0

  /** True while the reader is inside a hunk that still expects lines. */
  get inHunk(): boolean {
    return this.oldLeft > 0 || this.newLeft > 0
  }

  feed(line: string): void {
    if (!this.inHunk) return this.startHunk(line)
    const kind = line.charAt(0)
    if (kind === '+' && this.newLeft > 0) this.take(1, 0)
    else if (kind === '-' && this.oldLeft > 0) this.take(0, 1)
    else if ((kind === ' ' || line === '') && this.newLeft > 0 && this.oldLeft > 0) this.take(1, 1)
    else if (kind === '\\') return
    // A line that does not fit the hunk ends it: the patch was cut short or is malformed.
    else this.endHunk(line)
  }

  private startHunk(line: string): void {
    const header = parseHunkHeader(line)
    if (!header) return
    this.oldLeft = header.oldCount
    this.newLeft = header.newCount
    this.next = header.newStart
  }

  private take(onNew: 0 | 1, onOld: 0 | 1): void {
    if (onNew) {
      this.lines.add(this.next++)
      this.newLeft--
    }
    this.oldLeft -= onOld
  }

  private endHunk(line: string): void {
    this.oldLeft = 0
    this.newLeft = 0
    this.startHunk(line)
  }
}

/** Head-side (RIGHT) line numbers of a file's patch that a review comment may target. */
export function commentableLines(patch: string): Set<number> {
  const reader = new CommentableLineReader()
  for (const line of patch.split('\n')) reader.feed(line)
  return reader.lines
}

/** Offsets to 1-based lines and columns, searching from the last line found (offsets come mostly in order). */
export class LineIndex {
  private readonly starts: ArrayLike<number>
  private last = 0

  /** From the text, or from line starts another reader already found (the `yaml` LineCounter's). */
  constructor(source: string | ArrayLike<number>) {
    if (typeof source !== 'string') {
      this.starts = source
      return
    }
    const starts = [0]
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts
    let i = this.last
    // A walk through a document reads the next offset a few lines further on.
    for (let ahead = 0; ahead < 8 && this.isAfterLine(i, offset); ahead++) i++
    if (!(
      (starts[i] as number) <= offset &&
      (i + 1 >= starts.length || (starts[i + 1] as number) > offset)
    )) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] as number) <= offset) lo = mid
        else hi = mid - 1
      }
      i = lo
    }
    this.last = i
    return { line: i + 1, column: offset - (starts[i] as number) + 1 }
  }

  /** Whether the offset is after line `i` (0-based). */
  private isAfterLine(i: number, offset: number): boolean {
    return i + 1 < this.starts.length && (this.starts[i + 1] as number) <= offset
  }
}

/** Where a block scalar's text begins: the first non-blank character below its indicator line. */
export function blockScalarTextStart(text: string, indicator: number): number {
  const lineEnd = text.indexOf('\n', indicator)
  let at = lineEnd < 0 ? text.length : lineEnd + 1
  while (at < text.length && /\s/.test(text[at] as string)) at++
  return at
}

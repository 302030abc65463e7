/** Offsets to 1-based lines and columns, searching from the last line found (offsets come mostly in order). */
export class LineIndex {
  private starts: number[] = [0]
  private last = 0

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1)
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts
    let i = this.last
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
}

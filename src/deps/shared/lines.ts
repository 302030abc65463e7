import type { Position } from '../../model/location.js'

/**
 * Offsets of line starts, built with one native scan of the text, so any offset maps to a 1-based
 * line and column in O(log lines). Shared by every format that finds entries by text search.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    let at = text.indexOf('\n')
    while (at !== -1) {
      this.starts.push(at + 1)
      at = text.indexOf('\n', at + 1)
    }
  }

  /** 1-based line and column of a 0-based offset (clamped to the text). */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (this.starts[lo] as number) + 1 }
  }
}

/** Splits text into lines, dropping a trailing `\r` from each (Windows line ends). */
export function splitLines(text: string): string[] {
  return text.split('\n').map(line => (line.endsWith('\r') ? line.slice(0, -1) : line))
}

/**
 * The lines of a reader that also ends a line where `breaks` matches (a lone `\r`, which git and
 * GitHub leave inside a line), each located at the line (counted at `\n`) the diff shows.
 */
export function linesEndingAt(breaks: RegExp, text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = []
  splitLines(text).forEach((physical, index) => {
    for (const part of breaks.test(physical) ? physical.split(breaks) : [physical])
      out.push({ text: part, line: index + 1 })
  })
  return out
}

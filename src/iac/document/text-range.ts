import type { Position, Range, SourceLocation } from '../../model/location.js'
import type { LineIndex } from './line-index.js'

/**
 * A value's extent kept as two offsets and turned into lines and columns when it is read. A
 * template of millions of values reads each extent rarely (a finding's location, a report), so
 * three objects per value are spared until then. It serialises as the plain range it stands for.
 */
export class TextRange implements Range {
  readonly #lines: LineIndex
  readonly #from: number
  readonly #to: number

  constructor(lines: LineIndex, from: number, to: number) {
    this.#lines = lines
    this.#from = from
    this.#to = to
  }

  get start(): Position {
    return this.#lines.position(this.#from)
  }

  get end(): Position {
    return this.#lines.position(this.#to)
  }

  toJSON(): Range {
    return { start: this.start, end: this.end }
  }
}

/**
 * A value's location as the JSON reader keeps it: the line and column where the value starts, and
 * its extent as offsets, turned into a `TextRange` when it is read. One object per value instead
 * of two. It serialises as the plain location it stands for.
 */
export class OffsetLocation implements SourceLocation {
  readonly #lines: LineIndex
  readonly #from: number
  readonly #to: number

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    lines: LineIndex,
    from: number,
    to: number
  ) {
    this.#lines = lines
    this.#from = from
    this.#to = to
  }

  get value(): Range {
    return new TextRange(this.#lines, this.#from, this.#to)
  }

  toJSON(): SourceLocation {
    return { file: this.file, line: this.line, column: this.column, value: this.value }
  }
}

import type { Position, Range } from '../../model/location.js'
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

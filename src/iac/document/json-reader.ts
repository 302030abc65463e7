import type { SourceLocation } from '../../model/location.js'
import type { MapEntry, Value } from '../../model/value.js'
import { intrinsicFromMap } from './intrinsics.js'
import { jsonOffsets, ValueTooDeep, type OffsetLimits } from './json-offsets.js'
import { jsonTree } from './json-tree.js'
import { LineIndex } from './line-index.js'
import { resolvePlainScalar } from './plain-scalar.js'
import { OffsetLocation } from './text-range.js'

/**
 * The JSON reader builds the same located tree the YAML readers build for JSON (JSON is YAML 1.2).
 * It reads strict JSON (RFC 8259) only: anything else is a `JsonSyntaxError`, located by the
 * one-pass reader below, and the caller decides whether the YAML readers get a look.
 */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number
  ) {
    super(message)
  }
}

/** Nested deeper than the limit: found before the reader recurses into the level. */
export class JsonTooDeep extends JsonSyntaxError {}

/** Whether the text is meant as JSON: its first non-blank character opens an object or a list. */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7b || c === 0x5b) return true
    if (!isBlank(c)) return false
  }
  return false
}

/**
 * The located tree of a JSON text: one scan checks the text and finds where each value is
 * written, and values are read from the text when they are first asked for (see `jsonTree`).
 * Text the scan refuses is read by the reader below, which says where and what is wrong.
 */
export function readJson(file: string, text: string, maxDepth: number): Value {
  const tree = readJsonChecked(file, text, { maxDepth })
  if (tree === 'too-nested') throw new Error('unreachable: no nesting limit was set')
  return tree ?? new JsonReader(file, text, maxDepth).read()
}

/**
 * `readJson` for text that is valid JSON, with the bracket and indentation limit of
 * `nestingError` checked in the same scan when `limits.nesting` is set: `too-nested` when the
 * text exceeds it, undefined when the text is not valid JSON.
 */
export function readJsonChecked(
  file: string,
  text: string,
  limits: OffsetLimits
): Value | 'too-nested' | undefined {
  try {
    const offsets = jsonOffsets(text, limits)
    if (offsets === 'invalid') return undefined
    return offsets === 'too-nested' ? offsets : jsonTree(file, text, offsets)
  } catch (err) {
    if (!(err instanceof ValueTooDeep)) throw err
    const at = new LineIndex(text).position(err.offset)
    throw new JsonTooDeep(`nesting deeper than ${limits.maxDepth} levels`, at.line, at.column)
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t'
}

/** Reads JSON in one pass, saying where and what is wrong with text that is not valid JSON. */
class JsonReader {
  private pos = 0
  /** Line of `pos` and the offset its line starts at: lines change only between tokens. */
  private line = 1
  private lineStart = 0
  /** Where each line starts, filled in as the reader passes them: extents are located from it. */
  private readonly lineStarts = [0]
  private readonly lines = new LineIndex(this.lineStarts)
  /** One copy of each repeated key or short string (see `MAX_SHARED`), not one per occurrence. */
  private readonly shared = new Map<string, string>()

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly maxDepth: number
  ) {}

  read(): Value {
    this.skipBlanks()
    const value = this.value(0)
    this.skipBlanks()
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the document')
    return value
  }

  private value(depth: number): Value {
    if (depth > this.maxDepth) {
      throw new JsonTooDeep(
        `nesting deeper than ${this.maxDepth} levels`,
        this.line,
        this.pos - this.lineStart + 1
      )
    }
    const c = this.text.charCodeAt(this.pos)
    if (c === 0x7b) return this.object(depth)
    if (c === 0x5b) return this.list(depth)
    const from = this.pos
    const column = from - this.lineStart + 1
    const value = c === QUOTE ? this.string() : this.literal()
    return { kind: 'scalar', value, loc: this.located(from, this.line, column) }
  }

  private object(depth: number): Value {
    const from = this.pos
    const line = this.line
    const column = from - this.lineStart + 1
    const entries = new Map<string, MapEntry>()
    this.pos++
    this.skipBlanks()
    if (this.text.charCodeAt(this.pos) === 0x7d) this.pos++
    else {
      for (;;) {
        if (this.text.charCodeAt(this.pos) !== QUOTE) this.fail('expected a quoted key')
        const keyLoc: SourceLocation = {
          file: this.file,
          line: this.line,
          column: this.pos - this.lineStart + 1
        }
        const key = this.sharedString()
        this.skipBlanks()
        if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail(`expected ':' after the key`)
        this.pos++
        this.skipBlanks()
        // A repeated key keeps its place and takes the later value, as the YAML readers do.
        entries.set(key, { key, keyLoc, value: this.value(depth + 1) })
        if (this.separator(0x7d, 'an object')) break
      }
    }
    const map: Value = { kind: 'map', entries, loc: this.located(from, line, column) }
    return intrinsicFromMap(map) ?? map
  }

  private list(depth: number): Value {
    const from = this.pos
    const line = this.line
    const column = from - this.lineStart + 1
    const items: Value[] = []
    this.pos++
    this.skipBlanks()
    if (this.text.charCodeAt(this.pos) === 0x5d) this.pos++
    else {
      for (;;) {
        items.push(this.value(depth + 1))
        if (this.separator(0x5d, 'a list')) break
      }
    }
    return { kind: 'list', items, loc: this.located(from, line, column) }
  }

  /** After a member: a comma (then the next member) or the closing bracket (true). */
  private separator(close: number, what: string): boolean {
    this.skipBlanks()
    const c = this.text.charCodeAt(this.pos)
    if (c === close) {
      this.pos++
      return true
    }
    if (c !== 0x2c) this.fail(`expected ',' or '${String.fromCharCode(close)}' in ${what}`)
    this.pos++
    this.skipBlanks()
    if (this.text.charCodeAt(this.pos) === close) this.fail(`a trailing comma in ${what}`)
    return false
  }

  /**
   * A string, shared with its earlier occurrences when short: generated templates repeat the
   * same keys and types in every resource, and one copy each is kept instead of hundreds of
   * thousands. The table is bounded, so unique names (logical ids) stop filling it early.
   */
  private sharedString(): string {
    const s = this.string()
    if (s.length > MAX_SHARED_LENGTH) return s
    const known = this.shared.get(s)
    if (known !== undefined) return known
    if (this.shared.size < MAX_SHARED) this.shared.set(s, s)
    return s
  }

  private string(): string {
    const t = this.text
    const from = this.pos + 1
    let i = from
    for (;;) {
      const c = t.charCodeAt(i)
      if (c === QUOTE) {
        this.pos = i + 1
        return t.slice(from, i)
      }
      if (c === BACKSLASH) return this.escapedString(from, i)
      if (c < 0x20 || i >= t.length) this.failAt(i, unterminated(c, i >= t.length))
      i++
    }
  }

  /** A string with escapes, built from its runs of plain text. */
  private escapedString(from: number, firstEscape: number): string {
    const t = this.text
    let out = t.slice(from, firstEscape)
    let run = firstEscape
    let i = firstEscape
    for (;;) {
      const c = t.charCodeAt(i)
      if (c === QUOTE) {
        this.pos = i + 1
        return out + t.slice(run, i)
      }
      if (c === BACKSLASH) {
        out += t.slice(run, i)
        const e = t.charCodeAt(i + 1)
        const simple = ESCAPES[e]
        if (simple !== undefined) {
          out += simple
          i += 2
        } else if (e === 0x75 && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16))
          i += 6
        } else this.failAt(i, 'invalid escape sequence in a string')
        run = i
        continue
      }
      if (c < 0x20 || i >= t.length) this.failAt(i, unterminated(c, i >= t.length))
      i++
    }
  }

  /** A number, `true`, `false` or `null`, resolved as the YAML readers resolve it. */
  private literal(): string | number | boolean | null {
    const t = this.text
    const from = this.pos
    let i = from
    while (isWordChar(t.charCodeAt(i))) i++
    const word = t.slice(from, i)
    if (word === 'true' || word === 'false' || word === 'null' || NUMBER.test(word)) {
      this.pos = i
      return resolvePlainScalar(word)
    }
    if (word === '') return this.fail('expected a value')
    return this.failAt(
      from,
      `'${word.slice(0, 40)}' is not a JSON value (strings are in double quotes)`
    )
  }

  private skipBlanks(): void {
    const t = this.text
    let i = this.pos
    for (;;) {
      const c = t.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0d) i++
      else if (c === 0x0a) {
        i++
        this.line++
        this.lineStart = i
        this.lineStarts.push(i)
      } else break
    }
    this.pos = i
  }

  /** From `from` (at `line`, `column`) to where the reader stands, right after the value. */
  private located(from: number, line: number, column: number): SourceLocation {
    return new OffsetLocation(this.file, line, column, this.lines, from, this.pos)
  }

  /** What was expected where the reader stands, and what it found there. */
  private fail(expected: string): never {
    return this.failAt(this.pos, `${expected}, found ${describe(this.text, this.pos)}`)
  }

  private failAt(offset: number, message: string): never {
    throw new JsonSyntaxError(message, this.line, offset - this.lineStart + 1)
  }
}

const MAX_SHARED = 8192
const MAX_SHARED_LENGTH = 64

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/

function unterminated(c: number, atEnd: boolean): string {
  if (atEnd) return 'a string is not closed before the end of the file'
  return c === 0x0a || c === 0x0d
    ? 'a string is not closed before the end of its line'
    : 'a control character in a string must be escaped'
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file'
  const c = text.charCodeAt(at)
  return c === 0x0a || c === 0x0d ? 'the end of the line' : `'${text[at]}'`
}

/** Characters of numbers and literals (and of the bare words a JSON value must not be). */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x2d ||
    c === 0x2b ||
    c === 0x2e
  )
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

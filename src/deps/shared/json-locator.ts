import type { Position } from '../../model/location.js'
import { LineIndex } from './lines.js'

/**
 * Finds JSON object keys in the text, in document order, after a `JSON.parse` of the same text.
 * Entries are visited in the order `JSON.parse` keeps them, which is their order in the text, so
 * each search starts where the previous one ended and lines are counted forward as the cursor
 * moves: one linear pass over the file with native `indexOf`, however many packages there are.
 * A key is only accepted when a colon follows it (a value with the same text is skipped) and,
 * when asked, when its value is an object.
 */
export class JsonKeyLocator {
  private cursor = 0
  /** Line counting state: the line (1-based) that starts at `lineStart`, known up to `counted`. */
  private line = 1
  private lineStart = 0
  private counted = 0
  private index: LineIndex | undefined
  /** Whether keys are still found in the usual pretty-printed layout. */
  private formatted = true
  private misses = 0

  constructor(private readonly text: string) {}

  /** Where the next search starts: just at the value of the key found last. */
  get offset(): number {
    return this.cursor
  }

  /**
   * The position of the next `"key":` at or after the cursor, and moves the cursor past it.
   * Undefined when it is not found (the cursor stays put, so later keys are still found).
   */
  next(key: string, objectValue = true): Position | undefined {
    const offset = this.nextOffset(key, objectValue)
    return offset === undefined ? undefined : this.position(offset)
  }

  /** The position of the next `"key": "value"` pair (an array item's name, for example). */
  nextPair(key: string, value: string): Position | undefined {
    const needle = quote(value)
    const keyText = quote(key)
    let at = this.text.indexOf(needle, this.cursor)
    while (at !== -1) {
      const colon = skipSpaceBack(this.text, at - 1)
      if (this.text.charCodeAt(colon) === COLON) {
        const keyStart = skipSpaceBack(this.text, colon - 1) + 1 - keyText.length
        if (keyStart >= 0 && this.text.startsWith(keyText, keyStart)) {
          this.cursor = at + needle.length
          return this.position(keyStart)
        }
      }
      at = this.text.indexOf(needle, at + needle.length)
    }
    return undefined
  }

  /** 1-based line and column of an offset; counting forward is linear over a whole pass. */
  position(offset: number): Position {
    if (offset < this.counted) {
      this.index ??= new LineIndex(this.text)
      return this.index.position(offset)
    }
    let nl = this.text.indexOf('\n', this.counted)
    while (nl !== -1 && nl < offset) {
      this.line++
      this.lineStart = nl + 1
      nl = this.text.indexOf('\n', nl + 1)
    }
    this.counted = offset
    return { line: this.line, column: offset - this.lineStart + 1 }
  }

  private nextOffset(key: string, objectValue: boolean): number | undefined {
    if (this.misses > MAX_MISSES) return undefined
    const found =
      objectValue && this.formatted ? this.nextFormatted(key) : this.nextAnyLayout(key, objectValue)
    if (found !== undefined) return found
    if (objectValue && this.formatted) {
      // Not laid out as npm writes it: search every later key without assuming a layout.
      this.formatted = false
      return this.nextOffset(key, objectValue)
    }
    this.misses++
    return undefined
  }

  /**
   * `"key": {` exactly as `JSON.stringify(_, null, indent)` writes it: the fast common case. The
   * key itself is the needle (no new string per search); the quotes and colon are checked around
   * each hit. Registry package names never need escaping; a key that does takes the slow path.
   */
  private nextFormatted(key: string): number | undefined {
    const text = this.text
    let at = text.indexOf(key, this.cursor)
    while (at !== -1) {
      const end = at + key.length
      if (text.charCodeAt(at - 1) === QUOTE && text.startsWith(FORMATTED_OBJECT, end)) {
        this.cursor = end + FORMATTED_OBJECT.length - 1
        return at - 1
      }
      at = text.indexOf(key, at + 1)
    }
    return undefined
  }

  private nextAnyLayout(key: string, objectValue: boolean): number | undefined {
    const needle = quote(key)
    const text = this.text
    let at = text.indexOf(needle, this.cursor)
    while (at !== -1) {
      const colon = skipSpace(text, at + needle.length)
      if (text.charCodeAt(colon) === COLON) {
        const value = skipSpace(text, colon + 1)
        if (!objectValue || text.charCodeAt(value) === OPEN_BRACE) {
          this.cursor = value
          return at
        }
      }
      at = text.indexOf(needle, at + needle.length)
    }
    return undefined
  }
}

/**
 * Keys not found at all: each miss scans to the end of the text, so after this many the locator
 * stops searching (entries then point at their section) and a hostile file cannot turn the
 * linear pass quadratic.
 */
const MAX_MISSES = 16
const QUOTE = 34
const BACKSLASH = 92
const FORMATTED_OBJECT = '": {'
const COLON = 58
const OPEN_BRACE = 123
/** The key as JSON writes it. */
function quote(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    if (code < 32 || code === QUOTE || code === BACKSLASH) return JSON.stringify(key)
  }
  return '"' + key + '"'
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

function skipSpaceBack(text: string, from: number): number {
  let i = from
  while (i > 0 && isSpace(text.charCodeAt(i))) i--
  return i
}

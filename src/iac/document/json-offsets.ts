/**
 * Where every value of a JSON text starts and ends, found in one pass that also checks the text is
 * strict JSON (RFC 8259): a few numbers per value in typed arrays, no objects. Values are numbered
 * in document order (a container before its members); `next` skips a value's members, so a
 * container's members are found by walking from `i + 1` to `next[i]`.
 */
export interface JsonOffsets {
  /** Values indexed. */
  count: number
  /** Offset of the value's first character. */
  from: Int32Array
  /** Offset just after its last character. */
  to: Int32Array
  /** The index following the value and its members. */
  next: Int32Array
  /**
   * For a member of an object, where its key's opening quote is: the offset, or `-1 - offset`
   * when the key holds an escape (its text is not the key). Zero for other values.
   */
  key: Int32Array
  /** Where each line starts. */
  lineStarts: Int32Array
}

/** A value deeper than the depth limit: its offset and depth (the root is at depth 0). */
export class ValueTooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep')
  }
}

/**
 * Limits the scan enforces before anything walks the tree recursively. `maxDepth` counts a
 * value's enclosing collections; `nesting` (when set) is the bracket and indentation limit of
 * `nestingError`, whose located diagnostic the caller builds when the scan reports it.
 */
export interface OffsetLimits {
  maxDepth: number
  nesting?: number
}

/**
 * The scan's outcome: the offsets, which limit the text exceeds, or `invalid` when the text is
 * not strict JSON (a reader that explains where and why reads it then).
 */
export type OffsetScan = JsonOffsets | 'too-nested' | 'invalid'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a

/** What the scanner expects next. */
const enum Expect {
  /** A value: at the start, after a colon, after a comma in a list. */
  Value,
  /** A value or `]`: after `[`. */
  FirstItem,
  /** A key or `}`: after `{`. */
  FirstKey,
  /** A key: after a comma in an object. */
  Key,
  /** The colon after a key. */
  Colon,
  /** A comma or the closing bracket: after a member. */
  After,
  /** Nothing but blanks: after the top-level value. */
  End
}

/**
 * Scans the text, checking it is JSON; throws `ValueTooDeep` past `maxDepth`. Too deep and
 * too nested are told in the order the text meets them, as a reader reading it in order would.
 */
export function jsonOffsets(text: string, limits: OffsetLimits): OffsetScan {
  const scan = new OffsetScanner(text, limits)
  const outcome = scan.run()
  return outcome === 'ok' ? scan.result() : outcome
}

class OffsetScanner {
  private count = 0
  private from: Int32Array
  private to: Int32Array
  private next: Int32Array
  private key: Int32Array
  private lines = 1
  private lineStarts: Int32Array
  /** Whether the last string read holds an escape. */
  private escaped = false

  constructor(
    private readonly text: string,
    private readonly limits: OffsetLimits
  ) {
    // Room for a value in every 24 characters and a line in every 16 (generated templates have
    // fewer) without growing. The arrays are outside the JavaScript heap, which the collector
    // marks again whenever it grows by tens of megabytes.
    const capacity = Math.max(1024, Math.ceil(text.length / 24))
    this.lineStarts = new Int32Array(Math.max(1024, text.length >> 4))
    this.from = new Int32Array(capacity)
    this.to = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
    this.key = new Int32Array(capacity)
  }

  result(): JsonOffsets {
    const n = this.count
    // Views, not copies: a copy would hold the offsets twice while it is made.
    return {
      count: n,
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      next: this.next.subarray(0, n),
      key: this.key.subarray(0, n),
      lineStarts: this.lineStarts.subarray(0, this.lines)
    }
  }

  run(): 'ok' | 'too-nested' | 'invalid' {
    const t = this.text
    const end = t.length
    const { maxDepth } = this.limits
    const nesting = this.limits.nesting ?? Infinity
    const maxIndent = nesting * 2
    /** The open collections by depth: their index, and whether each is an object. */
    const open: number[] = []
    const isObject: boolean[] = []
    let expect = Expect.Value
    /** The key of the member whose value comes next, as `key` records it. */
    let pendingKey = 0
    let i = indentEnd(t, 0)
    if (i > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return 'too-nested'
    while (i < end) {
      const c = t.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++
        continue
      }
      if (c === NEWLINE) {
        const start = i + 1
        this.lineStart(start)
        i = indentEnd(t, start)
        if (i - start > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return 'too-nested'
        continue
      }
      switch (expect) {
        case Expect.After: {
          const depth = open.length
          if (c === 0x2c) {
            expect = isObject[depth - 1] ? Expect.Key : Expect.Value
            i++
          } else if (c === 0x7d || c === 0x5d) {
            if (isObject[depth - 1] !== (c === 0x7d)) return 'invalid'
            i = this.close(open, isObject, i)
            expect = open.length === 0 ? Expect.End : Expect.After
          } else return 'invalid'
          continue
        }
        case Expect.Key:
        case Expect.FirstKey: {
          if (c === 0x7d && expect === Expect.FirstKey) {
            i = this.close(open, isObject, i)
            expect = open.length === 0 ? Expect.End : Expect.After
            continue
          }
          if (c !== QUOTE) return 'invalid'
          const after = this.stringEnd(i)
          if (after < 0) return 'invalid'
          pendingKey = this.escaped ? -1 - i : i
          // Generated JSON writes the colon right after the key, and one space after it.
          if (t.charCodeAt(after) === 0x3a) {
            i = t.charCodeAt(after + 1) === 0x20 ? after + 2 : after + 1
            expect = Expect.Value
          } else {
            i = after
            expect = Expect.Colon
          }
          continue
        }
        case Expect.Colon:
          if (c !== 0x3a) return 'invalid'
          i++
          expect = Expect.Value
          continue
        case Expect.End:
          return 'invalid'
        default:
          break
      }
      // A value, or `]` closing an empty list.
      if (c === 0x5d && expect === Expect.FirstItem) {
        i = this.close(open, isObject, i)
        expect = open.length === 0 ? Expect.End : Expect.After
        continue
      }
      const depth = open.length
      if (depth > maxDepth) throw new ValueTooDeep(i)
      const n = this.add(i, isObject[depth - 1] === true ? pendingKey : 0)
      if (c === 0x7b || c === 0x5b) {
        open.push(n)
        isObject.push(c === 0x7b)
        if (open.length > nesting) return 'too-nested'
        expect = c === 0x7b ? Expect.FirstKey : Expect.FirstItem
        i++
        continue
      }
      const after = c === QUOTE ? this.stringEnd(i) : scalarEnd(t, i)
      if (after < 0) return 'invalid'
      this.to[n] = after
      this.next[n] = n + 1
      i = after
      expect = depth === 0 ? Expect.End : Expect.After
    }
    return expect === Expect.End ? 'ok' : 'invalid'
  }

  /** Closes the innermost collection at its bracket `at`; the offset after the bracket. */
  private close(open: number[], isObject: boolean[], at: number): number {
    const n = open.pop() as number
    isObject.pop()
    this.to[n] = at + 1
    this.next[n] = this.count
    return at + 1
  }

  private lineStart(at: number): void {
    if (this.lines === this.lineStarts.length) this.lineStarts = grown(this.lineStarts)
    this.lineStarts[this.lines++] = at
  }

  private add(from: number, key: number): number {
    const n = this.count++
    if (n === this.from.length) this.grow()
    this.from[n] = from
    this.key[n] = key
    return n
  }

  private grow(): void {
    this.from = grown(this.from)
    this.to = grown(this.to)
    this.next = grown(this.next)
    this.key = grown(this.key)
  }

  /**
   * The offset just after the string opening at `at`, or -1 when it is not a valid JSON string:
   * a control character in it (a line break, a tab), an invalid escape, or no closing quote.
   * `escaped` says whether it holds an escape. Most strings are short: a loop over their
   * characters is faster than searching for the closing quote.
   */
  private stringEnd(at: number): number {
    const t = this.text
    let i = at + 1
    for (;;) {
      const c = t.charCodeAt(i)
      if (c === QUOTE) {
        this.escaped = false
        return i + 1
      }
      if (c === BACKSLASH) {
        this.escaped = true
        return escapedStringEnd(t, i)
      }
      // Past the end, the character code is NaN.
      if (!(c >= 0x20)) return -1
      i++
    }
  }
}

/** `stringEnd` from the first backslash of a string, character by character. */
function escapedStringEnd(t: string, backslash: number): number {
  let i = backslash
  for (;;) {
    const c = t.charCodeAt(i)
    if (c === QUOTE) return i + 1
    if (c === BACKSLASH) {
      const e = t.charCodeAt(i + 1)
      if (SIMPLE_ESCAPE.has(e)) i += 2
      else if (e === 0x75 && isHex4(t, i + 2)) i += 6
      else return -1
    } else if (!(c >= 0x20)) return -1
    else i++
  }
}

const SIMPLE_ESCAPE = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74])

function isHex4(t: string, at: number): boolean {
  for (let i = at; i < at + 4; i++) {
    const c = t.charCodeAt(i)
    const hex = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    if (!hex) return false
  }
  return true
}

/** The end of the number, `true`, `false` or `null` at `at`, or -1 when there is none. */
function scalarEnd(t: string, at: number): number {
  const c = t.charCodeAt(at)
  if (c === 0x74) return t.startsWith('true', at) ? at + 4 : -1
  if (c === 0x66) return t.startsWith('false', at) ? at + 5 : -1
  if (c === 0x6e) return t.startsWith('null', at) ? at + 4 : -1
  return numberEnd(t, at)
}

/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` from `at`: its end, or -1. */
function numberEnd(t: string, at: number): number {
  let i = at
  if (t.charCodeAt(i) === 0x2d) i++
  const first = t.charCodeAt(i)
  if (first === 0x30) i++
  else if (first >= 0x31 && first <= 0x39) i = digitsEnd(t, i + 1)
  else return -1
  if (t.charCodeAt(i) === 0x2e) {
    if (!isDigit(t.charCodeAt(i + 1))) return -1
    i = digitsEnd(t, i + 1)
  }
  const e = t.charCodeAt(i)
  if (e === 0x65 || e === 0x45) {
    i++
    const sign = t.charCodeAt(i)
    if (sign === 0x2b || sign === 0x2d) i++
    if (!isDigit(t.charCodeAt(i))) return -1
    i = digitsEnd(t, i)
  }
  return i
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function digitsEnd(t: string, at: number): number {
  let i = at
  while (isDigit(t.charCodeAt(i))) i++
  return i
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/** Where the indentation of the line starting at `at` ends. */
function indentEnd(t: string, at: number): number {
  let i = at
  for (;;) {
    const c = t.charCodeAt(i)
    if (c === 0x20 || c === 0x09) i++
    else return i
  }
}

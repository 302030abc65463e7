/**
 * Where every value of a JSON text starts and ends, found in one pass over text `JSON.parse`
 * already accepted: a few numbers per value in typed arrays, no objects. Values are numbered in
 * document order (a container before its members); `next` skips a value's members, so a
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

/** The scan's outcome: the offsets, or which limit the text exceeds. */
export type OffsetScan = JsonOffsets | 'too-nested'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a

/** Scans valid JSON (as `JSON.parse` accepted it); throws `ValueTooDeep` past `maxDepth`. */
export function jsonOffsets(text: string, limits: OffsetLimits): OffsetScan {
  const scan = new OffsetScanner(text, limits)
  return scan.run() ? scan.result() : 'too-nested'
}

class OffsetScanner {
  private count = 0
  private from: Int32Array
  private to: Int32Array
  private next: Int32Array
  private lines = 1
  private lineStarts: Int32Array

  constructor(
    private readonly text: string,
    private readonly limits: OffsetLimits
  ) {
    // Room for a value in every 24 characters and a line in every 16 (generated templates have
    // fewer) without growing. The arrays are outside the JavaScript heap: past 64 MB more than at
    // the last full collection, V8 starts another, which marks the whole parsed template again.
    const capacity = Math.max(1024, Math.ceil(text.length / 24))
    this.lineStarts = new Int32Array(Math.max(1024, text.length >> 4))
    this.from = new Int32Array(capacity)
    this.to = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
  }

  result(): JsonOffsets {
    const n = this.count
    // Views, not copies: a copy would hold the offsets twice while it is made.
    return {
      count: n,
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      next: this.next.subarray(0, n),
      lineStarts: this.lineStarts.subarray(0, this.lines)
    }
  }

  /** False when the text nests past `limits.nesting`. */
  run(): boolean {
    const t = this.text
    const end = t.length
    const { maxDepth } = this.limits
    const nesting = this.limits.nesting ?? Infinity
    const maxIndent = nesting * 2
    const open: number[] = []
    /** Whether each open collection is an object, by depth. */
    const isObject: boolean[] = []
    let expectKey = false
    let i = indentEnd(t, 0)
    if (i > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return false
    while (i < end) {
      const c = t.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3a) {
        i++
      } else if (c === NEWLINE) {
        const start = i + 1
        this.lineStart(start)
        i = indentEnd(t, start)
        if (i - start > maxIndent && i < end && t.charCodeAt(i) !== NEWLINE) return false
      } else if (c === 0x2c) {
        i++
        expectKey = isObject[open.length - 1] === true
      } else if (c === QUOTE) {
        if (expectKey) {
          expectKey = false
          i = this.stringEnd(i)
        } else {
          const n = this.add(i, open.length, maxDepth)
          i = this.stringEnd(i)
          this.to[n] = i
          this.next[n] = n + 1
        }
      } else if (c === 0x7b || c === 0x5b) {
        const n = this.add(i, open.length, maxDepth)
        open.push(n)
        isObject.push(c === 0x7b)
        if (open.length > nesting) return false
        expectKey = c === 0x7b
        i++
      } else if (c === 0x7d || c === 0x5d) {
        const n = open.pop() as number
        isObject.pop()
        i++
        this.to[n] = i
        this.next[n] = this.count
        expectKey = false
      } else {
        const n = this.add(i, open.length, maxDepth)
        i = wordEnd(t, i)
        this.to[n] = i
        this.next[n] = n + 1
      }
    }
    return true
  }

  private lineStart(at: number): void {
    if (this.lines === this.lineStarts.length) this.lineStarts = grown(this.lineStarts)
    this.lineStarts[this.lines++] = at
  }

  private add(from: number, depth: number, maxDepth: number): number {
    if (depth > maxDepth) throw new ValueTooDeep(from)
    const n = this.count++
    if (n === this.from.length) this.grow()
    this.from[n] = from
    return n
  }

  private grow(): void {
    this.from = grown(this.from)
    this.to = grown(this.to)
    this.next = grown(this.next)
  }

  /** The offset just after the string opening at `at`. */
  private stringEnd(at: number): number {
    return stringEnd(this.text, at)
  }
}

/**
 * Where the key of the object member whose value starts at `valueFrom` opens: back over the
 * colon to the key's closing quote, then to the quote before it that no backslash escapes (a
 * quote inside a valid JSON string always is escaped).
 */
export function keyStart(t: string, valueFrom: number): number {
  let i = valueFrom - 1
  while (t.charCodeAt(i) !== QUOTE) i--
  i = t.lastIndexOf('"', i - 1)
  while (t.charCodeAt(i - 1) === BACKSLASH && escaped(t, i)) i = t.lastIndexOf('"', i - 1)
  return i
}

/** The offset just after the valid JSON string opening at `at`. */
export function stringEnd(t: string, at: number): number {
  let i = t.indexOf('"', at + 1)
  // A quote after an odd run of backslashes is escaped: look for the next one.
  while (t.charCodeAt(i - 1) === BACKSLASH && escaped(t, i)) i = t.indexOf('"', i + 1)
  return i + 1
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

/** The end of a number, `true`, `false` or `null`. */
function wordEnd(t: string, at: number): number {
  let i = at + 1
  for (;;) {
    const c = t.charCodeAt(i)
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2e ||
      c === 0x2d ||
      c === 0x2b ||
      c === 0x45
    )
      i++
    else return i
  }
}

/** Whether the quote at `at` follows an odd number of backslashes. */
function escaped(t: string, at: number): boolean {
  let n = 0
  while (t.charCodeAt(at - 1 - n) === BACKSLASH) n++
  return n % 2 === 1
}

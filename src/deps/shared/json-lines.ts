/**
 * Lines of the keys of one big JSON object (npm's `packages`), found with a single forward scan
 * of its lines. Pretty-printed JSON puts every key of an object on its own line at the same
 * indentation, so at each line start one character tells whether the line can hold one of the
 * object's keys; only those lines are compared with the next expected key. Counting lines and
 * finding keys is then one native `indexOf('\n')` per line and nothing per character, which
 * keeps locating cheaper than the `JSON.parse` that came before it.
 */

/** How far ahead a line may be matched when the expected key is missing from the text. */
const LOOKAHEAD = 8
const QUOTE = 34

export interface KeyLines {
  /** 1-based line of each key, in the order given; 0 where it was not found. */
  lines: Int32Array
  /** 1-based column of the keys' opening quote. */
  column: number
}

/**
 * Finds `keys` (in the order `JSON.parse` returned them) among the lines after `from`, which is
 * the offset of the object's `{` on line `fromLine`. Undefined when the object is not laid out
 * one key per line (minified JSON): the caller then searches key by key.
 */
export function locateKeyLines(
  text: string,
  from: number,
  fromLine: number,
  keys: readonly string[]
): KeyLines | undefined {
  const firstBreak = text.indexOf('\n', from)
  if (firstBreak === -1 || keys.length === 0) return undefined
  const indent = indentAt(text, firstBreak + 1)
  if (indent === 0 || text.charCodeAt(firstBreak + 1 + indent) !== QUOTE) return undefined
  const indentChar = text.charCodeAt(firstBreak + indent)
  const lines = new Int32Array(keys.length)
  let line = fromLine
  let next = 0
  let key = keys[0] as string
  let earlier: Map<string, number> | undefined
  let nl = firstBreak
  while (nl !== -1) {
    line++
    const quote = nl + 1 + indent
    const indented = text.charCodeAt(quote - 1) === indentChar
    if (indented && text.charCodeAt(quote) === QUOTE) {
      // Keys come in text order, so the expected key is checked by its length and last
      // character alone; anything else gets a full comparison with the next few keys.
      const matched =
        next === keys.length
          ? -1
          : text.charCodeAt(quote + 1 + key.length) === QUOTE &&
              text.charCodeAt(quote + key.length) === key.charCodeAt(key.length - 1) &&
              text.charCodeAt(quote + key.length - 1) === key.charCodeAt(key.length - 2)
            ? next
            : matchAhead(text, quote + 1, keys, next)
      if (matched !== -1) {
        lines[matched] = line
        next = matched + 1
        if (next < keys.length) key = keys[next] as string
      } else {
        // A key written before (JSON keeps the value written last, so its line is this one),
        // or one `JSON.parse` lists first (integer-like keys) that is written here.
        earlier ??= new Map(keys.map((k, i) => [k, i]))
        const index = earlier.get(keyAt(text, quote) ?? '')
        if (index !== undefined) lines[index] = line
      }
    } else if (!indented && isContent(text.charCodeAt(nl + 1 + indentAt(text, nl + 1)))) {
      // Less indented than the keys: the object's closing brace.
      break
    }
    nl = text.indexOf('\n', nl + 1)
  }
  return { lines, column: indent + 1 }
}

/** The key whose opening quote is at `quote`, decoded; undefined when it is not one. */
function keyAt(text: string, quote: number): string | undefined {
  const end = text.indexOf('"', quote + 1)
  if (end === -1) return undefined
  const raw = text.slice(quote, end + 1)
  if (!raw.includes('\\')) return raw.slice(1, -1)
  // Escapes: the key ends at the first quote that is not escaped.
  const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(quote, quote + 4096))
  try {
    return match ? (JSON.parse(match[0]) as string) : undefined
  } catch {
    return undefined
  }
}

function isContent(code: number): boolean {
  return code !== 32 && code !== 9 && code !== 10 && code !== 13 && !Number.isNaN(code)
}

/** The index of the key (the expected one, or one a few places later) written at `at`, or -1. */
function matchAhead(text: string, at: number, keys: readonly string[], expected: number): number {
  const last = Math.min(keys.length, expected + LOOKAHEAD)
  for (let i = expected; i < last; i++) {
    const key = keys[i] as string
    if (text.startsWith(key, at) && text.charCodeAt(at + key.length) === QUOTE) return i
  }
  return -1
}

function indentAt(text: string, lineStart: number): number {
  let i = lineStart
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  return i - lineStart
}

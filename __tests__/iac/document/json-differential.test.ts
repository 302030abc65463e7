import { describe, expect, it } from '@jest/globals'
import { jsonOffsets } from '../../../src/iac/document/json-offsets.js'
import { JsonSyntaxError, readJson } from '../../../src/iac/document/json-reader.js'
import { loadTemplateText } from '../../../src/iac/document/load-template.js'
import {
  get,
  membersOnce,
  parsedData,
  readOnce,
  type MapValue,
  type Value
} from '../../../src/model/value.js'

/*
 * The JSON scan against JSON.parse on generated documents: what it accepts and refuses, every value
 * it reads back (through each public way of reading a map), and the line and column of each value
 * and key, with CRLF line ends and characters outside the basic plane before them.
 */

/** A deterministic generator (mulberry32), so a failure names the case that found it. */
function randomFrom(seed: number): (n: number) => number {
  let s = seed >>> 0
  return n => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n
  }
}

const NUMBERS = [
  '0',
  '-0',
  '1',
  '-1',
  '0.5',
  '-0.0',
  '1e400',
  '-1e400',
  '1E-7',
  '1e-400',
  '12345678901234567890',
  '0.1e+2',
  '123.456e-7',
  '9007199254740993',
  '1.7976931348623157e308',
  '5e-324'
]

/** Pieces of string bodies, as written in the JSON text. */
const STRING_PIECES = [
  'a',
  'Name',
  ' ',
  'é',
  '𝄞',
  '\u2028',
  '\u2029',
  '\u007f',
  '\u00a0',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\\"',
  '\\\\',
  '\\/',
  '\\b',
  '\\f',
  '\\n',
  '\\r',
  '\\t',
  '\\u0041',
  '\\u00E9',
  '\\ud834\\udd1e',
  '\\ud800',
  '\\udc00',
  '\\u0000',
  '\\u2028',
  ':',
  ',',
  '{',
  '['
]

/** Keys, few so that they repeat: intrinsic names, prototype names, escaped spellings. */
const KEYS = [
  'a',
  'b',
  'Type',
  'Ref',
  'Condition',
  'Fn::GetAtt',
  '__proto__',
  'constructor',
  'toString',
  '1',
  '01',
  '',
  'R\\u0065f',
  '\\u005f_proto__',
  'é𝄞',
  'k\\"'
]

const BLANKS = ['', '', '', ' ', '\t', '\n', '\r\n', '\r\n    ', '\n  \t']

/** Where a value was written: its first offset and, for a member, its key's opening quote. */
interface Written {
  from: number
  keyFrom?: number
  key?: string
  members?: Written[]
}

class Writer {
  text = ''

  constructor(private readonly random: (n: number) => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random(list.length))] as T
  }

  blank(): void {
    this.text += this.pick(BLANKS)
  }

  string(): string {
    let body = ''
    for (let n = Math.floor(this.random(4)); n > 0; n--) body += this.pick(STRING_PIECES)
    return `"${body}"`
  }

  value(depth: number): Written {
    const from = this.text.length
    const roll = this.random(10)
    if (depth < 5 && roll < 2.5) return this.object(depth, from)
    if (depth < 5 && roll < 4) return this.list(depth, from)
    if (roll < 6) this.text += this.string()
    else if (roll < 8.5) this.text += this.pick(NUMBERS)
    else this.text += this.pick(['true', 'false', 'null'])
    return { from }
  }

  private object(depth: number, from: number): Written {
    const members: Written[] = []
    this.text += '{'
    // Now and then an object too large to look members up one by one (a template's Resources).
    const count = Math.floor(
      depth < 2 && this.random(8) < 1 ? 25 + this.random(15) : this.random(5)
    )
    for (let i = 0; i < count; i++) {
      if (i > 0) this.text += ','
      this.blank()
      const keyFrom = this.text.length
      const written = this.pick(KEYS)
      this.text += `"${written}"`
      const key = JSON.parse(`"${written}"`) as string
      this.blank()
      this.text += ':'
      this.blank()
      members.push({ ...this.value(depth + 1), keyFrom, key })
      this.blank()
    }
    if (count === 0) this.blank()
    this.text += '}'
    return { from, members }
  }

  private list(depth: number, from: number): Written {
    const members: Written[] = []
    this.text += '['
    const count = Math.floor(this.random(4))
    for (let i = 0; i < count; i++) {
      if (i > 0) this.text += ','
      this.blank()
      members.push(this.value(depth + 1))
      this.blank()
    }
    if (count === 0) this.blank()
    this.text += ']'
    return { from, members }
  }
}

/** One generated document, valid JSON, with where each of its values is written. */
function generate(seed: number): { text: string; root: Written } {
  const writer = new Writer(randomFrom(seed))
  writer.blank()
  const from = writer.text.length
  // The top level is a collection, as templates are, but every kind of value appears inside.
  const root = writer.value(0)
  if (root.members === undefined) {
    writer.text = writer.text.slice(0, from) + '[' + writer.text.slice(from) + ']'
    root.members = [{ from: from + 1 }]
  }
  writer.blank()
  return { text: writer.text, root }
}

/** Line and column (UTF-16 code units, 1-based) of an offset, counting LF as the line end. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

/** Deep equality that tells -0 from 0, and object keys in their order. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b)
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false
  return ka.every(k => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** The plain data a value stands for, an intrinsic as the one-key object it was written as. */
function plain(v: Value): unknown {
  switch (v.kind) {
    case 'scalar':
      return v.value
    case 'list':
      return v.items.map(plain)
    case 'symbolic':
      return Object.fromEntries([[v.fn, v.args && plain(v.args)]])
    case 'map':
      return Object.fromEntries([...v.entries].map(([k, e]) => [k, plain(e.value)]))
  }
}

/** Whether JSON.parse data is read as an intrinsic: one key naming one (`Condition` with a scalar). */
function isIntrinsic(data: object): boolean {
  const keys = Object.keys(data)
  if (Array.isArray(data) || keys.length !== 1) return false
  const [key] = keys as [string]
  if (key === 'Ref' || key.startsWith('Fn::')) return true
  const arg = (data as Record<string, unknown>)[key]
  return key === 'Condition' && (arg === null || typeof arg !== 'object')
}

/**
 * Checks the value read against the data JSON.parse read and where the generator wrote it, reading
 * maps in the order `order` picks (looked up first, listed once first, or listed whole first),
 * since members looked up before a listing are kept and reused by it.
 */
function check(
  text: string,
  v: Value,
  data: unknown,
  w: Written,
  order: number,
  problems: string[]
): void {
  const where = `${JSON.stringify(text.slice(w.from, w.from + 30))} at ${w.from}`
  const at = positionAt(text, w.from)
  if (v.loc.line !== at.line || v.loc.column !== at.column) {
    problems.push(`${where}: at ${v.loc.line}:${v.loc.column}, written at ${at.line}:${at.column}`)
  }
  if (data === null || typeof data !== 'object') {
    if (v.kind !== 'scalar' || !Object.is(v.value, data)) {
      problems.push(`${where}: read ${String(plain(v))}, JSON.parse reads ${String(data)}`)
    }
    return
  }
  const members = w.members ?? []
  if (Array.isArray(data)) {
    if (v.kind !== 'list' || v.items.length !== data.length) {
      problems.push(`${where}: not the list JSON.parse reads`)
      return
    }
    v.items.forEach((item, i) => check(text, item, data[i], members[i] as Written, order, problems))
    return
  }
  const record = data as Record<string, unknown>
  // The member each key takes: the last one written under it.
  const last = new Map<string, Written>()
  for (const m of members) last.set(m.key as string, m)
  if (isIntrinsic(data)) {
    if (v.kind !== 'symbolic') problems.push(`${where}: an intrinsic read as ${v.kind}`)
    else {
      const [key] = Object.keys(data) as [string]
      if (v.fn !== key || !v.args) problems.push(`${where}: intrinsic ${v.fn}, written ${key}`)
      else check(text, v.args, record[key], last.get(key) as Written, order, problems)
    }
    return
  }
  if (v.kind !== 'map') {
    problems.push(`${where}: an object read as ${v.kind}`)
    return
  }
  // The data is kept until the members are built (rendering an intrinsic's arguments builds them).
  const kept = order === 0 ? parsedData(v) : undefined
  if (kept !== undefined && !same(kept, data)) problems.push(`${where}: parsed data differs`)
  if (order === 1) {
    // Listed once: every member written, in order, or (once the members are built, as reading
    // an intrinsic's arguments builds them) each key once, as `entries` lists them.
    const listed = [...membersOnce(v)].map(e => e.key).join('\0')
    if (listed !== members.map(m => m.key).join('\0') && listed !== [...last.keys()].join('\0')) {
      problems.push(`${where}: listed keys differ from those written`)
    }
  }
  if (order === 2) {
    for (const key of [...last.keys()].reverse()) {
      const looked = get(v, key)
      const once = readOnce(v, key)
      if (looked === undefined || !same(plain(looked), record[key])) {
        problems.push(`${where}: get(${JSON.stringify(key)}) differs`)
      }
      if (once === undefined || !same(plain(once), record[key])) {
        problems.push(`${where}: readOnce(${JSON.stringify(key)}) differs`)
      }
    }
    for (const missing of ['missing', 'hasOwnProperty', 'valueOf']) {
      if (!Object.hasOwn(record, missing) && get(v, missing) !== undefined) {
        problems.push(`${where}: get(${missing}) finds an inherited member`)
      }
    }
  }
  const keys = [...v.entries.keys()]
  if (v.entries.size !== last.size || keys.join('\0') !== [...last.keys()].join('\0')) {
    problems.push(
      `${where}: keys ${JSON.stringify(keys)}, written ${JSON.stringify([...last.keys()])}`
    )
  }
  for (const [key, e] of v.entries) {
    const m = last.get(key)
    if (!m || !Object.hasOwn(record, key)) {
      problems.push(`${where}: key ${JSON.stringify(key)} not written`)
      continue
    }
    const keyAt = positionAt(text, m.keyFrom as number)
    if (e.keyLoc.line !== keyAt.line || e.keyLoc.column !== keyAt.column) {
      problems.push(`${where}: key ${JSON.stringify(key)} at ${e.keyLoc.line}:${e.keyLoc.column}`)
    }
    check(text, e.value, record[key], m, order, problems)
  }
}

const accepts = (text: string): boolean => jsonOffsets(text, { maxDepth: 400 }) !== 'invalid'

function parse(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Edits that make or break JSON: every kind of blank JSON has and has not, and number parts. */
const EDITS = [
  '\u00a0',
  '\ufeff',
  '\u000b',
  '\u000c',
  '\u2028',
  '\u0000',
  '\u001f',
  '\u0085',
  '\u3000',
  ' ',
  '\t',
  '\r',
  '\n',
  '+',
  '-',
  '.',
  'e',
  'E',
  '0',
  '1',
  '"',
  '\\',
  'u',
  ',',
  ':',
  '{',
  '}',
  '[',
  ']',
  'tru',
  'null',
  '//',
  '0x',
  'Infinity',
  'NaN'
]

const DOCUMENTS = 3_000
const EDITED = 6_000

describe('the JSON scan against JSON.parse, on generated documents', () => {
  it(`reads each of ${DOCUMENTS} documents as JSON.parse does, with every value located`, () => {
    const problems: string[] = []
    let keptData = 0
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const { text, root } = generate(seed)
      const data = JSON.parse(text) as unknown
      expect(accepts(text)).toBe(true)
      const v = readJson('t.json', text, 400)
      const kept = parsedData(v)
      if (kept !== undefined && !same(kept, data)) problems.push('parsed data differs')
      if (kept !== undefined) keptData++
      check(text, v, data, root, seed % 3, problems)
      if (problems.length > 0) {
        throw new Error(`document ${seed}: ${JSON.stringify(text)}\n${problems.join('\n')}`)
      }
    }
    // The data a walk reads is kept for most documents (not for a one-key map read as a check for
    // an intrinsic, whose members that check builds).
    expect(keptData).toBeGreaterThan(DOCUMENTS / 2)
  })

  it(`accepts and refuses as JSON.parse does ${EDITED} documents edited at random`, () => {
    let refused = 0
    for (let n = 1; n <= EDITED; n++) {
      const random = randomFrom(1_000_000 + n)
      let { text } = generate(n)
      for (let edits = 1 + Math.floor(random(2)); edits > 0; edits--) {
        const at = Math.floor(random(text.length + 1))
        const piece = EDITS[Math.floor(random(EDITS.length))] as string
        const replace = random(2) < 1
        text = text.slice(0, at) + piece + text.slice(at + (replace ? 1 : 0))
      }
      const parsed = parse(text)
      const context = `edited document ${n}: ${JSON.stringify(text)}`
      expect([context, accepts(text)]).toEqual([context, parsed.ok])
      if (parsed.ok) {
        const problems: string[] = []
        const v = readJson('t.json', text, 400)
        if (!same(plain(v), parsed.data)) problems.push('values differ')
        expect([context, problems]).toEqual([context, []])
        continue
      }
      refused++
      // Refused text is read again for a located error, inside the text.
      let error: unknown
      try {
        readJson('t.json', text, 400)
      } catch (err) {
        error = err
      }
      expect([context, error instanceof JsonSyntaxError]).toEqual([context, true])
      const { line, column } = error as JsonSyntaxError
      const lines = text.split('\n')
      const inside = line >= 1 && line <= lines.length && column >= 1
      expect([context, inside && column <= (lines[line - 1] as string).length + 1]).toEqual([
        context,
        true
      ])
    }
    // Most edits break the document; enough of them keep it JSON to test both ways.
    expect(refused).toBeGreaterThan(EDITED / 3)
    expect(refused).toBeLessThan(EDITED)
  })
})

describe('the JSON scan on edge cases', () => {
  const read = (text: string): Value => readJson('t.json', text, 400)

  it.each([
    ['-0', '[-0]'],
    ['1e400', '[1e400, -1e400]'],
    ['1E-7', '[1E-7, 1e-400]'],
    ['a long integer', '[12345678901234567890, 9007199254740993]'],
    ['every escape', '["\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u00E9"]'],
    ['a surrogate pair and lone surrogates', '["\\ud834\\udd1e", "\\ud800", "\\udc00x", "\ud800"]'],
    ['line and paragraph separators', '["\u2028\u2029"]'],
    ['prototype keys', '{"__proto__": {"polluted": 1}, "constructor": {"prototype": 2}}'],
    ['an escaped prototype key', '{"\\u005f_proto__": [1]}'],
    ['a key written twice', '{"a": 1, "b": 2, "a": {"c": 3}}']
  ])('reads %s as JSON.parse does', (_, text) => {
    expect(same(plain(read(text)), JSON.parse(text))).toBe(true)
  })

  it('keeps prototype keys as data, polluting nothing', () => {
    const v = read('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 2}}}')
    const data = plain(v) as Record<string, unknown>
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(get(v, '__proto__')).toMatchObject({ kind: 'map' })
    expect(get(v, 'hasOwnProperty')).toBeUndefined()
    expect(get(get(v, 'constructor'), 'prototype')).toMatchObject({ kind: 'map' })
  })

  it.each([
    ['a no-break space', '{"a":\u00a01}'],
    ['a byte order mark inside', '{"a": 1,\ufeff"b": 2}'],
    ['a vertical tab', '[1,\u000b2]'],
    ['a form feed', '[1\u000c]'],
    ['a byte order mark at the start', '\ufeff{"a": 1}'],
    ['a leading zero', '[01]'],
    ['a bare point', '[1.]'],
    ['a leading point', '[.5]'],
    ['a plus sign', '[+1]'],
    ['a raw tab in a string', '["a\tb"]'],
    ['a raw control character in a string', '["a\u001fb"]'],
    ['trailing text', '{"a": 1} x'],
    ['a second document', '{} {}'],
    ['nothing', ''],
    ['only blanks', ' \r\n\t']
  ])('refuses %s, as JSON.parse does', (_, text) => {
    expect(parse(text).ok).toBe(false)
    expect(accepts(text)).toBe(false)
  })

  it('locates values and errors after CRLF line ends and characters of two code units', () => {
    const text = '{\r\n  "a": "é𝄞\u2028",\r\n  "b": [1, "𝄞", true]\r\n}\r\n'
    const v = read(text) as MapValue
    const list = get(v, 'b')
    expect(list?.loc).toMatchObject({ line: 3, column: 8 })
    expect(list?.kind === 'list' && list.items.map(i => [i.loc.line, i.loc.column])).toEqual([
      [3, 9],
      [3, 12],
      [3, 18]
    ])
    const broken = text.replace('true', 'tru')
    expect(() => read(broken)).toThrow(JsonSyntaxError)
    try {
      read(broken)
    } catch (err) {
      expect([(err as JsonSyntaxError).line, (err as JsonSyntaxError).column]).toEqual([3, 18])
    }
    const control = '{\r\n "a": "𝄞",\r\n "b": "é\u0001"\r\n}'
    expect(() => read(control)).toThrow(
      expect.objectContaining({ line: 3, column: 9, message: expect.stringMatching(/control/) })
    )
  })

  it('refuses deep nesting with a located error, without exhausting the stack', () => {
    for (const text of ['['.repeat(200_000), '['.repeat(200_000) + ']'.repeat(200_000)]) {
      const loaded = loadTemplateText('t.json', text)
      expect(loaded.value).toBeUndefined()
      expect(loaded.diagnostics).toEqual([
        expect.objectContaining({ code: 'too-deep', line: 1, column: 257 })
      ])
      expect(() => read(text)).toThrow(/nesting deeper than 400 levels/)
    }
    const nested = '{"a":'.repeat(300) + '1' + '}'.repeat(300)
    expect(same(plain(read(nested)), JSON.parse(nested))).toBe(true)
  })
})

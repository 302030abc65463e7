import { describe, expect, it } from '@jest/globals'
import { nestingError } from '../../../src/iac/document/depth.js'
import { JsonSyntaxError, readJson } from '../../../src/iac/document/json-reader.js'
import { withPlainValues } from '../../../src/iac/document/json-tree.js'
import { loadTemplateText } from '../../../src/iac/document/load-template.js'
import { loadYaml } from '../../../src/iac/document/yaml.js'
import { locOfEntry } from '../../../src/iac/shared/attrs.js'
import { ParameterResolver } from '../../../src/iac/cloudformation/resolve.js'
import {
  entry,
  get,
  toPlain,
  writtenText,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../src/model/value.js'

const read = (text: string): Value => readJson('t.json', text, 400)

function keysAndLines(v: Value): [string, number, number][] {
  if (v.kind !== 'map') throw new Error('not a map')
  return [...v.entries.values()].map(e => [e.key, e.keyLoc.line, e.value.loc.line])
}

describe('the JSON tree over JSON.parse', () => {
  it('keeps a repeated key in its first place, with the later value where it is written', () => {
    const text = '{\n"a": 1,\n"b": 2,\n"a": 3\n}'
    const v = read(text)
    expect(keysAndLines(v)).toEqual([
      ['a', 4, 4],
      ['b', 3, 3]
    ])
    expect(toPlain(v)).toEqual({ a: 3, b: 2 })
    expect(keysAndLines(v)).toEqual(keysAndLines(loadYaml('t.json', text).value as Value))
  })

  it('locates keys that end in escaped quotes and backslashes, or hold colons', () => {
    const text = '{"a\\"": 1,\n "b\\\\" :\t2, "\\"c\\\\\\"": 3, "d:\\"": 4, "\\\\": 5}'
    const v = read(text) as MapValue
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['a"', 'b\\', '"c\\"', 'd:"', '\\'])
    const columns = [...v.entries.values()].map(e => [e.keyLoc.line, e.keyLoc.column])
    expect(columns).toEqual([
      [1, 2],
      [2, 2],
      [2, 13],
      [2, 27],
      [2, 38]
    ])
    expect(keysAndLines(v)).toEqual(keysAndLines(loadYaml('t.json', text).value as Value))
  })

  it('keeps keys that look like numbers in the order they are written', () => {
    const v = read('{\n"b": 1,\n"10": 2,\n"2": 3\n}')
    expect(keysAndLines(v)).toEqual([
      ['b', 2, 2],
      ['10', 3, 3],
      ['2', 4, 4]
    ])
  })

  it('reads escaped keys and strings, and locates what follows them', () => {
    const v = read('{"R\\u0065f": "x\\"y", "k": [1, "\\\\", {"z": null}]}') as MapValue
    expect(toPlain(v)).toEqual({ Ref: 'x"y', k: [1, '\\', { z: null }] })
    const k = v.entries.get('k')
    expect(k?.keyLoc.column).toBe(22)
    expect(k?.value.kind === 'list' && k.value.items.map(i => i.loc.column)).toEqual([28, 31, 37])
  })

  it('tells large intrinsics from large maps, keys repeated or escaped', () => {
    const long = JSON.stringify(Array.from({ length: 600 }, (_, i) => `part-${i}`))
    const join = `{"Fn::Join": ["", ${long}]}`
    const repeated = `{"Ref": "A", "Ref": ${long}}`
    const escaped = `{"R\\u0065f": "A", "Ref": ${long}}`
    const map = `{"Ref": "A", "Other": ${long}}`
    const v = read(`{"j": ${join}, "r": ${repeated}, "e": ${escaped}, "m": ${map}}`) as MapValue
    expect(get(v, 'j')).toMatchObject({ kind: 'symbolic', fn: 'Fn::Join' })
    expect(get(v, 'r')).toMatchObject({ kind: 'symbolic', fn: 'Ref' })
    expect(get(v, 'e')).toMatchObject({ kind: 'symbolic', fn: 'Ref' })
    expect(get(v, 'm')?.kind).toBe('map')
  })

  it('reads a one-member intrinsic map as the intrinsic, located at its map', () => {
    const v = read('{"A": {"Ref": "B"}}') as MapValue
    expect(v.entries.get('A')?.value).toMatchObject({
      kind: 'symbolic',
      fn: 'Ref',
      refs: ['B'],
      loc: { line: 1, column: 7 }
    })
  })

  it('says where invalid JSON goes wrong, as before', () => {
    expect(() => read('{\n "a": 1,\n}')).toThrow(JsonSyntaxError)
    try {
      read('{\n "a": 1,\n}')
    } catch (err) {
      expect(err).toMatchObject({ line: 3, column: 1 })
      expect((err as Error).message).toMatch(/^a trailing comma in an object/)
    }
  })

  it('refuses values deeper than the limit, where the first one starts', () => {
    const text = `{"a":\n  ${'['.repeat(5)}1${']'.repeat(5)}}`
    expect(() => readJson('t.json', text, 4)).toThrow('nesting deeper than 4 levels')
    try {
      readJson('t.json', text, 4)
    } catch (err) {
      expect(err).toMatchObject({ line: 2, column: 7 })
    }
    expect(toPlain(readJson('t.json', text, 6))).toEqual({ a: [[[[[1]]]]] })
  })

  it('gives the text a collection was read from', () => {
    const v = read('{"a": {"b": [1, 2]}}') as MapValue
    expect(writtenText(v.entries.get('a')?.value as Value)).toBe('{"b": [1, 2]}')
    expect(writtenText(loadYaml('t.yaml', 'a: 1\n').value as Value)).toBeUndefined()
  })
})

describe('members of a JSON object built as they are looked up', () => {
  it('are the same entries when listed later, in the order written', () => {
    const v = read('{"b": 1, "a": {"x": 2}, "c": [3]}') as MapValue
    const a = v.entries.get('a')
    expect(v.entries.has('c')).toBe(true)
    expect(v.entries.has('z')).toBe(false)
    expect(v.entries.get('z')).toBeUndefined()
    expect(v.entries.size).toBe(3)
    expect([...v.entries.keys()]).toEqual(['b', 'a', 'c'])
    expect(v.entries.get('a')).toBe(a)
    expect([...v.entries.values()][1]).toBe(a)
    expect(a?.keyLoc.column).toBe(10)
  })

  it('take the later of repeated keys, looked up or listed', () => {
    const text = '{"a": 1, "b": 2, "a": 3}'
    const looked = read(text) as MapValue
    expect(looked.entries.get('a')?.value).toMatchObject({ value: 3, loc: { column: 23 } })
    expect([...looked.entries.keys()]).toEqual(['a', 'b'])
    expect(looked.entries.get('b')?.keyLoc.column).toBe(10)
  })

  it('are compared and copied as a map', () => {
    const v = read('{"k": "v"}') as MapValue
    expect(new Map(v.entries).get('k')?.value).toMatchObject({ value: 'v' })
    expect(toPlain({ kind: 'map', entries: v.entries, loc: v.loc })).toEqual({ k: 'v' })
  })

  it('are read by key without listing the object, collections once, scalars located alike', () => {
    const v = read('{\n"b": 1,\n"a": {"x": 2},\n"c": "s",\n"a": {"y": 3}\n}') as MapValue
    const a = entry(v, 'a')
    expect(entry(v, 'a')).toBe(a)
    expect(a?.keyLoc).toMatchObject({ line: 5, column: 1 })
    expect(toPlain(a?.value)).toEqual({ y: 3 })
    expect(get(v, 'c')).toMatchObject({ value: 's', loc: { line: 4, column: 6 } })
    expect(get(v, 'z')).toBeUndefined()
    expect(locOfEntry(entry(v, 'b') as MapEntry)).toMatchObject({ line: 2, column: 1 })
    expect([...v.entries.keys()]).toEqual(['b', 'a', 'c'])
    expect(v.entries.get('a')).toBe(a)
    expect(entry(v, 'c')).toBe(v.entries.get('c'))
  })

  it('looked up one by one keep the collections read before they are listed', () => {
    const v = read('{\n"b": 1,\n"a": {"x": 2},\n"l": [1],\n"c": "s"\n}') as MapValue
    const a = entry(v, 'a')
    const l = entry(v, 'l')
    expect(entry(v, 'a')).toBe(a)
    expect(get(v, 'c')).toMatchObject({ value: 's', loc: { line: 5, column: 6 } })
    expect(entry(v, 'b')?.keyLoc).toMatchObject({ line: 2, column: 1 })
    expect([...v.entries.keys()]).toEqual(['b', 'a', 'l', 'c'])
    expect(v.entries.get('a')).toBe(a)
    expect(v.entries.get('l')).toBe(l)
    expect(toPlain(v)).toEqual({ b: 1, a: { x: 2 }, l: [1], c: 's' })
  })

  it('of a large object are built whole, once', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `"k${i}": ${i}`)
    const v = read(`{${keys.join(', ')}}`) as MapValue
    expect(v.entries.get('k99')?.value).toMatchObject({ value: 99 })
    expect([...v.entries.keys()].slice(-2)).toEqual(['k98', 'k99'])
  })
})

describe('a template text checked for nesting and read in one pass', () => {
  it('refuses brackets nested too deep with the same located error as the check', () => {
    const text = `{"a": ${'['.repeat(300)}${']'.repeat(300)}}`
    expect(loadTemplateText('t.json', text).diagnostics).toEqual([nestingError('t.json', text)])
  })

  it('refuses indentation too deep with the same located error as the check', () => {
    const text = `{\n"a":\n${' '.repeat(600)}1\n}`
    const deep = nestingError('t.json', text)
    expect(deep).toBeDefined()
    expect(loadTemplateText('t.json', text).diagnostics).toEqual([deep])
  })

  it('reads what is within the limits, and JSON-like YAML as YAML', () => {
    expect(toPlain(loadTemplateText('t.json', '{"a": [1]}').value)).toEqual({ a: [1] })
    expect(toPlain(loadTemplateText('t.json', '{a: 1, # note\n}').value)).toEqual({ a: 1 })
  })
})

describe('resolving a collection read with its text', () => {
  const known = new Map([['P', { value: 'v', isList: false }]])
  const resolver = new ParameterResolver(known)

  it('returns it as it is when its text holds nothing to resolve', () => {
    const v = read('{"a": {"b": ["x"]}}')
    expect(resolver.resolve(v)).toBe(v)
  })

  it('resolves a reference written with an escape', () => {
    const v = read('{"a": {"R\\u0065f": "P"}}')
    expect(toPlain(resolver.resolve(v))).toEqual({ a: 'v' })
  })
})

describe('attribute locations of JSON entries', () => {
  it('are the key with the extent of the value, as for any entry', () => {
    const text = '{\n "Queue": {\n  "Name": "q",\n  "Tags": [1, {"Ref": "X"}]\n }\n}'
    const plainLoc = (v: Value) => {
      const queue = v.kind === 'map' ? v.entries.get('Queue')?.value : undefined
      return queue?.kind === 'map'
        ? [...queue.entries.values()].map(e => JSON.parse(JSON.stringify(locOfEntry(e))))
        : []
    }
    const json = plainLoc(read(text))
    expect(json).toEqual(plainLoc(loadYaml('t.json', text).value as Value))
    expect(json[1]).toEqual({
      file: 't.json',
      line: 4,
      column: 3,
      value: { start: { line: 4, column: 11 }, end: { line: 4, column: 28 } }
    })
  })
})

describe('values handed to another thread', () => {
  it('are plain data a structured clone copies whole', () => {
    const v = read('{"a": {"b": [1, {"c": "d"}]}}')
    const result = { services: [{ properties: v }], shared: [v] }
    const copy = structuredClone(withPlainValues(result))
    expect(toPlain(copy.services[0]?.properties)).toEqual({ a: { b: [1, { c: 'd' }] } })
    expect(copy.shared[0]).toBe(copy.services[0]?.properties)
  })

  it('keep the extent of their locations', () => {
    const v = read('{"a": {"b": 1}}') as MapValue
    const e = v.entries.get('a') as MapEntry
    const copy = structuredClone(withPlainValues({ loc: locOfEntry(e), value: e.value.loc }))
    expect(copy.loc.value?.end).toEqual({ line: 1, column: 15 })
    expect(copy.value.value?.start).toEqual({ line: 1, column: 7 })
  })

  it('keep the extent of every value and key inside a copied tree', () => {
    const v = read('{\n  "a": {"b": [1, "x"]}\n}')
    const copy = structuredClone(withPlainValues({ v })).v as MapValue
    expect(copy.loc.value).toEqual({ start: { line: 1, column: 1 }, end: { line: 3, column: 2 } })
    const a = copy.entries.get('a') as MapEntry
    expect(a.keyLoc).toMatchObject({ line: 2, column: 3 })
    expect(a.value.loc.value).toEqual({
      start: { line: 2, column: 8 },
      end: { line: 2, column: 23 }
    })
    const list = (a.value as MapValue).entries.get('b')?.value
    expect(list?.kind === 'list' && list.items.map(i => i.loc.value?.start.column)).toEqual([
      15, 18
    ])
  })
})

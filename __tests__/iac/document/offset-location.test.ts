import { describe, expect, it } from '@jest/globals'
import { readJson } from '../../../src/iac/document/json-reader.js'
import type { MapValue } from '../../../src/model/value.js'

const text = '{\n "Queue": {\n  "Type": "AWS::SQS::Queue",\n  "Tags": [1, 2]\n }\n}\n'

function queue(): MapValue {
  const root = readJson('t.json', text, 64) as MapValue
  return root.entries.get('Queue')?.value as MapValue
}

describe('locations of values read from JSON', () => {
  it('locate the value where it starts, with its extent', () => {
    const type = queue().entries.get('Type')?.value
    expect(type?.loc).toMatchObject({ file: 't.json', line: 3, column: 11 })
    expect(type?.loc.value).toEqual(expect.objectContaining({ start: { line: 3, column: 11 } }))
    expect(type?.loc.value?.end).toEqual({ line: 3, column: 28 })
  })

  it('serialise as the plain location they stand for, in reports', () => {
    const tags = queue().entries.get('Tags')?.value
    expect(JSON.parse(JSON.stringify(tags?.loc))).toEqual({
      file: 't.json',
      line: 4,
      column: 11,
      value: { start: { line: 4, column: 11 }, end: { line: 4, column: 17 } }
    })
  })

  it('keep their extent when copied into a finding location', () => {
    const e = queue().entries.get('Type')
    const at = e && { ...e.keyLoc, value: e.value.loc.value }
    expect(JSON.parse(JSON.stringify(at))).toEqual({
      file: 't.json',
      line: 3,
      column: 3,
      value: { start: { line: 3, column: 11 }, end: { line: 3, column: 28 } }
    })
  })

  it('read a key repeated across objects as the same key in each', () => {
    const root = readJson('t.json', '[{"Type": 1}, {"Type": 2}]', 64)
    const [a, b] = root.kind === 'list' ? root.items : []
    const keys = [a, b].map(m => (m?.kind === 'map' ? [...m.entries.values()][0]?.key : undefined))
    expect(keys).toEqual(['Type', 'Type'])
  })
})

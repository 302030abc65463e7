import { describe, expect, it } from '@jest/globals'
import { jsonOffsets } from '../../../src/iac/document/json-offsets.js'
import { readJson } from '../../../src/iac/document/json-reader.js'
import { loadTemplateText } from '../../../src/iac/document/load-template.js'
import {
  get,
  membersOnce,
  readOnce,
  toPlain,
  type MapValue,
  type Value
} from '../../../src/model/value.js'
import { scanFiles } from '../../helpers/scan.js'

const accepts = (text: string): boolean => jsonOffsets(text, { maxDepth: 400 }) !== 'invalid'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** A generated template of `queues` queues, one resource per `Queue<i>` key, as CDK writes it. */
function generated(queues: number): string {
  const resources: Record<string, unknown> = {}
  for (let i = 0; i < queues; i++) {
    resources[`Queue${i}`] = {
      Type: 'AWS::SQS::Queue',
      Properties: { QueueName: `queue-${i}`, SqsManagedSseEnabled: true },
      Metadata: { 'aws:cdk:path': `App/Stack/Queue${i}/Resource` }
    }
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 1)
}

/** The 1-based line and column of the first occurrence of `needle`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, at)
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') }
}

describe('the JSON scan accepts exactly what JSON.parse accepts', () => {
  const cases = [
    '{}',
    '[]',
    ' \r\n\t{ "a" : [ 1 , -0 , 0.5 , 1e5 , 1E-5 , -1.5e+3 , true , false , null ] } \n',
    '"\\u00e9\\"\\\\\\/\\b\\f\\n\\r\\t"',
    '{"a\\"": "b\\\\"}',
    '{"a": "\u2028 é 𝄞"}',
    '',
    ' ',
    '{',
    '{"a": 1,}',
    '[1,]',
    '[,1]',
    '{"a" 1}',
    '{"a": 1 "b": 2}',
    '{a: 1}',
    "{'a': 1}",
    '[01]',
    '[1.]',
    '[.5]',
    '[1e]',
    '[+1]',
    '[-]',
    '[0x10]',
    '[NaN]',
    '[tru]',
    '[truee]',
    '[nul]',
    '["a\tb"]',
    '["a\nb"]',
    '["a\rb"]',
    '["a\u0001b"]',
    '[1]\u0001',
    '["\\x41"]',
    '["\\u12G4"]',
    '["\\u123"]',
    '["unterminated]',
    '{"a": 1}}',
    '[1] [2]',
    '{"a": [1}',
    '[{"a": 1]}',
    '\ufeff{}',
    '{"a": 1} // comment'
  ]

  it.each(cases.map(c => [JSON.stringify(c), c]))('%s', (_, text) => {
    expect(accepts(text)).toBe(parses(text))
  })

  it('on texts changed at random in small ways', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '1', '0', '-', '.', 'e', ' ', '\n']
    const pieces2 = ['\t', 'true', 'nul', '"k"', '\\u00e9', '\\x', '\u0001', 'é', '01', '1.5e+3']
    const all = [...pieces, ...pieces2]
    const base = '{"a": [1, 2.5, -0, 1e10, "x\\"y", {"b": null}], "c\\\\": true, "d": ["\\u0041"]}'
    let disagreements = 0
    for (let n = 0; n < 20_000; n++) {
      let text = base
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1)
        const piece = all[random(all.length)] as string
        const cut = random(3)
        text = text.slice(0, at) + (cut === 1 ? '' : piece) + text.slice(at + (cut === 0 ? 0 : 1))
      }
      if (accepts(text) !== parses(text)) disagreements++
    }
    expect(disagreements).toBe(0)
  })

  it('reads the values JSON.parse reads', () => {
    const text = '{"s": "a\\u00e9\\n", "n": [0, -1.5e3, 1E2], "b": [true, false, null], "o": {}}'
    expect(toPlain(readJson('t.json', text, 400))).toEqual(JSON.parse(text))
  })
})

describe('a large generated JSON template', () => {
  it('refuses invalid JSON deep inside with its line and column', () => {
    const text = generated(20_000)
    const broken = text.replace('"queue-15000"', '"queue-\t15000"')
    const at = positionOf(broken, '\t15000')
    const loaded = loadTemplateText('template.json', broken)
    expect(loaded.value).toBeUndefined()
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: at.line, column: at.column })
    ])
    expect(loaded.diagnostics[0]?.message).toMatch(/control character in a string/)
  })

  it('refuses a trailing comma deep inside where it is written', () => {
    const text = generated(20_000)
    const broken = text.replace('"queue-12345",', '"queue-12345",,')
    const at = positionOf(broken, ',,')
    const loaded = loadTemplateText('template.json', broken)
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: at.line, column: at.column + 1 })
    ])
  })

  it('reports a finding deep inside at its exact line, and every resource is modelled', async () => {
    const open = {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [{ Ref: 'Queue12000' }],
        PolicyDocument: {
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }]
        }
      }
    }
    // The policy sits among the queues, not at the end of the section.
    const text = generated(12_000).replace(
      '"Queue6000": {',
      `"OpenPolicy": ${JSON.stringify(open)},\n  "Queue6000": {`
    )
    const result = await scanFiles({ 'template.json': text })
    const service = result.models.head.services[0]
    expect(service?.resources.filter(r => r.kind === 'queue')).toHaveLength(12_000)
    expect(service?.rawResources).toHaveLength(12_001)
    const finding = result.findings.find(f => f.ruleId === 'sqs-policy-public')
    expect(finding?.resource).toBe('OpenPolicy')
    const principal = positionOf(text, '"Principal":"*"')
    expect(finding?.location.line).toBe(principal.line)
  })

  it('takes the later of a logical id written twice, in the place of the first', async () => {
    const text = JSON.stringify(
      { Resources: { A: { Type: 'AWS::SNS::Topic' }, B: { Type: 'AWS::SQS::Queue' } } },
      null,
      1
    ).replace(
      '"B": {',
      '"A": {\n   "Type": "AWS::S3::Bucket",\n   "Properties": {"AccessControl": "PublicRead"}\n  },\n  "B": {'
    )
    const loaded = loadTemplateText('template.json', text)
    const section = get(loaded.value, 'Resources') as MapValue
    expect([...membersOnce(section)].map(e => e.key)).toEqual(['A', 'A', 'B'])
    expect([...section.entries.keys()]).toEqual(['A', 'B'])
    const result = await scanFiles({ 'template.json': text })
    const service = result.models.head.services[0]
    expect(service?.rawResources.map(r => [r.id, r.type, r.loc.line])).toEqual([
      ['A', 'AWS::S3::Bucket', positionOf(text, '"A": {\n   "Type": "AWS::S3').line],
      ['B', 'AWS::SQS::Queue', positionOf(text, '"B"').line]
    ])
  })
})

describe('a value read once', () => {
  it('is the value under the key, built for the read, or the one kept', () => {
    const v = readJson('t.json', '{"a": {"b": 1}, "c": 2}', 400)
    expect(toPlain(readOnce(v, 'a'))).toEqual({ b: 1 })
    expect(readOnce(v, 'a')).not.toBe(readOnce(v, 'a'))
    const kept = get(v, 'a') as Value
    expect(readOnce(v, 'a')).toBe(kept)
    expect(readOnce(v, 'z')).toBeUndefined()
    expect(readOnce(v, 'c')).toMatchObject({ value: 2, loc: { line: 1, column: 22 } })
  })
})

import { describe, expect, it } from '@jest/globals'
import { readJson } from '../../src/iac/document/json-reader.js'
import { loadYaml } from '../../src/iac/document/yaml.js'
import { parsedData, writtenText, type Value } from '../../src/model/value.js'
import { findSecrets, type WalkOptions } from '../../src/policy/rules/lib/secret-walk.js'
import { mayHoldSecret, secretNameStrength } from '../../src/policy/rules/lib/secrets.js'

/** Plain findings: the walk over a JSON template's parsed data must find what the value walk finds. */
function walked(v: Value, options: WalkOptions) {
  const { found, undecided } = findSecrets(v, options)
  const at = (l: { line: number; column: number; value?: { start: unknown; end: unknown } }) => ({
    line: l.line,
    column: l.column,
    value: l.value && { start: l.value.start, end: l.value.end }
  })
  return {
    found: found.map(f => ({ ...f, location: at(f.location) })),
    undecided: undecided.map(u => ({ ...u, location: at(u.location) }))
  }
}

const PROPERTIES = `{
  "MasterUserPassword": "hunter2-Prod-Secret",
  "Nested": {"Deeper": [{"ApiKey": "ak_9fQ2xLp7Rt5Vb8Nc3Wd6"}, "xoxb-123456789012-abcdefghijkl"]},
  "Environment": [{"Name": "DB_PASSWORD", "Value": "s3cr3t-Value-9"}, {"Name": "MODE", "Value": "fast"}],
  "Token": {"Ref": "TokenParameter"},
  "Secret": {"Fn::Sub": "prefix-AKIAIOSFODNN7ABCDEFG-\${Suffix}"},
  "Conditional": {"Condition": {"Ref": "X"}},
  "10": {"password": "written-after-but-listed-first"},
  "Skipped": {"Password": "not-searched-here"},
  "Tags": [{"Key": "app", "Value": "web"}]
}`

describe('the secret walk over parsed JSON', () => {
  const options = { skip: new Set<string>(), skipPaths: new Set(['Skipped']) }

  it('walks the parsed data of a JSON template', () => {
    expect(parsedData(readJson('t.json', PROPERTIES, 400))).toBeDefined()
  })

  it('finds what the walk over located values finds, located alike', () => {
    const json = readJson('t.json', PROPERTIES, 400)
    const yaml = loadYaml('t.json', PROPERTIES).value as Value
    const fromData = walked(json, options)
    expect(fromData.found.map(f => f.path)).toEqual(
      expect.arrayContaining([
        'MasterUserPassword',
        'Nested.Deeper[0].ApiKey',
        'Environment[0].Value'
      ])
    )
    expect(fromData.undecided.map(u => u.path)).toEqual(expect.arrayContaining(['Token']))
    expect(fromData).toEqual(walked(yaml, options))
  })

  it('finds the same when the members are already built', () => {
    const json = readJson('t.json', PROPERTIES, 400)
    if (json.kind === 'map') json.entries.forEach(e => e.value.kind === 'map' && e.value.entries)
    const yaml = loadYaml('t.json', PROPERTIES).value as Value
    expect(walked(json, options)).toEqual(walked(yaml, options))
  })
})

describe('the search of JSON text before its values are walked', () => {
  const secretNames = [
    'MasterUserPassword',
    'db_passwd',
    'PWD',
    'Passphrase',
    'ClientSecret',
    'AuthToken',
    'Credentials',
    'ApiKey',
    'api key',
    'KEY_API',
    'PrivateKey',
    'HMAC_KEY',
    'Salt',
    'x{key'
  ]

  it('lets through every name the walk calls secret, written in any case', () => {
    for (const name of secretNames) {
      expect(secretNameStrength(name)).toBeDefined()
      for (const written of [name, name.toUpperCase(), name.toLowerCase()])
        expect(mayHoldSecret(JSON.stringify({ [written]: 'v' }))).toBe(true)
    }
  })

  it('lets through every credential format and escaped text', () => {
    for (const value of [
      'AKIAABCDEFGHIJKLMNOP',
      '-----BEGIN PRIVATE KEY-----',
      'ghp_0123456789abcdefghijklmnopqrstuvwxyz',
      'xoxb-123456789012-abcdefghijkl',
      'https://user:pw@db.example.com',
      'Server=db;Pwd=abc',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop'
    ])
      expect(mayHoldSecret(JSON.stringify({ Setting: value }))).toBe(true)
    expect(mayHoldSecret('{"Pa\\u0073sword": "hunter2-Prod"}')).toBe(true)
  })

  it('passes by a resource with only tags and plain settings, and finds nothing there', () => {
    const text = '{"QueueName": "orders", "Tags": [{"Key": "app", "Value": "web"}], "Delay": 30}'
    expect(mayHoldSecret(text)).toBe(false)
    expect(findSecrets(readJson('t.json', text, 400), { skip: new Set() }).found).toEqual([])
  })

  it('still finds a secret in a resource the search lets through', () => {
    const text = '{"Tags": [{"Key": "app", "Value": "web"}], "Password": "hunter2-Prod-Secret"}'
    expect(walked(readJson('t.json', text, 400), { skip: new Set() }).found).toEqual([
      expect.objectContaining({ path: 'Password', location: expect.objectContaining({ line: 1 }) })
    ])
  })
})

describe('the search of JSON text, against the walk of the same properties read as YAML', () => {
  // YAML keeps no written text: its walk reads every value, with no search before it.
  const NAME_PARTS = ['Queue', 'Name', 'Value', 'Key', 'KEY', 'key', 'Ke', 'ey', 'Pas', 'Pw']
  const SECRET_PARTS = [
    'Pass',
    'pwd',
    'Secret',
    'tOkEn',
    'Credential',
    'salt',
    'HMAC',
    'Api',
    'Auth'
  ]
  const VALUES = [
    'orders',
    'aB3dE5gH7jK9mN1pQ3sT5xZ',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz',
    'AKIAZDOCIS2JHTLGMXGE',
    'akiazdocis2jhtlgmxge',
    'postgres://app:Sup3rS3cret@db.example.com',
    'Server=db;PaSsWoRd=Hunter2!;',
    'hunter2-Prod'
  ]
  let seed = 17
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const name = () =>
    pick(next() < 0.8 ? NAME_PARTS : SECRET_PARTS) + (next() < 0.5 ? pick(NAME_PARTS) : '')
  const value = (depth: number): unknown => {
    const r = next()
    if (depth > 2 || r < 0.5) return next() < 0.1 ? 42 : pick(VALUES)
    if (r < 0.6) return { Ref: name() }
    if (r < 0.7) return [value(depth + 1), value(depth + 1)]
    if (r < 0.85) return { Name: name(), Value: value(depth + 1) }
    return properties(depth + 1)
  }
  const properties = (depth: number): Record<string, unknown> =>
    Object.fromEntries(
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => [name(), value(depth)])
    )
  const plain = (v: Value, options: WalkOptions) => {
    const { found, undecided } = findSecrets(v, options)
    return {
      found: found.map(f => [f.path, f.match.kind, f.location.line, f.location.column]),
      undecided: undecided.map(u => [u.path, u.expr, u.location.line])
    }
  }

  it('finds what the walk finds in generated properties, searched or passed by', () => {
    let passedBy = 0
    let withFindings = 0
    for (let i = 0; i < 1500; i++) {
      const text = JSON.stringify(properties(0), null, 2)
      if (!mayHoldSecret(text)) passedBy++
      for (const options of [{ skip: new Set<string>() }, { skip: new Set(['none:0:0']) }]) {
        const yaml = plain(loadYaml('t.json', text).value as Value, options)
        if (yaml.found.length + yaml.undecided.length > 0) withFindings++
        expect([text, plain(readJson('t.json', text, 400), options)]).toEqual([text, yaml])
      }
    }
    // Both kinds of properties are generated: the comparison is not one-sided.
    expect(passedBy).toBeGreaterThan(100)
    expect(withFindings).toBeGreaterThan(100)
  })
})

describe('the search of JSON text once the value is changed', () => {
  it('walks a map whose members were set after it was read: its text no longer says it', () => {
    const map = readJson('t.json', '{"QueueName": "orders"}', 400)
    if (map.kind !== 'map') throw new Error('not a map')
    const loc = { file: 't.json', line: 1, column: 2 }
    map.entries.set('Password', {
      key: 'Password',
      keyLoc: loc,
      value: { kind: 'scalar', value: 'hunter2-Prod-Secret', loc }
    })
    expect(writtenText(map)).toBeUndefined()
    expect(findSecrets(map, { skip: new Set() }).found.map(f => f.path)).toEqual(['Password'])
  })

  it('keeps the text of a map whose members were only read', () => {
    const map = readJson('t.json', '{"QueueName": "orders"}', 400)
    if (map.kind === 'map') expect([...map.entries.keys()]).toEqual(['QueueName'])
    expect(writtenText(map)).toBe('{"QueueName": "orders"}')
  })
})

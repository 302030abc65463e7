import { describe, expect, it } from '@jest/globals'
import { readJson } from '../../src/iac/document/json-reader.js'
import { loadYaml } from '../../src/iac/document/yaml.js'
import { parsedData, type Value } from '../../src/model/value.js'
import { findSecrets, type WalkOptions } from '../../src/policy/rules/lib/secret-walk.js'

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

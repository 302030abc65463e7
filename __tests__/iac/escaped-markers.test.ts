import { describe, expect, it } from '@jest/globals'
import { looksLikeTemplate } from '../../src/iac/discover.js'
import { modelOfFiles } from '../helpers/model.js'

/** Templates whose resource types are spelled with escapes the JSON and YAML readers decode. */
const ESCAPED = {
  'stack.json':
    '{"Resources": {"Url": {"Type": "A\\u0057S::Lambda::Url", "Properties": {"AuthType": "NONE", "TargetFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f"}}}}',
  'hex.yaml':
    'Resources:\n  Url:\n    Type: "AWS\\x3A:Lambda::Url"\n    Properties:\n      AuthType: NONE\n      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f\n',
  'joined.yaml':
    'Resources:\n  Url:\n    Type: "AWS:\\\n      :Lambda::Url"\n    Properties:\n      AuthType: NONE\n      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f\n'
}

describe('a template whose AWS types are written with escapes', () => {
  it.each(Object.entries(ESCAPED))('%s is read as a template', (_file, text) => {
    expect(looksLikeTemplate(text)).toBe(true)
  })

  it('is modelled, and other JSON with escapes is still left alone', async () => {
    const m = await modelOfFiles({ ...ESCAPED, 'i18n/fr.json': '{"greeting": "\\u00e9t\\u00e9"}' })
    expect(m.diagnostics).toEqual([])
    const urls = m.services.flatMap(s => s.endpoints.map(e => [s.id, e.kind]))
    expect(urls).toEqual([
      ['hex.yaml', 'function-url'],
      ['joined.yaml', 'function-url'],
      ['stack.json', 'function-url']
    ])
  })
})

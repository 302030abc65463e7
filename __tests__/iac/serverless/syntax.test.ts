import { describe, expect, it } from '@jest/globals'
import {
  addressSegments,
  parseReference,
  splitAlternatives,
  splitVariables
} from '../../../src/iac/serverless/variables/syntax.js'

describe('Serverless variable syntax', () => {
  it('splits text and variables, with variables nested inside variables', () => {
    expect(splitVariables('app-${opt:stage}-${self:custom.${opt:region, "eu"}.x}')).toEqual([
      { kind: 'text', text: 'app-' },
      { kind: 'variable', raw: '${opt:stage}', body: 'opt:stage' },
      { kind: 'text', text: '-' },
      {
        kind: 'variable',
        raw: '${self:custom.${opt:region, "eu"}.x}',
        body: 'self:custom.${opt:region, "eu"}.x'
      }
    ])
  })

  it("leaves CloudFormation's Fn::Sub placeholders as text", () => {
    expect(splitVariables('arn:aws:s3:::${AWS::Region}-${Bucket}-${!Literal}-${Res.Arn}')).toBe(
      undefined
    )
    expect(splitVariables('${AWS::AccountId}:${ssm:/a}')).toEqual([
      { kind: 'text', text: '${AWS::AccountId}:' },
      { kind: 'variable', raw: '${ssm:/a}', body: 'ssm:/a' }
    ])
  })

  it('keeps an unterminated variable as text', () => {
    expect(splitVariables('${self:custom.x')).toBeUndefined()
  })

  it('splits fallbacks at top-level commas only', () => {
    expect(splitAlternatives("ssm(us-east-1, raw):/a, self:custom.x, 'a, b', 3, true")).toEqual([
      { kind: 'reference', text: 'ssm(us-east-1, raw):/a' },
      { kind: 'reference', text: 'self:custom.x' },
      { kind: 'literal', value: 'a, b' },
      { kind: 'literal', value: 3 },
      { kind: 'literal', value: true }
    ])
    expect(splitAlternatives('opt:stage, ${self:provider.stage}')).toEqual([
      { kind: 'reference', text: 'opt:stage' },
      { kind: 'reference', text: '${self:provider.stage}' }
    ])
  })

  it('reads sources, parameters and addresses of v1 to v4 references', () => {
    expect(parseReference('file(./config.yml):a.b')).toEqual({
      source: 'file',
      params: './config.yml',
      address: 'a.b'
    })
    expect(parseReference('file(./x.json)')).toEqual({ source: 'file', params: './x.json' })
    expect(parseReference('cf.us-east-1:stack.Output')).toMatchObject({
      source: 'cf',
      address: 'stack.Output'
    })
    expect(parseReference('ssm:/path/key~true')).toMatchObject({
      source: 'ssm',
      address: '/path/key~true'
    })
    expect(parseReference('just-text')).toBeUndefined()
    expect(addressSegments('custom.list.0')).toEqual(['custom', 'list', '0'])
    expect(addressSegments('')).toEqual([])
  })
})

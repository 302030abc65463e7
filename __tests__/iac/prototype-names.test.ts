import { describe, expect, it } from '@jest/globals'
import { conditionTestNarrows } from '../../src/policy/rules/lib/condition-narrowing.js'
import type { Value } from '../../src/model/value.js'
import { scanFiles } from '../helpers/scan.js'

/**
 * Names such as `constructor`, `__proto__` or `toString` are members of every JavaScript object:
 * written in a template as a type, an event, a policy template, a runtime or an operator, they
 * must read as the unknown names they are, never as a table entry of the gate's own.
 */
const internalErrors = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.diagnostics.head.filter(d => d.code === 'internal-error')

describe('names that every JavaScript object has', () => {
  it('SAM: a policy template, event or resource type named constructor hides nothing', async () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Weird:',
      '    Type: constructor',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Runtime: toString',
      '      Handler: index.handler',
      '      CodeUri: .',
      '      FunctionUrlConfig: { AuthType: NONE }',
      '      Events:',
      '        E1: { Type: constructor, Properties: {} }',
      '        E2: { Type: __proto__ }',
      '      Policies:',
      '        - constructor: {}',
      '        - Statement: [{ Effect: Allow, Action: "*", Resource: "*" }]'
    ].join('\n')
    const r = await scanFiles({ 'template.yaml': template })
    expect(internalErrors(r)).toEqual([])
    const rules = r.findings.map(f => f.ruleId)
    expect(rules).toEqual(
      expect.arrayContaining(['iam-admin-access', 'path-public-admin-function'])
    )
    expect(rules).not.toContain('lambda-runtime-deprecated')
  })

  it('Serverless: events and authorizer types named constructor or __proto__ hide nothing', async () => {
    const service = [
      'service: svc',
      'provider: { name: aws, runtime: nodejs22.x }',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    url: true',
      '    events:',
      '      - constructor: {}',
      '      - __proto__: {}',
      '      - toString: x',
      '      - http: { path: /x, method: get, authorizer: { type: constructor } }',
      '      - http: { path: /y, method: get, authorizer: { type: __proto__ } }'
    ].join('\n')
    const r = await scanFiles({ 'serverless.yml': service })
    expect(internalErrors(r)).toEqual([])
    expect(r.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })

  it('a condition operator or key named constructor narrows nothing', () => {
    const value: Value = { kind: 'scalar', value: 'x', loc: { file: 't.yaml', line: 1, column: 1 } }
    expect(conditionTestNarrows('constructor', 'constructor', value)).toBe(false)
    expect(conditionTestNarrows('StringLike', '__proto__', value)).toBe(false)
  })
})

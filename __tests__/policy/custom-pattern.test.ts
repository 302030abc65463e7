import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/policy/config/load.js'
import { scanFiles } from '../helpers/scan.js'

const ruleWith = (pattern: string) => `custom-rules:
  - id: handler-naming
    title: Handlers follow the naming scheme
    message: function {id} has a handler outside the naming scheme
    resource: function
    assert:
      attribute: handler
      matches: '${pattern}'
`

describe('custom rule patterns', () => {
  it('matches a nested-quantifier pattern against a crafted name in linear time', async () => {
    // With a backtracking engine, `^(a+)+$` against "aaa…a!" takes longer than the universe has left.
    const crafted = `${'a'.repeat(30_000)}!`
    const template = `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  f:\n    handler: ${crafted}\n  g:\n    handler: aaaa\n`
    const r = await scanFiles({ 'serverless.yml': template }, undefined, ruleWith('^(a+)+$'))
    expect(r.findings.filter(f => f.ruleId === 'handler-naming').map(f => f.resource)).toEqual([
      'f'
    ])
  })

  it('refuses patterns that need backtracking, at their line', () => {
    expect(() => parseConfigText('.serverless-gate.yml', ruleWith('^(a)\\1$'))).toThrow(
      /\.serverless-gate\.yml:8: `custom-rules\.0\.assert\.matches`: expected a regular expression without backreferences or lookaround/
    )
    expect(() => parseConfigText('.serverless-gate.yml', ruleWith('^(?=a)a$'))).toThrow(
      /:8: `custom-rules\.0\.assert\.matches`/
    )
    expect(() => parseConfigText('.serverless-gate.yml', ruleWith('([a-z'))).toThrow(
      /:8: `custom-rules\.0\.assert\.matches`: .*missing closing \]/
    )
  })

  it('reads only what the model holds: a path naming an object built-in is absent', async () => {
    const config = `custom-rules:
  - id: no-constructor
    title: Functions set no attribute named constructor
    message: function {id} sets constructor
    resource: function
    assert:
      attribute: constructor
      exists: false
`
    const template = `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  f:\n    handler: h.f\n`
    const r = await scanFiles({ 'serverless.yml': template }, undefined, config)
    expect(r.findings.filter(f => f.ruleId === 'no-constructor')).toEqual([])
  })
})

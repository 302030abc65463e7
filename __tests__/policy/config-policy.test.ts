import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/policy/config/load.js'
import { scanFiles } from '../helpers/scan.js'

const parse = (text: string) => () => parseConfigText('.serverless-gate.yml', text)

describe('config: rules, ignore, custom rules', () => {
  it('accepts rules switched off or re-rated', () => {
    expect(
      parseConfigText(
        'c.yml',
        'rules:\n  lambda-tracing-disabled: off\n  iam-wildcard-action:\n    severity: high\n'
      ).rules
    ).toEqual({
      'lambda-tracing-disabled': 'off',
      'iam-wildcard-action': { severity: 'high' }
    })
  })

  it('names the key path of a bad severity', () => {
    expect(parse('rules:\n  iam-wildcard-action:\n    severity: severe\n')).toThrow(
      /\.serverless-gate\.yml:3: `rules\.iam-wildcard-action\.severity`: expected one of critical, high, medium, low, info/
    )
  })

  it('rejects an unknown rule id with a suggestion', () => {
    expect(parse('rules:\n  iam-wildcard-actoin: off\n')).toThrow(
      /:2: `rules\.iam-wildcard-actoin`: unknown key \(did you mean `iam-wildcard-action`\?\)/
    )
  })

  it('requires a reason on every ignore', () => {
    expect(parse('ignore:\n  - rule: iam-wildcard-action\n    path: a/**\n')).toThrow(
      /`ignore\.0\.reason`/
    )
    expect(parse('ignore:\n  - rule: iam-wildcard-action\n    reason: "  "\n')).toThrow(
      /:3: `ignore\.0\.reason`: a reason is required/
    )
  })

  it('checks ignore rule ids, scopes and dates', () => {
    expect(parse('ignore:\n  - rule: no-such-rule\n    reason: x\n')).toThrow(
      /`ignore\.0\.rule`: expected a rule id of the catalog/
    )
    expect(
      parseConfigText('c.yml', 'ignore:\n  - rule: iam-wildcard-action[s3:*]\n    reason: x\n')
        .ignore[0]?.rule
    ).toBe('iam-wildcard-action[s3:*]')
    expect(
      parse('ignore:\n  - rule: iam-wildcard-action\n    reason: x\n    expires: next week\n')
    ).toThrow(/:4: `ignore\.0\.expires`: expected a date as YYYY-MM-DD/)
  })

  it('validates custom rules', () => {
    expect(
      parse(
        'custom-rules:\n  - id: Bad Id\n    title: t\n    message: m\n    resource: function\n    assert: { attribute: timeout, lte: 30 }\n'
      )
    ).toThrow(/`custom-rules\.0\.id`: expected a kebab-case id/)
    expect(
      parse(
        'custom-rules:\n  - id: x\n    title: t\n    message: m\n    resource: lambda\n    assert: { attribute: timeout, lte: 30 }\n'
      )
    ).toThrow(/`custom-rules\.0\.resource`: expected one of function, role/)
  })
})

describe('rules settings in a scan', () => {
  const text = `service: s
provider:
  name: aws
  runtime: nodejs22.x
functions:
  a:
    handler: a.handler
`
  it('switches a rule off and re-rates another', async () => {
    const r = await scanFiles(
      { 'serverless.yml': text },
      undefined,
      'rules:\n  lambda-tracing-disabled: off\n  lambda-no-concurrency-limit:\n    severity: high\n'
    )
    expect(r.findings.some(f => f.ruleId === 'lambda-tracing-disabled')).toBe(false)
    expect(r.findings.find(f => f.ruleId === 'lambda-no-concurrency-limit')?.severity).toBe('high')
    expect(r.decision).toBe('fail')
  })
})

describe('custom rules', () => {
  const text = `service: s
provider:
  name: aws
  runtime: nodejs22.x
  timeout: 10
functions:
  small:
    handler: a.handler
    reservedConcurrency: 5
  slow:
    handler: b.handler
    timeout: 900
  python:
    handler: c.handler
    runtime: python3.9
    reservedConcurrency: \${opt:concurrency}
`
  const config = `custom-rules:
  - id: reserved-concurrency-required
    title: Every function sets reserved concurrency
    severity: medium
    message: function {id} sets no reserved concurrency
    resource: function
    assert: { attribute: reservedConcurrency, exists: true }
  - id: timeout-at-most-30s
    title: Timeouts at most 30 seconds
    severity: low
    message: function {id} may run longer than 30 seconds
    resource: function
    assert: { attribute: timeout, lte: 30 }
  - id: approved-runtimes
    title: Only approved runtimes
    severity: high
    message: function {id} uses a runtime outside nodejs22.x and python3.13
    resource: function
    assert:
      any:
        - { attribute: runtime, in: [nodejs22.x, python3.13] }
        - not: { attribute: runtime, exists: true }
`
  it('reports each resource that does not satisfy the assertion, at the attribute', async () => {
    const r = await scanFiles({ 'serverless.yml': text }, undefined, config)
    const of = (id: string) =>
      r.findings.filter(f => f.ruleId === id).map(f => [f.resource, f.location.line, f.message])
    // `python` has a symbolic reserved concurrency: not decidable, not reported.
    expect(of('reserved-concurrency-required')).toEqual([
      ['slow', 10, 'function slow sets no reserved concurrency']
    ])
    expect(of('timeout-at-most-30s')).toEqual([
      ['slow', 12, 'function slow may run longer than 30 seconds']
    ])
    expect(of('approved-runtimes')).toEqual([
      ['python', 15, 'function python uses a runtime outside nodejs22.x and python3.13']
    ])
    expect(
      r.undecided.some(u => u.ruleId === 'reserved-concurrency-required' && u.resource === 'python')
    ).toBe(true)
  })
})

describe('the README configuration example', () => {
  it('is a valid configuration', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Configuration'))
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    const config = parseConfigText('README.md', example)
    expect(config.rules['lambda-code-signing-missing']).toBe('off')
    expect(config['custom-rules'].map(r => r.id)).toEqual([
      'timeout-at-most-30s',
      'approved-runtimes'
    ])
    expect(config.vulnerabilities.ignore[0]).toMatchObject({
      id: 'GHSA-35jh-r3h4-6jhm',
      package: 'lodash'
    })
  })
})

describe('duplicate keys in the config', () => {
  it('are located errors with their key path, never "the later one wins"', () => {
    const text = `fail-on-severity: high
rules:
  iam-wildcard-action: off
  lambda-tracing-disabled: off
  iam-wildcard-action:
    severity: info
custom-rules:
  - id: a
    title: t
    title: u
    message: m
    resource: function
    assert: { attribute: timeout, lte: 30 }
fail-on-severity: none
`
    expect(parse(text)).toThrow(
      'invalid configuration:\n' +
        '  .serverless-gate.yml:5: `rules.iam-wildcard-action`: given twice (first on line 3)\n' +
        '  .serverless-gate.yml:10: `custom-rules.0.title`: given twice (first on line 9)\n' +
        '  .serverless-gate.yml:14: `fail-on-severity`: given twice (first on line 1)'
    )
  })

  it('in flow mappings too', () => {
    expect(
      parse('scanners: [iac]\nrules: { iam-wildcard-action: off, iam-wildcard-action: off }\n')
    ).toThrow(/:2: `rules\.iam-wildcard-action`: given twice \(first on line 2\)/)
  })

  it('when the second is written as an alias of the first key', () => {
    expect(parse('&k fail-on-severity: high\nscanners: [deps]\n*k : none\n')).toThrow(
      '.serverless-gate.yml:3: `fail-on-severity`: given twice (first on line 1)'
    )
    expect(parse('rules:\n  &r iam-wildcard-action: off\n  *r : { severity: info }\n')).toThrow(
      '.serverless-gate.yml:3: `rules.iam-wildcard-action`: given twice (first on line 2)'
    )
  })
})

import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/policy/config/load.js'
import { strictestConfig } from '../../src/policy/config/strictest.js'

const config = (text: string) => parseConfigText('.serverless-gate.yml', text)
const strictest = (base: string, head: string) => strictestConfig(config(base), config(head))

describe('the stricter of the base and head configuration', () => {
  it('keeps the base value of every setting the head loosens', () => {
    const base = `fail-on-severity: medium
gate-on: all
scanners: [iac, deps]
on-error: fail
max-file-size: 10000000
paths: [services/**]
exclude-paths: [test/**]
allow-inline-suppressions: false
rules:
  lambda-tracing-disabled: { severity: high }
vulnerabilities: { include-dev: true, only-fixable: false, unknown-severity-as: high }
`
    const head = `fail-on-severity: none
gate-on: new
scanners: [iac]
on-error: warn
max-file-size: 1
paths: [services/api/**]
exclude-paths: [test/**, services/**]
allow-inline-suppressions: true
rules:
  lambda-tracing-disabled: off
  iam-wildcard-action: { severity: info }
vulnerabilities: { include-dev: false, only-fixable: true, unknown-severity-as: low }
`
    expect(strictest(base, head)).toMatchObject({
      'fail-on-severity': 'medium',
      'gate-on': 'all',
      scanners: ['iac', 'deps'],
      'on-error': 'fail',
      'max-file-size': 10000000,
      paths: ['services/**', 'services/api/**'],
      'exclude-paths': ['test/**'],
      'allow-inline-suppressions': false,
      rules: { 'lambda-tracing-disabled': { severity: 'high' } },
      vulnerabilities: { 'include-dev': true, 'only-fixable': false, 'unknown-severity-as': 'high' }
    })
  })

  it('applies what the head tightens', () => {
    const tightened = strictest(
      'fail-on-severity: high\nscanners: [iac]\nrules: { lambda-tracing-disabled: off }\npaths: [a/**]\n',
      'fail-on-severity: low\nscanners: [iac, deps]\nrules: { iam-wildcard-action: { severity: critical } }\npaths: []\n'
    )
    expect(tightened).toMatchObject({
      'fail-on-severity': 'low',
      scanners: ['iac', 'deps'],
      rules: { 'iam-wildcard-action': { severity: 'critical' } },
      paths: []
    })
    // The rule the base switched off is back at its catalog severity: the head did not switch it off.
    expect(tightened.rules['lambda-tracing-disabled']).toBeUndefined()
  })

  it('keeps the base custom rules, adds the head ones, and keeps the base definition of an edited one', () => {
    const rule = (id: string, severity: string) => `  - id: ${id}
    title: t
    severity: ${severity}
    message: m
    resource: function
    assert: { attribute: timeout, lte: 30 }
`
    const merged = strictest(
      `custom-rules:\n${rule('kept', 'high')}${rule('removed', 'high')}`,
      `custom-rules:\n${rule('kept', 'info')}${rule('added', 'low')}`
    )
    expect(merged['custom-rules'].map(r => [r.id, r.severity])).toEqual([
      ['kept', 'high'],
      ['removed', 'high'],
      ['added', 'low']
    ])
  })

  it('takes the head ignores and report settings as they are', () => {
    const merged = strictest(
      'comment-mode: review\n',
      'comment-mode: off\nignore:\n  - rule: iam-wildcard-action\n    reason: r\n'
    )
    expect(merged['comment-mode']).toBe('off')
    expect(merged.ignore).toHaveLength(1)
  })
})

import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/policy/config/load.js'
import { resolveSettings } from '../../src/core/settings.js'
import { closest } from '../../src/policy/config/errors.js'

describe('config file', () => {
  it('gives the built-in defaults for an empty file', () => {
    expect(parseConfigText('.serverless-gate.yml', '')).toMatchObject({
      version: 1,
      'fail-on-severity': 'high',
      'gate-on': 'new',
      scanners: ['iac', 'deps'],
      'comment-mode': 'review',
      'on-error': 'fail'
    })
  })

  it('names the line, the key path and what was expected', () => {
    expect(() =>
      parseConfigText('.serverless-gate.yml', 'version: 1\nfail-on-severity: severe\n')
    ).toThrow(
      /\.serverless-gate\.yml:2: `fail-on-severity`: expected one of critical, high, medium, low, none/
    )
  })

  it('rejects an unknown key with a suggestion', () => {
    expect(() => parseConfigText('c.yml', 'version: 1\nfail-on-severty: low\n')).toThrow(
      /c\.yml:2: `fail-on-severty`: unknown key \(did you mean `fail-on-severity`\?\)/
    )
  })

  it('locates errors inside lists', () => {
    expect(() => parseConfigText('c.yml', 'scanners:\n  - iac\n  - secrets\n')).toThrow(
      /c\.yml:3: `scanners.1`: expected one of iac, deps/
    )
  })

  it('reports YAML syntax errors with their position', () => {
    expect(() => parseConfigText('c.yml', 'scanners: [iac\n')).toThrow(/c\.yml:\d+:\d+: /)
  })
})

describe('settings precedence', () => {
  const file = parseConfigText('c.yml', 'fail-on-severity: low\nscanners: [iac]\n')

  it('uses the config file over the built-in defaults', () => {
    expect(resolveSettings({}, file)).toMatchObject({
      'fail-on-severity': 'low',
      scanners: ['iac'],
      'comment-mode': 'review'
    })
  })

  it('lets an explicit input win over the config file', () => {
    expect(
      resolveSettings({ 'fail-on-severity': 'critical', scanners: undefined }, file)
    ).toMatchObject({
      'fail-on-severity': 'critical',
      scanners: ['iac']
    })
  })

  it('falls back to built-in defaults when neither sets a value', () => {
    expect(resolveSettings({}, parseConfigText('c.yml', ''))['fail-on-severity']).toBe('high')
  })

  it('validates explicit inputs like the file', () => {
    expect(() => resolveSettings({ 'comment-mode': 'loud' }, file, 'input')).toThrow(
      /invalid input: `comment-mode`: expected one of review, summary, off/
    )
  })
})

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('scaners', ['scanners', 'version'])).toBe('scanners')
    expect(closest('zzz', ['scanners', 'version'])).toBeUndefined()
  })
})

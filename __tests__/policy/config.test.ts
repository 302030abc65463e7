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

  it('refuses lists too long to match, naming the key: a hundred thousand globs held the scan for hours', () => {
    const list = (key: string, item: (i: number) => string, n: number) =>
      `${key}:\n${Array.from({ length: n }, (_, i) => `  - ${item(i)}\n`).join('')}`
    const glob = (i: number) => `"p${i}/**"`
    const exception = (i: number) => `{ rule: iam-wildcard-action, path: "p${i}/**", reason: r }`
    expect(() => parseConfigText('c.yml', list('exclude-paths', glob, 100_000))).toThrow(
      /c\.yml:1: `exclude-paths`: at most 1,000 globs: a longer list would hold the scan/
    )
    expect(() => parseConfigText('c.yml', list('paths', glob, 1_001))).toThrow(/`paths`: at most/)
    expect(() => parseConfigText('c.yml', list('ignore', exception, 10_001))).toThrow(
      /`ignore`: at most 10,000 exceptions/
    )
    expect(
      parseConfigText('c.yml', list('exclude-paths', glob, 1_000))['exclude-paths']
    ).toHaveLength(1_000)
  })

  it('rejects an unknown key with a suggestion', () => {
    expect(() => parseConfigText('c.yml', 'version: 1\nfail-on-severty: low\n')).toThrow(
      /c\.yml:2: `fail-on-severty`: unknown key \(did you mean `fail-on-severity`\?\)/
    )
  })

  it('refuses a rule setting under __proto__ at its line, as any unknown rule id, once', () => {
    const text = 'rules:\n  lambda-url-auth-none: off\n  __proto__:\n    severity: low\n'
    expect(() => parseConfigText('c.yml', text)).toThrow(
      /c\.yml:3: `rules\.__proto__`: unknown key/
    )
    const strict = 'ignore:\n  - rule: lambda-url-auth-none\n    reason: r\n    __proto__: 1\n'
    let message = ''
    try {
      parseConfigText('c.yml', strict)
    } catch (e) {
      message = (e as Error).message
    }
    expect(message.match(/__proto__/g)).toHaveLength(1)
    expect(message).toContain('c.yml:4: `ignore.0.__proto__`: unknown key')
  })

  it('refuses a config nested too deep for the YAML reader, at its place', () => {
    const deep = `ignore: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    expect(() => parseConfigText('c.yml', deep)).toThrow(
      /^c\.yml:1:265: nested more than 256 levels deep: not read/
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

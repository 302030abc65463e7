import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { z } from 'zod'
import {
  configIssues,
  DEFAULT_VULNERABILITIES_CONFIG,
  parseVulnerabilitiesConfig,
  vulnerabilitiesConfigSchema
} from '../../src/osv/config.js'

function messages(input: unknown): string[] {
  const parsed = parseVulnerabilitiesConfig(input)
  return parsed.ok ? [] : parsed.issues.map(issue => issue.message)
}

describe('vulnerabilities configuration', () => {
  it('has defaults: dev dependencies included, unknown severity as medium, every vulnerability counted', () => {
    expect(DEFAULT_VULNERABILITIES_CONFIG).toEqual({
      ignore: [],
      'include-dev': true,
      'unknown-severity-as': 'medium',
      'only-fixable': false
    })
    expect(parseVulnerabilitiesConfig(undefined)).toEqual({
      ok: true,
      config: DEFAULT_VULNERABILITIES_CONFIG
    })
  })

  it('reads a section written in YAML, unquoted dates included', () => {
    const section = parse(
      [
        'ignore:',
        '  - id: GHSA-29mw-wpgm-hmr9',
        '    package: lodash',
        '    reason: "  trim() only gets trusted input  "',
        '    expires: 2026-12-31',
        'include-dev: false',
        'unknown-severity-as: high',
        'only-fixable: true'
      ].join('\n')
    ) as unknown
    expect(parseVulnerabilitiesConfig(section)).toEqual({
      ok: true,
      config: {
        ignore: [
          {
            id: 'GHSA-29mw-wpgm-hmr9',
            package: 'lodash',
            reason: 'trim() only gets trusted input',
            expires: '2026-12-31'
          }
        ],
        'include-dev': false,
        'unknown-severity-as': 'high',
        'only-fixable': true
      }
    })
    // A YAML reader that turns dates into Date objects is read back the same.
    const withDate = {
      ignore: [
        { id: 'CVE-2021-44228', reason: 'patched', expires: new Date('2026-12-31T00:00:00Z') }
      ]
    }
    expect(parseVulnerabilitiesConfig(withDate)).toMatchObject({
      ok: true,
      config: { ignore: [{ expires: '2026-12-31' }] }
    })
  })

  it('names the key path of every problem', () => {
    expect(
      messages({
        ignore: [
          { id: 'GHSA-29mw-wpgm-hmr9' },
          { id: 'CVE-2021-44228', reason: '   ' },
          { id: 'CVE-2020-8203', reason: 'ok', expires: '31/12/2026' },
          { id: 'CVE-2020-8203', reason: 'ok', expires: '2026-02-30' },
          { reason: 'forgot the id', until: '2026-01-01' }
        ],
        'include-dev': 'no',
        'unknown-severity-as': 'severe',
        'fail-on': 'all'
      })
    ).toEqual([
      'vulnerabilities.ignore[0].reason: a reason is required: say why this vulnerability is accepted',
      'vulnerabilities.ignore[1].reason: a reason is required: say why this vulnerability is accepted',
      'vulnerabilities.ignore[2].expires: expected a real date written YYYY-MM-DD (e.g. 2030-01-31)',
      'vulnerabilities.ignore[3].expires: expected a real date written YYYY-MM-DD (e.g. 2030-01-31)',
      'vulnerabilities.ignore[4].id: the id of the vulnerability to ignore is required (e.g. GHSA-xxxx-xxxx-xxxx or CVE-2024-1234)',
      'vulnerabilities.ignore[4]: unknown key `until`',
      'vulnerabilities.include-dev: expected true or false',
      'vulnerabilities.unknown-severity-as: expected one of critical, high, medium, low',
      'vulnerabilities: unknown key `fail-on`'
    ])
    expect(messages({ ignore: 'GHSA-29mw-wpgm-hmr9' })).toEqual([
      'vulnerabilities.ignore: expected a list of ignore entries'
    ])
  })

  it('nests in a larger configuration schema with the same messages', () => {
    const whole = z.object({ vulnerabilities: vulnerabilitiesConfigSchema.optional() })
    const parsed = whole.safeParse({ vulnerabilities: { ignore: [{ id: 'CVE-2021-44228' }] } })
    expect(parsed.success).toBe(false)
    if (!parsed.success) {
      expect(configIssues(parsed.error, []).map(issue => [issue.path, issue.message])).toEqual([
        [
          ['vulnerabilities', 'ignore', 0, 'reason'],
          'vulnerabilities.ignore[0].reason: a reason is required: say why this vulnerability is accepted'
        ]
      ])
    }
  })
})

import { describe, expect, it } from '@jest/globals'
import { describeFix, smallestFix } from '../../src/osv/fix.js'
import { isAffected, rangeContains } from '../../src/osv/match.js'
import type { OsvVulnerability } from '../../src/osv/schemas.js'
import { comparatorFor } from '../../src/osv/versions/index.js'
import { record } from './support/fixtures.js'

const flaw = (...ids: string[]) => ({ id: ids[0] as string, records: ids.map(record) })

describe('isAffected', () => {
  it('evaluates ECOSYSTEM ranges with several introduced/fixed pairs', () => {
    const qs = record('GHSA-hrpp-h998-j3pp')
    const at = (version: string) => isAffected(qs, { ecosystem: 'npm', name: 'qs', version })
    expect([
      at('6.2.3'),
      at('6.2.4'),
      at('6.5.2'),
      at('6.5.3'),
      at('6.10.2'),
      at('6.10.3'),
      at('6.11.0')
    ]).toEqual([true, false, true, false, true, false, false])
  })

  it('sorts events before walking them (PYSEC lists 2.0.0 before 0)', () => {
    const urllib3 = record('PYSEC-2023-192')
    const at = (version: string) =>
      isAffected(urllib3, { ecosystem: 'PyPI', name: 'urllib3', version })
    expect([at('1.26.16'), at('1.26.17'), at('1.26.18'), at('2.0.5'), at('2.0.6')]).toEqual([
      true,
      false,
      false,
      true,
      false
    ])
  })

  it('matches NuGet package ids whatever their case, as NuGet treats them', () => {
    const nuget: OsvVulnerability = {
      id: 'GHSA-5crp-9r3c-p9vr',
      modified: '2023-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'NuGet', name: 'Newtonsoft.Json' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '13.0.1' }] }]
        }
      ]
    }
    expect(
      isAffected(nuget, { ecosystem: 'NuGet', name: 'newtonsoft.json', version: '12.0.1' })
    ).toBe(true)
    expect(
      isAffected(nuget, { ecosystem: 'NuGet', name: 'NEWTONSOFT.JSON', version: '13.0.1' })
    ).toBe(false)
    // npm names stay exact: `Lodash` is not `lodash`.
    const npm = {
      ...nuget,
      affected: [{ ...nuget.affected![0]!, package: { ecosystem: 'npm', name: 'lodash' } }]
    }
    expect(isAffected(npm, { ecosystem: 'npm', name: 'Lodash', version: '1.0.0' })).toBe(false)
  })

  it('matches a version listed in versions[] and PyPI names after normalization', () => {
    // 1.10 is listed in versions[]; the lockfile spells the name with capitals.
    expect(
      isAffected(record('PYSEC-2023-192'), { ecosystem: 'PyPI', name: 'URLLib3', version: '1.10' })
    ).toBe(true)
    expect(
      isAffected(record('GHSA-jh3w-4vvf-mjgr'), {
        ecosystem: 'PyPI',
        name: 'django',
        version: '4.2.1'
      })
    ).toBe(true)
  })

  it('evaluates SEMVER ranges of Go records and strips the v of module versions', () => {
    const rapidReset = record('GO-2023-2102')
    expect(isAffected(rapidReset, { ecosystem: 'Go', name: 'stdlib', version: '1.21.1' })).toBe(
      true
    )
    expect(isAffected(rapidReset, { ecosystem: 'Go', name: 'stdlib', version: '1.20.10' })).toBe(
      false
    )
    expect(
      isAffected(rapidReset, { ecosystem: 'Go', name: 'golang.org/x/net', version: 'v0.16.0' })
    ).toBe(true)
    expect(
      isAffected(rapidReset, { ecosystem: 'Go', name: 'golang.org/x/net', version: 'v0.17.0' })
    ).toBe(false)
  })

  it('orders Go pseudo-versions against a pseudo-version fix', () => {
    const ssh = record('GHSA-ffhg-7mh4-33c4')
    const at = (version: string) =>
      isAffected(ssh, { ecosystem: 'Go', name: 'golang.org/x/crypto', version })
    expect(at('v0.0.0-20200128174031-69ecbb4d6d5d')).toBe(true)
    expect(at('v0.0.0-20200220183623-bac4c82f6975')).toBe(false)
    expect(at('v0.1.0')).toBe(false)
  })

  it('treats last_affected as an inclusive ceiling', () => {
    const trim = record('GHSA-29mw-wpgm-hmr9')
    expect(isAffected(trim, { ecosystem: 'npm', name: 'lodash.trim', version: '4.5.1' })).toBe(true)
    expect(isAffected(trim, { ecosystem: 'npm', name: 'lodash.trim', version: '4.5.2' })).toBe(
      false
    )
  })

  it('only matches the package the record names, in its ecosystem, with exact npm names', () => {
    const axios = record('GHSA-8hc4-vh64-cxmj')
    expect(isAffected(axios, { ecosystem: 'npm', name: 'Axios', version: '1.7.2' })).toBe(true)
    // npm names are case-sensitive, as OSV.dev matches them.
    expect(isAffected(axios, { ecosystem: 'npm', name: 'axios', version: '1.7.2' })).toBe(false)
    expect(isAffected(axios, { ecosystem: 'PyPI', name: 'Axios', version: '1.7.2' })).toBe(false)
  })

  it('applies limit events and is undecided for versions the ecosystem cannot order', () => {
    const range = { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { limit: '2.0.0' }] }
    const npm = comparatorFor('npm')
    if (npm === undefined) throw new Error('no npm ordering')
    expect(rangeContains(range, '1.9.9', npm)).toBe(true)
    expect(rangeContains(range, '2.0.0', npm)).toBe(false)
    expect(
      isAffected(record('GHSA-27h2-hvpr-p74q'), {
        ecosystem: 'npm',
        name: 'jsonwebtoken',
        version: 'latest'
      })
    ).toBeUndefined()
  })
})

describe('fix advice', () => {
  const lodash = { ecosystem: 'npm' as const, name: 'lodash', version: '4.17.15' }

  it('advises the smallest version fixing every vulnerability of a package', () => {
    const flaws = [
      flaw('GHSA-29mw-wpgm-hmr9'),
      flaw('GHSA-35jh-r3h4-6jhm'),
      flaw('GHSA-p6mc-m468-83gw')
    ]
    const advice = smallestFix(flaws, lodash)
    // 4.17.20 fixes GHSA-p6mc but is still inside the other two ranges.
    expect(advice).toEqual({
      fixedIn: '4.17.21',
      fixes: ['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw'],
      unfixed: []
    })
    expect(describeFix(advice, lodash)).toBe('upgrade `lodash` 4.17.15 → 4.17.21 (fixes 3)')
  })

  it('picks the fix within the range the installed version is in', () => {
    const ws = { ecosystem: 'npm' as const, name: 'ws', version: '7.4.6' }
    expect(smallestFix([flaw('GHSA-3h5v-q93c-6h6q')], ws).fixedIn).toBe('7.5.10')
    const rack = { ecosystem: 'RubyGems' as const, name: 'rack', version: '2.2.3' }
    expect(
      smallestFix([flaw('GHSA-wq4h-7r42-5hrr'), flaw('GHSA-3h57-hmj3-gj3p')], rack).fixedIn
    ).toBe('2.2.6.3')
    const jackson = {
      ecosystem: 'Maven' as const,
      name: 'com.fasterxml.jackson.core:jackson-databind',
      version: '2.12.6'
    }
    expect(
      smallestFix([flaw('GHSA-57j2-w4cx-62h2'), flaw('GHSA-jjjh-jjxp-wpff')], jackson).fixedIn
    ).toBe('2.12.7.1')
  })

  it('writes Go fixes with the v the module file uses', () => {
    const net = { ecosystem: 'Go' as const, name: 'golang.org/x/net', version: 'v0.15.0' }
    const advice = smallestFix([flaw('GHSA-4374-p667-p6c8', 'GO-2023-2102')], net)
    expect(advice.fixedIn).toBe('v0.17.0')
  })

  it('says so explicitly when no fix is known', () => {
    const time = { ecosystem: 'crates.io' as const, name: 'time', version: '0.1.43' }
    const advice = smallestFix([flaw('GHSA-wcg3-cvx6-7396')], time)
    expect(advice.fixedIn).toBeUndefined()
    expect(advice.reason).toBe('no fixed version of `time` is known for GHSA-wcg3-cvx6-7396')
    const trim = { ecosystem: 'npm' as const, name: 'lodash.trim', version: '4.5.1' }
    expect(smallestFix([flaw('GHSA-29mw-wpgm-hmr9')], trim).reason).toBe(
      'no fixed version of `lodash.trim` is known for GHSA-29mw-wpgm-hmr9 (last affected: 4.5.1)'
    )
  })

  it('advises the fix for most and names the rest when no version fixes all', () => {
    const malicious = record('MAL-2022-9')
    // Variant of GHSA-27h2-hvpr-p74q moved onto the 0-dns package, so it has a fixed version.
    const jwt = record('GHSA-27h2-hvpr-p74q')
    const fixable: OsvVulnerability = {
      ...jwt,
      affected: jwt.affected?.map(entry => ({
        ...entry,
        package: { ecosystem: 'npm', name: '0-dns' }
      }))
    }
    const zeroDns = { ecosystem: 'npm' as const, name: '0-dns', version: '1.0.0' }
    const advice = smallestFix(
      [
        { id: 'MAL-2022-9', records: [malicious] },
        { id: jwt.id, records: [fixable] }
      ],
      zeroDns
    )
    expect(advice).toMatchObject({ fixedIn: '9.0.0', fixes: [jwt.id], unfixed: ['MAL-2022-9'] })
    expect(describeFix(advice, zeroDns)).toBe(
      'upgrade `0-dns` 1.0.0 → 9.0.0 (fixes 1 of 2; no fixed version of `0-dns` is known for MAL-2022-9)'
    )
  })

  it('cannot advise for a version it cannot order', () => {
    const advice = smallestFix([flaw('GHSA-29mw-wpgm-hmr9')], {
      ...lodash,
      version: 'github:lodash/lodash'
    })
    expect(advice.fixedIn).toBeUndefined()
    expect(advice.reason).toBe(
      'version "github:lodash/lodash" cannot be ordered among npm versions'
    )
  })
})

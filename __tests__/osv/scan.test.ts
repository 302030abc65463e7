import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createOsvClient, type OsvClient } from '../../src/osv/client.js'
import { parseVulnerabilitiesConfig, type VulnerabilitiesConfig } from '../../src/osv/config.js'
import { OsvUnavailableError } from '../../src/osv/errors.js'
import { scanPackages } from '../../src/osv/scan.js'
import type { OsvSource } from '../../src/osv/source.js'
import { startOsvServer, type OsvTestServer } from '../helpers/osv-server.js'
import { EXPECTED_FINDINGS, summarize } from './support/expected.js'
import { allRecords, pkg, releases, vulnerablePackages } from './support/fixtures.js'

let server: OsvTestServer
let osv: OsvClient

beforeAll(async () => {
  server = await startOsvServer({ records: allRecords(), releases: releases() })
  osv = createOsvClient({ baseUrl: server.url, backoffBaseMs: 5, maxBackoffMs: 20 })
})

afterAll(async () => {
  await server.close()
})

function config(input: unknown): VulnerabilitiesConfig {
  const parsed = parseVulnerabilitiesConfig(input)
  if (!parsed.ok) throw new Error(parsed.issues.map(issue => issue.message).join('\n'))
  return parsed.config
}

describe('scanPackages with the OSV API', () => {
  it('reports findings and fix advice for npm, PyPI, Go, Maven, crates.io, RubyGems, NuGet and Packagist', async () => {
    const result = await scanPackages(vulnerablePackages(), osv)
    expect(summarize(result)).toEqual(EXPECTED_FINDINGS)
    expect(result.errors).toEqual([])
    expect(result.unusedIgnores).toEqual([])
  })

  it('reports one flaw once under its GHSA id, listing the ids of the other databases', async () => {
    const result = await scanPackages(
      [
        pkg('Go', 'golang.org/x/net', 'v0.15.0', 5, 'go.mod'),
        pkg('PyPI', 'urllib3', '1.26.5', 3, 'poetry.lock')
      ],
      osv
    )
    const [net, urllib3] = result.findings.map(finding => finding.vulnerabilities[0])
    expect(net).toMatchObject({
      id: 'GHSA-4374-p667-p6c8',
      aliases: ['CVE-2023-39325', 'CVE-2023-44487', 'GO-2023-2102'],
      // GO-2023-2102 has no severity: the GHSA record's vector decides.
      severity: { level: 'high', score: 7.5, source: 'cvss' },
      fix: { fixedIn: 'v0.17.0' },
      url: 'https://osv.dev/vulnerability/GHSA-4374-p667-p6c8'
    })
    expect(urllib3).toMatchObject({
      id: 'GHSA-v845-jxx5-vc9f',
      aliases: ['CVE-2023-43804', 'PYSEC-2023-192']
    })
    expect(result.findings[0]?.location).toEqual({ file: 'go.mod', line: 5, column: 5 })
  })

  it('drops a withdrawn record even when a source hands it over', async () => {
    // A source replaying records downloaded earlier: one of them has since been withdrawn.
    const downloaded = await osv.getVulns(['GHSA-35c4-f3rq-f9g3', 'GHSA-crjr-9rc5-ghw8'])
    const replay: OsvSource = {
      lookup: async () => ({ records: new Map([[0, [...downloaded.values()]]]), diagnostics: [] })
    }
    const result = await scanPackages([pkg('RubyGems', 'nokogiri', '1.13.3')], replay)
    expect(result.findings[0]?.vulnerabilities.map(v => v.id)).toEqual(['GHSA-crjr-9rc5-ghw8'])
  })

  it('rates an unknown severity as configured', async () => {
    const stdlib = [pkg('Go', 'stdlib', '1.21.1', 3, 'go.mod')]
    const result = await scanPackages(stdlib, osv, config({ 'unknown-severity-as': 'critical' }))
    expect(result.findings[0]?.vulnerabilities[0]).toMatchObject({
      severity: { level: 'unknown' },
      effectiveLevel: 'critical'
    })
  })

  it('leaves out dev dependencies when include-dev is false', async () => {
    const packages = [
      pkg('npm', 'lodash', '4.17.15', 10, 'package-lock.json', { dev: true }),
      pkg('npm', 'axios', '1.5.0', 30)
    ]
    expect((await scanPackages(packages, osv)).findings).toHaveLength(2)
    const before = server.requests.length
    const result = await scanPackages(packages, osv, config({ 'include-dev': false }))
    expect(result.findings.map(f => f.package.name)).toEqual(['axios'])
    expect(server.requests.slice(before).find(r => r.path === '/v1/querybatch')?.queryCount).toBe(1)
  })

  it('keeps only fixable vulnerabilities when only-fixable is set, saying which were left out', async () => {
    const packages = [
      pkg('npm', '0-dns', '1.0.0', 40),
      pkg('crates.io', 'time', '0.1.43', 50, 'Cargo.lock'),
      pkg('npm', 'axios', '1.5.0', 30)
    ]
    const result = await scanPackages(packages, osv, config({ 'only-fixable': true }))
    expect(result.findings.map(f => f.package.name)).toEqual(['axios'])
    expect(result.ignored.map(i => [i.vulnerability.id, i.because])).toEqual([
      ['MAL-2022-9', 'only-fixable'],
      ['GHSA-wcg3-cvx6-7396', 'only-fixable']
    ])
  })

  it('fails closed: an unreachable OSV is an error, never "no vulnerabilities"', async () => {
    const down = await startOsvServer({ records: allRecords() })
    down.setOutage(503)
    const client = createOsvClient({ baseUrl: down.url, maxRetries: 1, backoffBaseMs: 5 })
    await expect(scanPackages(vulnerablePackages(), client)).rejects.toThrow(OsvUnavailableError)
    await down.close()
  })
})

describe('ignores', () => {
  const now = new Date('2026-03-01T12:00:00Z')
  const lodash = [pkg('npm', 'lodash', '4.17.15', 10)]

  it('ignores a vulnerability by any of its ids and reports unused entries', async () => {
    const result = await scanPackages(
      [...lodash, pkg('Go', 'golang.org/x/net', 'v0.15.0', 5, 'go.mod')],
      osv,
      config({
        ignore: [
          { id: 'CVE-2020-28500', reason: 'trim() only gets trusted input' },
          {
            id: 'go-2023-2102',
            reason: 'HTTP/2 is disabled at the load balancer',
            expires: '2026-12-31'
          },
          { id: 'GHSA-xxxx-yyyy-zzzz', reason: 'left over from a removed package' }
        ]
      }),
      { now }
    )
    expect(result.ignored.map(i => [i.package.name, i.vulnerability.id, i.ignore?.reason])).toEqual(
      [
        ['lodash', 'GHSA-29mw-wpgm-hmr9', 'trim() only gets trusted input'],
        ['golang.org/x/net', 'GHSA-4374-p667-p6c8', 'HTTP/2 is disabled at the load balancer']
      ]
    )
    expect(result.findings.map(f => f.advice)).toEqual([
      'upgrade `golang.org/x/net` v0.15.0 → v0.23.0 (fixes 1)',
      'upgrade `lodash` 4.17.15 → 4.17.21 (fixes 2)'
    ])
    expect(result.unusedIgnores.map(entry => entry.id)).toEqual(['GHSA-xxxx-yyyy-zzzz'])
  })

  it('limits an ignore to its package', async () => {
    const packages = [...lodash, pkg('npm', 'lodash-es', '4.17.15', 11)]
    const result = await scanPackages(
      packages,
      osv,
      config({
        ignore: [
          { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash-es', reason: 'template() is not used' }
        ]
      }),
      { now }
    )
    expect(
      result.findings.find(f => f.package.name === 'lodash')?.vulnerabilities.map(v => v.id)
    ).toContain('GHSA-35jh-r3h4-6jhm')
    expect(result.ignored.map(i => i.package.name)).toEqual(['lodash-es'])
  })

  it('no longer applies an expired ignore, and says so', async () => {
    const expired = {
      id: 'GHSA-p6mc-m468-83gw',
      reason: 'waiting for the upstream release',
      expires: '2026-02-28'
    }
    const result = await scanPackages(lodash, osv, config({ ignore: [expired] }), { now })
    expect(result.ignored).toEqual([])
    const p6mc = result.findings[0]?.vulnerabilities.find(v => v.id === 'GHSA-p6mc-m468-83gw')
    expect(p6mc?.expiredIgnore).toEqual(expired)
    expect(result.expiredIgnores).toEqual([{ entry: expired, matched: ['GHSA-p6mc-m468-83gw'] }])
    expect(result.unusedIgnores).toEqual([])
    // On its last day it still applies.
    const lastDay = await scanPackages(lodash, osv, config({ ignore: [expired] }), {
      now: new Date('2026-02-28T23:00:00Z')
    })
    expect(lastDay.ignored.map(i => i.vulnerability.id)).toEqual(['GHSA-p6mc-m468-83gw'])
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { createOsvClient } from '../../src/osv/index.js'
import { startOsvServer, type OsvTestServer } from '../helpers/osv-server.js'
import { allRecords, releases, RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'

const servers: OsvTestServer[] = []
afterEach(async () => Promise.all(servers.splice(0).map(s => s.close())))

/** A package-lock v3 with the given packages (name → version). */
function lockfile(packages: Record<string, string>): string {
  const entries = Object.entries(packages).map(
    ([name, version]) =>
      `    "node_modules/${name}": {\n      "version": "${version}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${version}.tgz"\n    }`
  )
  const deps = Object.entries(packages)
    .map(([n, v]) => `        "${n}": "${v}"`)
    .join(',\n')
  return `{\n  "name": "orders",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "orders",\n      "dependencies": {\n${deps}\n      }\n    },\n${entries.join(',\n')}\n  }\n}\n`
}

const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })
const dependencyFindings = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.findings.filter(f => f.ruleId === 'vulnerable-dependency')

describe('dependency scan in the gate', () => {
  it('finds the vulnerable package a pull request introduces, at its lockfile line, with the fix', async () => {
    const base = { 'svc/package-lock.json': lockfile({ lodash: '4.17.21', ms: '2.1.3' }) }
    const head = { 'svc/package-lock.json': lockfile({ lodash: '4.17.15', ms: '2.1.3' }) }
    const r = await scanFiles(head, base, 'scanners: [deps]', undefined, offline)
    const [f] = dependencyFindings(r)
    expect(dependencyFindings(r)).toHaveLength(1)
    expect(f).toMatchObject({
      status: 'new',
      severity: 'high',
      location: { file: 'svc/package-lock.json', line: 13 },
      dependency: { name: 'lodash', version: '4.17.15', fixedIn: '4.17.21' }
    })
    expect(f?.message).toMatch(/`lodash` 4\.17\.15 has \d+ known vulnerabilities \(GHSA-/)
    expect(f?.dependency?.advice).toMatch(/4\.17\.15 → 4\.17\.21 \(fixes \d+\)/)
    expect(r.decision).toBe('fail')
  })

  it('without dev dependencies, a dev-only package a pull request makes a dependency is new', async () => {
    // The base's copy was dev-only, so it was never looked up: in production it is what the
    // pull request brings in, and must be checked now.
    const asDev = lockfile({ lodash: '4.17.15' }).replace(
      '"version": "4.17.15",',
      '"version": "4.17.15",\n      "dev": true,'
    )
    const config = 'scanners: [deps]\nvulnerabilities:\n  include-dev: false\n'
    const head = { 'svc/package-lock.json': lockfile({ lodash: '4.17.15' }) }
    const promoted = await scanFiles(
      head,
      { 'svc/package-lock.json': asDev },
      config,
      undefined,
      offline
    )
    expect(dependencyFindings(promoted).map(f => [f.dependency?.name, f.status])).toEqual([
      ['lodash', 'new']
    ])
    // Still dev-only on both sides: not looked up, nothing new.
    const still = await scanFiles(
      { 'svc/package-lock.json': asDev },
      { 'svc/package-lock.json': asDev },
      config,
      undefined,
      offline
    )
    expect(dependencyFindings(still)).toEqual([])
  })

  it('introduces nothing when a lockfile moves with the same packages', async () => {
    const text = lockfile({ lodash: '4.17.15' })
    const r = await scanFiles(
      { 'new-place/package-lock.json': text },
      { 'old/package-lock.json': text },
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(dependencyFindings(r)).toEqual([])
    expect(r.decision).toBe('pass')
  })

  it('reports every vulnerable package of the tree in an audit', async () => {
    const r = await scanFiles(
      { 'package-lock.json': lockfile({ lodash: '4.17.15', minimist: '1.2.5' }) },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(dependencyFindings(r).map(f => [f.dependency?.name, f.status])).toEqual(
      expect.arrayContaining([
        ['lodash', 'present'],
        ['minimist', 'present']
      ])
    )
  })

  it('gives the same findings through the OSV API as from the offline records', async () => {
    const server = await startOsvServer({ records: allRecords() as never, releases: releases() })
    servers.push(server)
    const api = createOsvClient({ baseUrl: server.url, backoffBaseMs: 5 })
    // The test server orders versions from its own release table, which lists these packages.
    const files = {
      'package-lock.json': lockfile({
        lodash: '4.17.15',
        express: '4.18.2',
        axios: '1.5.0',
        ms: '2.1.3'
      })
    }
    const viaApi = dependencyFindings(
      await scanFiles(files, undefined, 'scanners: [deps]', undefined, api)
    )
    const viaFiles = dependencyFindings(
      await scanFiles(files, undefined, 'scanners: [deps]', undefined, offline)
    )
    const shape = (fs: typeof viaApi) =>
      fs.map(f => [
        f.dependency?.name,
        f.severity,
        f.dependency?.fixedIn,
        f.dependency?.vulnerabilities.map(v => v.id).sort()
      ])
    expect(shape(viaApi)).toEqual(shape(viaFiles))
    expect(viaApi.length).toBeGreaterThan(0)
  })

  it('is an error, not a pass, when the vulnerability database cannot be reached', async () => {
    const server = await startOsvServer({ records: [] })
    servers.push(server)
    server.setOutage(503)
    const api = createOsvClient({
      baseUrl: server.url,
      backoffBaseMs: 1,
      maxBackoffMs: 5,
      maxRetries: 2
    })
    const r = await scanFiles(
      { 'package-lock.json': lockfile({ lodash: '4.17.15' }) },
      undefined,
      'scanners: [deps]',
      undefined,
      api
    )
    expect(r.decision).toBe('error')
    expect(r.errors[0]).toMatchObject({
      code: 'osv-unavailable',
      message: expect.stringContaining('1 package(s) were not checked')
    })
  })

  it('is an error when a lockfile cannot be read, never clean', async () => {
    const r = await scanFiles(
      { 'package-lock.json': '{"lockfileVersion": 3, "packages": {' },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(r.decision).toBe('error')
    expect(r.errors[0]?.file).toBe('package-lock.json')
  })

  it('is an error when the only Bun lockfile is the binary bun.lockb; the rest is still checked', async () => {
    const bunLockb = (n: number) =>
      `#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0002\u0000\u0000\u0000${'\u0000'.repeat(n)}`
    const others = { 'svc/package-lock.json': lockfile({ lodash: '4.17.15' }) }
    const audit = await scanFiles(
      { ...others, 'web/bun.lockb': bunLockb(1) },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(audit.decision).toBe('error')
    expect(audit.errors.map(e => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'web/bun.lockb:1 binary-lockfile'
    ])
    expect(dependencyFindings(audit).map(f => f.dependency?.name)).toEqual(['lodash'])
  })

  it('applies vulnerability ignores by alias, and keeps them in the report', async () => {
    const config = `scanners: [deps]\nvulnerabilities:\n  ignore:\n    - id: CVE-2021-23337\n      reason: template is never called with user input\n`
    const r = await scanFiles(
      { 'package-lock.json': lockfile({ lodash: '4.17.20' }) },
      undefined,
      config,
      undefined,
      offline
    )
    const ids = dependencyFindings(r).flatMap(
      f => f.dependency?.vulnerabilities.map(v => v.id) ?? []
    )
    expect(ids).not.toContain('GHSA-35jh-r3h4-6jhm')
  })

  it('names the functions that ship the vulnerable lockfile', async () => {
    const sls =
      'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  api:\n    handler: src/api.handler\n'
    const r = await scanFiles(
      { 'svc/serverless.yml': sls, 'svc/package-lock.json': lockfile({ lodash: '4.17.15' }) },
      undefined,
      'scanners: [iac, deps]',
      undefined,
      offline
    )
    expect(dependencyFindings(r)[0]?.dependency?.functions).toEqual(['svc/serverless.yml#api'])
  })
})

describe('dependency findings in SARIF', () => {
  it('lands on the lockfile entry with ids, aliases, severity and the fix version', async () => {
    const { toSarif } = await import('../../src/report/sarif.js')
    const { allRuleMeta } = await import('../../src/report/rules-meta.js')
    const base = { 'package-lock.json': lockfile({ lodash: '4.17.21' }) }
    const head = { 'package-lock.json': lockfile({ lodash: '4.17.15' }) }
    const r = await scanFiles(head, base, 'scanners: [deps]', undefined, offline)
    const result = toSarif(r, allRuleMeta()).runs[0]!.results!.find(
      x => x.ruleId === 'vulnerable-dependency'
    )!
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'package-lock.json' },
      region: { startLine: 12, startColumn: 5 }
    })
    expect(result.baselineState).toBe('new')
    expect(result.properties).toMatchObject({
      package: 'npm/lodash',
      installedVersion: '4.17.15',
      fixedVersion: '4.17.21'
    })
    const vulns = result.properties!.vulnerabilities as {
      id: string
      aliases: string[]
      severity: string
    }[]
    expect(vulns.find(v => v.id === 'GHSA-35jh-r3h4-6jhm')).toMatchObject({
      aliases: ['CVE-2021-23337'],
      severity: 'high'
    })
  })
})

describe('the vulnerability ignore list does not rot', () => {
  it('notes an expired ignore (which no longer applies) and, in an audit, an ignore that matched nothing', async () => {
    const config = `scanners: [deps]
vulnerabilities:
  ignore:
    - id: GHSA-p6mc-m468-83gw
      reason: accepted until the upgrade
      expires: 2026-01-01
    - id: GHSA-0000-0000-0000
      reason: a package we no longer use
`
    const r = await scanFiles(
      { 'package-lock.json': lockfile({ lodash: '4.17.15' }) },
      undefined,
      config,
      undefined,
      offline
    )
    expect(r.notes.map(n => n.code).sort()).toEqual(['expired-ignore', 'unused-ignore'])
    expect(r.notes.find(n => n.code === 'expired-ignore')?.message).toMatch(
      /GHSA-p6mc-m468-83gw expired on 2026-01-01/
    )
    const ids = r.findings.flatMap(f => f.dependency?.vulnerabilities.map(v => v.id) ?? [])
    expect(ids).toContain('GHSA-p6mc-m468-83gw')
    const { renderText } = await import('../../src/report/text.js')
    expect(renderText(r)).toMatch(/Notes \(2\):[\s\S]*matched no vulnerability/)
  })

  it('attributes a vulnerable lockfile to the service it belongs to', async () => {
    const sls =
      'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  api:\n    handler: src/api.handler\n'
    const r = await scanFiles(
      {
        'services/orders/serverless.yml': sls,
        'services/orders/package-lock.json': lockfile({ lodash: '4.17.15' })
      },
      undefined,
      '',
      undefined,
      offline
    )
    expect(r.findings.find(f => f.ruleId === 'vulnerable-dependency')?.dependency).toMatchObject({
      service: 'services/orders/serverless.yml',
      functions: ['services/orders/serverless.yml#api']
    })
  })
})

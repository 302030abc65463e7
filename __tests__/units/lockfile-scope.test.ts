import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'
import type { FileSource } from '../../src/sources/types.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'

type Files = Record<string, string>
const CONFIG = '.serverless-gate.yml'
const osv = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })

/** A side whose reads are counted, path by path. */
function counted(label: string, files: Files, reads: Map<string, number>): FileSource {
  const inner = new MemorySource(label, new Map(Object.entries(files)))
  return {
    label,
    list: () => inner.list(),
    blobIds: () => inner.blobIds(),
    read: path => {
      reads.set(path, (reads.get(path) ?? 0) + 1)
      return inner.read(path)
    }
  }
}

const sls = (name: string, auth: boolean): string =>
  `service: ${name}\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  api:\n    handler: h.handler\n    events:\n      - http:\n          path: items\n          method: get\n${auth ? '          authorizer: aws_iam\n' : ''}`
const lock = (name: string, lodash: string): string =>
  JSON.stringify({
    name,
    lockfileVersion: 3,
    packages: {
      '': { name, dependencies: { lodash: '^4.17.0' } },
      'node_modules/lodash': { version: lodash }
    }
  })

const repo: Files = {
  'services/a/serverless.yml': sls('a', true),
  'services/a/package-lock.json': lock('a', '4.17.21'),
  'services/b/serverless.yml': sls('b', true),
  'services/b/package-lock.json': lock('b', '4.17.15'),
  'services/c/serverless.yml': sls('c', true),
  'services/c/package-lock.json': lock('c', '4.17.21'),
  'services/c/package.json': '{"name": "c", "dependencies": {"lodash": "^4.17.0"}}\n'
}

async function pullRequest(
  head: Files,
  scope: 'changed' | 'full' = 'changed',
  scanners?: ('iac' | 'deps')[],
  base: Files = repo
) {
  const reads = { base: new Map<string, number>(), head: new Map<string, number>() }
  const config = parseConfigText(CONFIG, '')
  const result = await runScan({
    base: counted('base', base, reads.base),
    head: counted('head', head, reads.head),
    config,
    baseConfig: config,
    configPath: CONFIG,
    settings: resolveSettings({ 'pr-scope': scope, ...(scanners ? { scanners } : {}) }, config),
    now: new Date('2026-11-22T00:00:00Z'),
    osv
  })
  const lockfilesRead = (side: Map<string, number>): string[] =>
    [...side.keys()].filter(p => /(package-lock\.json|bun\.lockb?)$/.test(p)).sort()
  return { result, base: lockfilesRead(reads.base), head: lockfilesRead(reads.head) }
}

const newFindings = (r: Awaited<ReturnType<typeof pullRequest>>['result']): string[] =>
  r.findings
    .filter(f => f.status === 'new')
    .map(f => `${f.ruleId} ${f.location.file}:${f.location.line}`)
    .sort()

describe('the lockfiles a pull request scoped to its change reads', () => {
  it('a change to a service reads no lockfile it does not reach, on either side', async () => {
    const { result, base, head } = await pullRequest({
      ...repo,
      'services/a/serverless.yml': sls('a', true).replace('items', 'things')
    })
    // Service a's function ships its own lockfile: read (from the head) for its attack paths.
    expect(base).toEqual([])
    expect(head).toEqual(['services/a/package-lock.json'])
    expect(result.coverage).toEqual({ scanned: 1, total: 6, changedFiles: 1 })
  })

  it('an edited lockfile is read on both sides, and the others only on the head', async () => {
    const edited = { ...repo, 'services/a/package-lock.json': lock('a', '4.17.11') }
    const { result, base, head } = await pullRequest(edited)
    expect(base).toEqual(['services/a/package-lock.json'])
    // A package is new only if no lockfile of the base has it: the untouched ones, the same on
    // both sides, are read from the head alone.
    expect(head).toEqual([
      'services/a/package-lock.json',
      'services/b/package-lock.json',
      'services/c/package-lock.json'
    ])
    expect(result.coverage?.scanned).toBe(2)
    const full = await pullRequest(edited, 'full')
    expect(full.base).toHaveLength(3)
    expect(newFindings(result)).toEqual(newFindings(full.result))
    expect(newFindings(result)).toContain('vulnerable-dependency services/a/package-lock.json:1')
  })

  it('a package some untouched lockfile already has is not new, as in a scan of every lockfile', async () => {
    const edited = { ...repo, 'services/a/package-lock.json': lock('a', '4.17.15') }
    const scoped = await pullRequest(edited)
    const full = await pullRequest(edited, 'full')
    expect(newFindings(scoped.result)).toEqual(newFindings(full.result))
    expect(newFindings(scoped.result).filter(f => f.startsWith('vulnerable'))).toEqual([])
  })

  it('a manifest beside a lockfile reaches it; an unreached lockfile of a modelled function is read for its paths', async () => {
    const { base, head, result } = await pullRequest({
      ...repo,
      'services/c/package.json': '{"name": "c", "dependencies": {"lodash": "^4.17.21"}}\n',
      'services/b/serverless.yml': sls('b', false)
    })
    expect(base).toEqual(['services/c/package-lock.json'])
    expect(head).toEqual(['services/b/package-lock.json', 'services/c/package-lock.json'])
    const full = await pullRequest(
      {
        ...repo,
        'services/c/package.json': '{"name": "c", "dependencies": {"lodash": "^4.17.21"}}\n',
        'services/b/serverless.yml': sls('b', false)
      },
      'full'
    )
    expect(newFindings(result)).toEqual(newFindings(full.result))
    expect(newFindings(result)).toContain(
      'path-public-vulnerable-function services/b/serverless.yml:9'
    )
  })

  it('without the IaC scanner no function ships a lockfile: a change to a service reads none', async () => {
    const edited = { ...repo, 'services/a/serverless.yml': sls('a', false) }
    const { base, head } = await pullRequest(edited, 'changed', ['deps'])
    expect([...base, ...head]).toEqual([])
  })

  it('pr-scope full reads every lockfile on both sides', async () => {
    const { base, head } = await pullRequest(repo, 'full')
    expect(base).toHaveLength(3)
    expect(head).toHaveLength(3)
  })

  it('a change to a binary bun.lockb reaches it: an error named once, and the file is never read', async () => {
    const bunLockb = (n: number) =>
      `#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0002\u0000\u0000\u0000${'\u0000'.repeat(n)}`
    const base = { ...repo, 'services/c/bun.lockb': bunLockb(1) }
    const head = { ...repo, 'services/c/bun.lockb': bunLockb(2) }
    const {
      result,
      base: baseRead,
      head: headRead
    } = await pullRequest(head, 'changed', ['deps'], base)
    expect(result.decision).toBe('error')
    expect(result.errors.map(e => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'services/c/bun.lockb:1 binary-lockfile'
    ])
    expect([...baseRead, ...headRead]).toEqual([])
    // Untouched, it is not the change's to report: a scan of the tree reports it.
    const untouched = await pullRequest(
      { ...head, 'services/a/package-lock.json': lock('a', '4.17.11') },
      'changed',
      ['deps'],
      head
    )
    expect(untouched.result.errors).toEqual([])
  })
})

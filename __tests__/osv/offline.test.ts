import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { createOsvClient } from '../../src/osv/client.js'
import { OsvUnavailableError } from '../../src/osv/errors.js'
import { openOfflineDatabase } from '../../src/osv/offline.js'
import { scanPackages } from '../../src/osv/scan.js'
import { startOsvServer } from '../helpers/osv-server.js'
import { EXPECTED_FINDINGS, summarize } from './support/expected.js'
import { allRecords, pkg, RECORDS_DIR, releases, vulnerablePackages } from './support/fixtures.js'

let work: string

/** An `all.zip` as OSV exports it: one `<ID>.json` per record at the top level. */
async function zipOfRecords(extra: Record<string, Uint8Array> = {}): Promise<string> {
  const files: Record<string, Uint8Array> = { ...extra }
  for (const name of await readdir(RECORDS_DIR))
    files[name] = await readFile(join(RECORDS_DIR, name))
  const path = join(work, `all-${Object.keys(extra).length}.zip`)
  await writeFile(path, zipSync(files))
  return path
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'osv-offline-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('offline database', () => {
  it('gives the same findings as the API for the same records, from a directory and from all.zip', async () => {
    const server = await startOsvServer({ records: allRecords(), releases: releases() })
    const viaApi = await scanPackages(
      vulnerablePackages(),
      createOsvClient({ baseUrl: server.url })
    )
    await server.close()

    const directory = await openOfflineDatabase(RECORDS_DIR)
    const zip = await openOfflineDatabase(await zipOfRecords())
    expect(directory.recordCount).toBe(allRecords().length)
    expect(zip.recordCount).toBe(allRecords().length)
    for (const database of [directory, zip]) {
      const offline = await scanPackages(vulnerablePackages(), database)
      expect(summarize(offline)).toEqual(EXPECTED_FINDINGS)
      expect(offline.findings).toEqual(viaApi.findings)
      expect(offline.errors).toEqual([])
    }
  })

  it('leaves withdrawn records out, as the API does', async () => {
    const database = await openOfflineDatabase(RECORDS_DIR)
    // GHSA-35c4-f3rq-f9g3 (withdrawn) covers activesupport 4.2.1.
    const result = await database.lookup([pkg('RubyGems', 'activesupport', '4.2.1')])
    expect(result.records.size).toBe(0)
  })

  it('reports, at the lockfile entry, a package whose version cannot be compared', async () => {
    const database = await openOfflineDatabase(RECORDS_DIR)
    const result = await database.lookup([pkg('npm', 'lodash', 'github:lodash/lodash', 17)])
    expect(result.diagnostics).toEqual([
      {
        file: 'package-lock.json',
        line: 17,
        column: 5,
        severity: 'error',
        code: 'osv-version-unordered',
        message:
          'npm package `lodash` has version "github:lodash/lodash", which cannot be compared with the offline database\'s ranges: it was not checked'
      }
    ])
  })

  it('answers a record once per package, by normalised name, among packages it does not cover', async () => {
    const dir = join(work, 'twice')
    await mkdir(dir)
    const range = (introduced: string, fixed: string) => ({
      type: 'ECOSYSTEM',
      events: [{ introduced }, { fixed }]
    })
    const record = {
      id: 'PYSEC-TEST-1',
      modified: '2024-01-01T00:00:00Z',
      affected: [
        { package: { ecosystem: 'PyPI', name: 'Django_Utils' }, ranges: [range('0', '1.1')] },
        { package: { ecosystem: 'PyPI', name: 'django-utils' }, ranges: [range('2.0', '2.1')] },
        { package: { ecosystem: 'npm', name: 'django-utils' }, ranges: [range('0', '9')] }
      ]
    }
    await writeFile(join(dir, 'PYSEC-TEST-1.json'), JSON.stringify(record))
    const database = await openOfflineDatabase(dir)
    const result = await database.lookup([
      pkg('PyPI', 'unrelated', '1.0'),
      pkg('PyPI', 'django.utils', '1.0'),
      pkg('PyPI', 'django-utils', '1.5'),
      pkg('Go', 'django-utils', '1.0')
    ])
    expect([...result.records].map(([at, found]) => [at, found.map(r => r.id)])).toEqual([
      [1, ['PYSEC-TEST-1']]
    ])
    expect(result.diagnostics).toEqual([])
  })

  it('a malformed record beside valid ones is an error naming it, and the valid ones still match', async () => {
    const dir = join(work, 'with-broken')
    await mkdir(dir)
    for (const name of await readdir(RECORDS_DIR))
      await writeFile(join(dir, name), await readFile(join(RECORDS_DIR, name)))
    await writeFile(join(dir, 'GHSA-zzzz-broken.json'), '{"id": "GHSA-zzzz-broken", "affected": [')
    const database = await openOfflineDatabase(dir)
    const result = await scanPackages(vulnerablePackages(), database)
    expect(summarize(result)).toEqual(EXPECTED_FINDINGS)
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'GHSA-zzzz-broken.json',
        severity: 'error',
        code: 'osv-offline-record',
        message: expect.stringMatching(
          /^GHSA-zzzz-broken\.json: is not valid JSON .*; the packages this offline vulnerability record describes were not checked against it$/
        )
      })
    ])
    // Said once, not on every lookup.
    expect((await database.lookup(vulnerablePackages())).diagnostics).toEqual([])
  })

  it('reads all.zip exports in per-ecosystem sub-folders (npm/all.zip, PyPI/all.zip)', async () => {
    const dir = join(work, 'per-ecosystem')
    const records = await readdir(RECORDS_DIR)
    const byEcosystem = new Map<string, Record<string, Uint8Array>>()
    for (const name of records) {
      const text = await readFile(join(RECORDS_DIR, name))
      const ecosystem =
        (JSON.parse(text.toString()) as { affected?: { package?: { ecosystem?: string } }[] })
          .affected?.[0]?.package?.ecosystem ?? 'other'
      const files = byEcosystem.get(ecosystem) ?? {}
      files[name] = text
      byEcosystem.set(ecosystem, files)
    }
    expect(byEcosystem.size).toBeGreaterThan(1)
    for (const [ecosystem, files] of byEcosystem) {
      await mkdir(join(dir, ecosystem), { recursive: true })
      await writeFile(join(dir, ecosystem, 'all.zip'), zipSync(files))
    }
    const database = await openOfflineDatabase(dir)
    expect(database.recordCount).toBe(allRecords().length)
    const result = await scanPackages(vulnerablePackages(), database)
    expect(summarize(result)).toEqual(EXPECTED_FINDINGS)
    expect(result.errors).toEqual([])
  })

  it('names a broken record inside a sub-folder export by the archive and entry', async () => {
    const dir = join(work, 'nested-broken')
    await mkdir(join(dir, 'PyPI'), { recursive: true })
    await writeFile(
      join(dir, 'PyPI', 'all.zip'),
      zipSync({
        'PYSEC-0000-1.json': strToU8('{"id": 1}'),
        ...Object.fromEntries(
          (await readdir(RECORDS_DIR)).slice(0, 1).map(n => [n, new Uint8Array()])
        )
      })
    )
    await writeFile(
      join(dir, 'ok.json'),
      await readFile(join(RECORDS_DIR, (await readdir(RECORDS_DIR))[0] as string))
    )
    const database = await openOfflineDatabase(dir)
    expect(database.problems.map(p => p.file)).toEqual(
      expect.arrayContaining(['PyPI/all.zip:PYSEC-0000-1.json'])
    )
  })

  it('skips unreadable records with a located problem and reads the rest', async () => {
    const path = await zipOfRecords({
      'broken.json': strToU8('{"id": "GHSA-broken", "modified": '),
      'not-a-record.json': strToU8('{"hello": "world"}'),
      'README.txt': strToU8('not a record')
    })
    const database = await openOfflineDatabase(path)
    expect(database.recordCount).toBe(allRecords().length)
    expect(database.problems.map(p => [p.file, p.code])).toEqual([
      ['broken.json', 'osv-offline-record'],
      ['not-a-record.json', 'osv-offline-record']
    ])
    expect(database.problems[1]?.message).toMatch(/^not-a-record\.json: is not an OSV record: id: /)
  })

  it('refuses a database it cannot read or that holds no records (fails closed)', async () => {
    const notZip = join(work, 'not-a.zip')
    await writeFile(notZip, 'this is not a zip archive')
    await expect(openOfflineDatabase(notZip)).rejects.toThrow(OsvUnavailableError)
    const empty = join(work, 'empty')
    await mkdir(empty)
    await expect(openOfflineDatabase(empty)).rejects.toThrow(
      `The offline vulnerability database ${empty} holds no OSV records`
    )
    await expect(openOfflineDatabase(join(work, 'missing'))).rejects.toMatchObject({
      reason: 'offline-database'
    })
  })
})

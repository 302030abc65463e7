import { afterEach, describe, expect, it } from '@jest/globals'
import { parseRetryAfter } from '../../src/osv/backoff.js'
import { createOsvClient, type OsvClientOptions } from '../../src/osv/client.js'
import { OsvUnavailableError } from '../../src/osv/errors.js'
import { startOsvServer, type OsvServerOptions, type OsvTestServer } from '../helpers/osv-server.js'
import { allRecords, pkg, releases } from './support/fixtures.js'

let server: OsvTestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: Partial<OsvServerOptions> = {}): Promise<OsvTestServer> {
  server = await startOsvServer({ records: allRecords(), releases: releases(), ...options })
  return server
}

function client(srv: OsvTestServer, options: OsvClientOptions = {}) {
  return createOsvClient({
    baseUrl: srv.url,
    concurrency: 4,
    requestTimeoutMs: 2000,
    deadlineMs: 20_000,
    maxRetries: 3,
    backoffBaseMs: 5,
    maxBackoffMs: 20,
    userAgent: 'serverless-gate-tests',
    ...options
  })
}

const lodash = pkg('npm', 'lodash', '4.17.15')
const express = pkg('npm', 'express', '4.18.2')
const leftPad = pkg('npm', 'left-pad', '1.3.0')
const ids = (refs: { id: string }[] | undefined) => (refs ?? []).map(ref => ref.id).sort()
const batches = (srv: OsvTestServer) => srv.requests.filter(r => r.path === '/v1/querybatch')

describe('OSV client', () => {
  it('queries a batch and downloads each distinct record once', async () => {
    const srv = await start()
    const osv = client(srv)
    const hits = await osv.queryBatch([lodash, express, leftPad, lodash])
    expect(ids(hits.get(0))).toEqual([
      'GHSA-29mw-wpgm-hmr9',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-p6mc-m468-83gw'
    ])
    expect(ids(hits.get(1))).toEqual(['GHSA-qw6h-vgh9-j6wx', 'GHSA-rv95-896h-c2vc'])
    expect(hits.get(2)).toEqual([])
    expect(ids(hits.get(3))).toEqual(ids(hits.get(0)))
    // The repeated lodash was asked about once.
    expect(batches(srv).map(r => r.queryCount)).toEqual([3])
    expect(srv.requests[0]?.userAgent).toBe('serverless-gate-tests')

    const result = await osv.lookup([lodash, express, lodash])
    expect(
      result.records
        .get(0)
        ?.map(r => r.id)
        .sort()
    ).toEqual(ids(hits.get(0)))
    expect(result.records.get(0)?.[0]?.summary).toBeDefined()
    const downloads = srv.requests.filter(r => r.method === 'GET').map(r => r.path)
    expect(downloads.sort()).toEqual([
      '/v1/vulns/GHSA-29mw-wpgm-hmr9',
      '/v1/vulns/GHSA-35jh-r3h4-6jhm',
      '/v1/vulns/GHSA-p6mc-m468-83gw',
      '/v1/vulns/GHSA-qw6h-vgh9-j6wx',
      '/v1/vulns/GHSA-rv95-896h-c2vc'
    ])
    // A second lookup on the same client reuses the downloaded records.
    await osv.lookup([lodash])
    expect(srv.requests.filter(r => r.method === 'GET')).toHaveLength(5)
  })

  it('follows next_page_token per query, re-sending only the queries that got one', async () => {
    const srv = await start({ pageSize: 1 })
    const hits = await client(srv).queryBatch([lodash, leftPad, express])
    expect(ids(hits.get(0))).toEqual([
      'GHSA-29mw-wpgm-hmr9',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-p6mc-m468-83gw'
    ])
    expect(ids(hits.get(2))).toEqual(['GHSA-qw6h-vgh9-j6wx', 'GHSA-rv95-896h-c2vc'])
    expect(batches(srv).map(r => [r.queryCount, r.pagedQueries])).toEqual([
      [3, 0],
      [2, 2],
      [1, 1]
    ])
  })

  it('keeps paging through pages that hold only a token', async () => {
    const srv = await start({ tokenOnlyPages: 2 })
    const hits = await client(srv).queryBatch([lodash, leftPad])
    expect(ids(hits.get(0))).toHaveLength(3)
    expect(hits.get(1)).toEqual([])
    expect(batches(srv).map(r => r.queryCount)).toEqual([2, 2, 2])
  })

  it('sends at most 1,000 queries per batch: 2,500 packages make 3 batches', async () => {
    const srv = await start()
    const packages = Array.from({ length: 2500 }, (_, i) => pkg('npm', `pkg-${i}`, '1.0.0', i + 1))
    packages[1234] = lodash
    const hits = await client(srv).queryBatch(packages)
    expect(hits.size).toBe(2500)
    expect(ids(hits.get(1234))).toHaveLength(3)
    expect(
      batches(srv)
        .map(r => r.queryCount)
        .sort()
    ).toEqual([1000, 1000, 500])
  })

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const srv = await start()
    srv.inject({ kind: 'status', status: 429, retryAfter: '1' })
    const logs: string[] = []
    const started = Date.now()
    const hits = await client(srv, { onLog: line => logs.push(line) }).queryBatch([lodash])
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(ids(hits.get(0))).toHaveLength(3)
    expect(batches(srv).map(r => r.status)).toEqual([429, 200])
    expect(logs).toEqual([
      'OSV POST /v1/querybatch: HTTP 429; retrying in 1000 ms (attempt 2 of 4)'
    ])
  })

  it('retries 500 and 503 answers with backoff', async () => {
    const srv = await start()
    srv.inject({ kind: 'status', status: 500, times: 2 })
    srv.inject({ kind: 'status', status: 503 })
    const hits = await client(srv).queryBatch([express])
    expect(ids(hits.get(0))).toHaveLength(2)
    expect(batches(srv).map(r => r.status)).toEqual([500, 500, 503, 200])
  })

  it('retries a request that outlives its timeout', async () => {
    const srv = await start()
    srv.inject({ kind: 'delay', ms: 1500, path: 'vulns' })
    const records = await client(srv, { requestTimeoutMs: 300 }).getVulns(['GHSA-29mw-wpgm-hmr9'])
    expect(records.get('GHSA-29mw-wpgm-hmr9')?.aliases).toEqual(['CVE-2020-28500'])
    expect(srv.requests.filter(r => r.method === 'GET')).toHaveLength(2)
  })

  it('retries a body cut short in transit or holding half the JSON', async () => {
    const srv = await start()
    srv.inject({ kind: 'truncate', path: 'querybatch' })
    srv.inject({ kind: 'cut-json', path: 'querybatch' })
    const hits = await client(srv).queryBatch([lodash])
    expect(ids(hits.get(0))).toHaveLength(3)
    expect(batches(srv)).toHaveLength(3)
  })

  it('throws OsvUnavailableError when OSV stays down, saying how many attempts were made', async () => {
    const srv = await start()
    srv.setOutage(503)
    const failure = client(srv, { maxRetries: 2 }).lookup([lodash])
    await expect(failure).rejects.toThrow(OsvUnavailableError)
    await expect(failure).rejects.toMatchObject({
      reason: 'unreachable',
      attempts: 3,
      status: 503,
      message: 'OSV API unreachable: POST /v1/querybatch failed after 3 attempts (last: HTTP 503)'
    })
    srv.setOutage('reset')
    await expect(client(srv, { maxRetries: 1 }).lookup([lodash])).rejects.toThrow(
      /^OSV API unreachable: POST \/v1\/querybatch failed after 2 attempts \(last: network error: /
    )
  })

  it('gives up at the deadline instead of waiting out a long Retry-After', async () => {
    const srv = await start()
    srv.inject({ kind: 'status', status: 429, retryAfter: '30' })
    const started = Date.now()
    const failure = client(srv, { deadlineMs: 1000 }).queryBatch([lodash])
    await expect(failure).rejects.toMatchObject({ name: 'OsvUnavailableError', reason: 'deadline' })
    expect(Date.now() - started).toBeLessThan(900)
  })

  it('stops at the deadline while requests keep timing out', async () => {
    const srv = await start()
    srv.inject({ kind: 'delay', ms: 5000, times: 10 })
    const failure = client(srv, { deadlineMs: 700, requestTimeoutMs: 400 }).queryBatch([lodash])
    await expect(failure).rejects.toThrow(
      /^OSV API did not answer within the 700 ms deadline: POST \/v1\/querybatch/
    )
  })

  it('does not retry other 4xx answers', async () => {
    const srv = await start()
    const failure = client(srv).getVulns(['GHSA-0000-0000-0000'])
    await expect(failure).rejects.toMatchObject({ reason: 'rejected', status: 404, attempts: 1 })
    await expect(failure).rejects.toThrow(
      'OSV API rejected GET /v1/vulns/GHSA-0000-0000-0000 with HTTP 404'
    )
    expect(srv.requests).toHaveLength(1)
  })

  it('rejects a body that is not what the API documents', async () => {
    const srv = await start()
    srv.inject({ kind: 'status', status: 200, body: '{"results":[{"vulns":[{"id":42}]}]}' })
    await expect(client(srv).queryBatch([lodash])).rejects.toMatchObject({
      reason: 'invalid-response'
    })
    srv.inject({ kind: 'status', status: 200, body: '{"results":[]}' })
    await expect(client(srv).queryBatch([lodash])).rejects.toThrow(
      'OSV API answered a querybatch of 1 queries with 0 results'
    )
  })

  it('URL-encodes ids and bounds the downloads in flight', async () => {
    const srv = await start({ latencyMs: 30 })
    const all = allRecords().map(r => r.id)
    const records = await client(srv, { concurrency: 3 }).getVulns(all)
    expect(records.size).toBe(all.length)
    expect(srv.maxInFlight).toBe(3)
    await expect(client(srv).getVulns(['weird/id'])).rejects.toMatchObject({ status: 404 })
    expect(srv.requests.at(-1)?.path).toBe('/v1/vulns/weird%2Fid')
  })
})

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:02 GMT', now)).toBe(2000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

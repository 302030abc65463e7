import { afterEach, describe, expect, it } from '@jest/globals'
import { startOsvServer, type OsvTestServer } from '../helpers/osv-server.js'
import { allRecords, releases } from './support/fixtures.js'

// The loopback server is the tests' stand-in for api.osv.dev: these check it keeps the documented
// contract, so the client tests exercise real API behaviour.

let server: OsvTestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function post(
  srv: OsvTestServer,
  queries: object[]
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${srv.url}/v1/querybatch`, {
    method: 'POST',
    body: JSON.stringify({ queries })
  })
  return { status: response.status, body: await response.json() }
}

const query = (ecosystem: string, name: string, version: string) => ({
  package: { ecosystem, name },
  version
})

describe('loopback OSV server', () => {
  it('answers a query with no hits as {} and keeps the input order', async () => {
    server = await startOsvServer({ records: allRecords(), releases: releases() })
    const { status, body } = await post(server, [
      query('npm', 'left-pad', '1.3.0'),
      query('npm', 'axios', '1.5.0')
    ])
    expect(status).toBe(200)
    expect(body).toEqual({
      results: [{}, { vulns: [{ id: 'GHSA-wf5p-g6vw-rhxx', modified: '2023-11-10T00:35:38Z' }] }]
    })
  })

  it('refuses more than 1,000 queries with a 400', async () => {
    server = await startOsvServer({ records: allRecords() })
    const { status, body } = await post(
      server,
      Array.from({ length: 1001 }, () => query('npm', 'x', '1.0.0'))
    )
    expect(status).toBe(400)
    expect(body).toEqual({ code: 3, message: 'Too many queries.' })
  })

  it('serves records by id (withdrawn ones too) and a JSON 404 for unknown ids', async () => {
    server = await startOsvServer({ records: allRecords() })
    const withdrawn = await fetch(`${server.url}/v1/vulns/GHSA-35c4-f3rq-f9g3`)
    expect(await withdrawn.json()).toMatchObject({ withdrawn: '2018-10-11T17:29:49Z' })
    const missing = await fetch(`${server.url}/v1/vulns/CVE-1999-0001`)
    expect([missing.status, await missing.json()]).toEqual([
      404,
      { code: 5, message: 'Vulnerability not found.' }
    ])
  })

  it('matches SEMVER ranges itself and ECOSYSTEM ranges from the release lists', async () => {
    server = await startOsvServer({ records: allRecords(), releases: releases() })
    const { body } = await post(server, [
      query('Go', 'stdlib', '1.21.2'),
      query('Go', 'stdlib', '1.21.3'),
      query('PyPI', 'DJANGO', '4.2.2'),
      // Not in the release list: OSV.dev cannot place it either.
      query('PyPI', 'Django', '4.2.99')
    ])
    const ids = (body as { results: { vulns?: { id: string }[] }[] }).results.map(r =>
      (r.vulns ?? []).map(v => v.id)
    )
    expect(ids).toEqual([['GO-2023-2102'], [], ['GHSA-jh3w-4vvf-mjgr'], []])
  })
})

import { describe, expect, it } from '@jest/globals'
import { benchOsvScan } from '../../bench/osv.js'

describe('OSV scan benchmark', () => {
  it('makes the minimum number of requests: one batch per 1,000 packages, one download per vulnerability', async () => {
    // A smaller, quicker run of the benchmark; wall time is judged by `npm run bench`, not here.
    const result = await benchOsvScan({ packages: 2500, latencyMs: 5, concurrency: 4, runs: 1 })
    expect(result).toMatchObject({
      packages: 2500,
      batchRequests: 3,
      recordRequests: 16,
      expectedRequests: 19,
      requestsOk: true,
      findings: 8
    })
    expect(result.maxInFlight).toBeLessThanOrEqual(4)
  })
})

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { benchLockfileParsing } from './deps-parse.js'
import { benchIac } from './iac.js'
import { benchMonorepoPullRequest } from './monorepo/pull-request.js'
import type { Measurement } from './measure.js'
import { benchOsvScan } from './osv.js'

/**
 * `npm run bench`: speed targets as ratios against baselines measured in the same run, so a
 * shared, noisy machine moves both sides alike. Exits 1 when a target is missed.
 */
const corpus = fileURLToPath(new URL('../../shared/corpus/iac', import.meta.url))
const results: Measurement[] = []
const notes: string[] = []

if (existsSync(corpus)) results.push(...(await benchIac(corpus)))
else notes.push(`IaC corpus not found at ${corpus}: IaC benchmarks skipped`)

for (const r of await benchLockfileParsing()) {
  results.push({
    name: `parse ${r.name} (${r.packages} packages) vs JSON.parse`,
    ms: r.lockfileParseMs,
    baselineMs: r.jsonParseMs,
    ratio: r.ratio,
    target: 1.5
  })
}

const osv = await benchOsvScan()
results.push({
  name: `OSV scan of ${osv.packages} packages at ${osv.latencyMs} ms latency vs the ideal for concurrency ${osv.concurrency}`,
  ms: osv.wallMs,
  baselineMs: osv.idealMs,
  ratio: osv.ratio,
  target: 1.5
})
if (!osv.requestsOk)
  notes.push(
    `OSV scan made ${osv.batchRequests + osv.recordRequests} requests, expected ${osv.expectedRequests}`
  )

const monorepo = await benchMonorepoPullRequest()
results.push(...monorepo.results)
notes.push(...monorepo.notes)

const rows = results.map(
  r =>
    `${r.ratio <= r.target ? 'ok  ' : 'MISS'}  ${r.ratio.toFixed(2).padStart(6)}x (target ≤ ${r.target}x)  ${r.ms.toFixed(1).padStart(9)} ms vs ${r.baselineMs.toFixed(1).padStart(9)} ms  ${r.name}`
)
console.log(['serverless-gate benchmarks', ...rows, ...notes].join('\n'))
process.exitCode = results.every(r => r.ratio <= r.target) && osv.requestsOk ? 0 : 1

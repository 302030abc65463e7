import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { benchLockfileParsing } from './deps-parse.js'
import { benchDependencyScan } from './deps-scan.js'
import { benchIac } from './iac.js'
import { benchMonorepoPullRequest } from './monorepo/pull-request.js'
import { benchLargeTemplate } from './large-template.js'
import type { Measurement } from './measure.js'
import { benchFullAudit, MAX_PEAK_RSS_MB } from './monorepo/full-audit.js'
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

const scan = await benchDependencyScan()
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
results.push({
  name: `CLI dependency scan of a ${scan.entries}-entry package-lock.json (${mb(scan.bytes)}, offline OSV) vs node start + JSON.parse`,
  ms: scan.scanMs,
  baselineMs: scan.baselineMs,
  ratio: scan.ratio,
  target: 1.5
})
results.push({
  name: `peak RSS of that scan ${mb(scan.peakRssBytes)} vs 4 x file size + the CLI's RSS on an empty repository (${mb(scan.baselineRssBytes)})`,
  ms: scan.peakRssBytes / 1024 / 1024,
  baselineMs: (4 * scan.bytes + scan.baselineRssBytes) / 1024 / 1024,
  ratio: scan.rssRatio,
  target: 1,
  unit: 'MB'
})
if (!scan.reported)
  notes.push('the large lockfile scan did not report its lodash 4.17.20: it was not read')

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
const audit = await benchFullAudit()
results.push(audit.measurement)
notes.push(
  `full audit peak RSS: ${audit.peakRssMb.toFixed(0)} MB (target ≤ ${MAX_PEAK_RSS_MB} MB; baseline process ${audit.baselineRssMb.toFixed(0)} MB)`
)
if (!audit.ok) notes.push(`MISS  full audit: ${audit.failure ?? 'peak RSS over target'}`)

const large = await benchLargeTemplate()
results.push(large.measurement)
notes.push(`64 MiB template peak RSS: ${large.peakRssMb.toFixed(0)} MB`)
if (!large.ok) notes.push(`MISS  64 MiB template: ${large.failure ?? ''}`)

const rows = results.map(
  r =>
    `${r.ratio <= r.target ? 'ok  ' : 'MISS'}  ${r.ratio.toFixed(2).padStart(6)}x (target ≤ ${r.target}x)  ${r.ms.toFixed(1).padStart(9)} ${r.unit ?? 'ms'} vs ${r.baselineMs.toFixed(1).padStart(9)} ${r.unit ?? 'ms'}  ${r.name}`
)
console.log(['serverless-gate benchmarks', ...rows, ...notes].join('\n'))
process.exitCode =
  results.every(r => r.ratio <= r.target) && osv.requestsOk && scan.reported && audit.ok && large.ok
    ? 0
    : 1

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createOsvClient } from '../src/osv/client.js'
import type { PackageRef } from '../src/osv/package-ref.js'
import { scanPackages } from '../src/osv/scan.js'
import { startOsvServer } from '../__tests__/helpers/osv-server.js'
import {
  ServerIndex,
  type ReleaseTable,
  type ServedRecord
} from '../__tests__/osv/support/server-index.js'

/**
 * A 10,000-package dependency scan against the loopback OSV server with 50 ms added to every
 * answer. It checks that the scan makes the minimum number of requests (one querybatch per 1,000
 * packages, one download per distinct vulnerability) and that its wall time stays within 1.5× of
 * the ideal for the configured concurrency (every round of parallel requests costing one latency).
 */

export interface OsvBenchOptions {
  packages?: number
  latencyMs?: number
  concurrency?: number
  /**
   * Timed runs after one untimed warm-up; the fastest counts (the machine is shared). Default 9:
   * a run lasts a fraction of a second, and its wall time moves with every other process.
   */
  runs?: number
}

export interface OsvBenchResult {
  packages: number
  concurrency: number
  latencyMs: number
  batchRequests: number
  recordRequests: number
  expectedRequests: number
  requestsOk: boolean
  /** The most requests the server saw at once (never above the concurrency). */
  maxInFlight: number
  findings: number
  wallMs: number
  /** CPU time the client and the loopback server spent in that run. */
  cpuMs: number
  idealMs: number
  ratio: number
  timeOk: boolean
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'osv')
const VULNERABLE: [PackageRef['ecosystem'], string, string][] = [
  ['npm', 'lodash', '4.17.15'],
  ['npm', 'express', '4.18.2'],
  ['npm', 'axios', '1.5.0'],
  ['PyPI', 'urllib3', '1.26.5'],
  ['Go', 'golang.org/x/net', 'v0.15.0'],
  ['Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1'],
  ['crates.io', 'tokio', '1.8.1'],
  ['RubyGems', 'rack', '2.2.3']
]

function loadRecords(): ServedRecord[] {
  const dir = join(FIXTURES, 'records')
  return readdirSync(dir)
    .filter(name => name.endsWith('.json'))
    .map(name => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ServedRecord)
}

/** Distinct synthetic packages, with the known-vulnerable ones spread through them. */
function benchPackages(count: number): PackageRef[] {
  const packages: PackageRef[] = Array.from({ length: count }, (_, i) => ({
    ecosystem: 'npm',
    name: `bench-package-${i}`,
    version: `1.${i % 7}.${i % 13}`,
    location: { file: 'package-lock.json', line: i + 2, column: 5 }
  }))
  VULNERABLE.forEach(([ecosystem, name, version], i) => {
    const at = Math.floor(((i + 0.5) * count) / VULNERABLE.length)
    packages[at] = {
      ecosystem,
      name,
      version,
      location: { file: 'lockfile', line: at + 2, column: 5 }
    }
  })
  return packages
}

export async function benchOsvScan(options: OsvBenchOptions = {}): Promise<OsvBenchResult> {
  const count = options.packages ?? 10_000
  const latencyMs = options.latencyMs ?? 50
  const concurrency = options.concurrency ?? 10
  const records = loadRecords()
  const releases = JSON.parse(readFileSync(join(FIXTURES, 'releases.json'), 'utf8')) as ReleaseTable
  const packages = benchPackages(count)
  // What a perfect client asks for, worked out from the server's own index.
  const index = new ServerIndex(records, releases)
  const distinct = new Set(
    packages.flatMap(p =>
      index.hits(p.ecosystem, p.name, p.version.replace(/^v/, '')).map(hit => hit.id)
    )
  )
  const batches = Math.ceil(count / 1000)
  const expectedRequests = batches + distinct.size
  const idealMs =
    (Math.ceil(batches / concurrency) + Math.ceil(distinct.size / concurrency)) * latencyMs

  let best: OsvBenchResult | undefined
  // Run 0 warms up (module loading, JIT, first connections) and is not counted.
  for (let run = 0; run <= (options.runs ?? 9); run++) {
    const server = await startOsvServer({ records, releases, latencyMs })
    try {
      const client = createOsvClient({ baseUrl: server.url, concurrency })
      const cpu = process.cpuUsage()
      const started = performance.now()
      const result = await scanPackages(packages, client)
      const wallMs = Math.round(performance.now() - started)
      const { user, system } = process.cpuUsage(cpu)
      const batchRequests = server.requests.filter(r => r.path === '/v1/querybatch').length
      const recordRequests = server.requests.filter(r => r.method === 'GET').length
      const ratio = Math.round((wallMs / idealMs) * 100) / 100
      const current: OsvBenchResult = {
        packages: count,
        concurrency,
        latencyMs,
        batchRequests,
        recordRequests,
        expectedRequests,
        requestsOk:
          batchRequests === batches && batchRequests + recordRequests === expectedRequests,
        maxInFlight: server.maxInFlight,
        findings: result.findings.length,
        wallMs,
        cpuMs: Math.round((user + system) / 1000),
        idealMs,
        ratio,
        timeOk: ratio <= 1.5
      }
      // Any run asking more than the minimum fails the bench; otherwise the fastest run counts.
      if (
        best === undefined ||
        !current.requestsOk ||
        (best.requestsOk && current.wallMs < best.wallMs)
      ) {
        best = current
      }
    } finally {
      await server.close()
    }
  }
  return best as OsvBenchResult
}

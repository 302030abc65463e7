import { requestJson, type HttpSettings } from './http.js'
import { allOrFirstError, createLimiter } from './pool.js'
import { runQueryBatch, type PackageQueryInput } from './querybatch.js'
import { validateRecord } from './responses.js'
import { withRun, type Run } from './run.js'
import type { OsvVulnerability, OsvVulnRef } from './schemas.js'
import type { LookupResult, OsvSource } from './source.js'

export type { PackageQueryInput } from './querybatch.js'

export interface OsvClientOptions {
  /** Default `https://api.osv.dev`. */
  baseUrl?: string
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Requests in flight at once, batches and record downloads together. Default 10. */
  concurrency?: number
  /** One request (answer and body) may take this long before it is retried. Default 40 s. */
  requestTimeoutMs?: number
  /** A whole call (`lookup`, `queryBatch`, `getVulns`) must finish within this. Default 5 min. */
  deadlineMs?: number
  /** Retries after the first attempt of each request. Default 3. */
  maxRetries?: number
  userAgent?: string
  /** First backoff step; doubles on each retry. Default 1 s. */
  backoffBaseMs?: number
  /** Ceiling of one backoff step. Default 30 s. */
  maxBackoffMs?: number
  onLog?: (message: string) => void
}

export interface OsvClient extends OsvSource {
  /** The `{id, modified}` hits of every package, by the package's index in the input. */
  queryBatch(packages: readonly PackageQueryInput[]): Promise<Map<number, OsvVulnRef[]>>
  /** Full records, by id; each distinct id is downloaded once per client. */
  getVulns(ids: Iterable<string>): Promise<Map<string, OsvVulnerability>>
}

/**
 * The OSV API client: `POST /v1/querybatch` for the ids affecting each package, then
 * `GET /v1/vulns/{id}` once per distinct id. Any failure it cannot retry away, or an expired
 * deadline, throws `OsvUnavailableError`; it never returns a partial answer.
 */
export function createOsvClient(options: OsvClientOptions = {}): OsvClient {
  const http: HttpSettings = {
    baseUrl: options.baseUrl ?? 'https://api.osv.dev',
    fetch: options.fetch ?? globalThis.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? 40_000,
    maxRetries: options.maxRetries ?? 3,
    userAgent: options.userAgent ?? 'serverless-gate',
    backoffBaseMs: options.backoffBaseMs ?? 1000,
    maxBackoffMs: options.maxBackoffMs ?? 30_000,
    limiter: createLimiter(Math.max(1, options.concurrency ?? 10)),
    onLog: options.onLog
  }
  const deadlineMs = options.deadlineMs ?? 300_000
  const records = new Map<string, Promise<OsvVulnerability>>()

  /** The record's download, started on first request; a failed one is forgotten. */
  function recordFor(run: Run, id: string): Promise<OsvVulnerability> {
    let pending = records.get(id)
    if (pending === undefined) {
      pending = fetchRecord(http, run, id)
      records.set(id, pending)
      // The first failure stops the run (and everything else in flight).
      pending.catch((error: Error) => {
        records.delete(id)
        run.fail(error)
      })
    }
    return pending
  }

  async function download(run: Run, ids: Iterable<string>): Promise<Map<string, OsvVulnerability>> {
    const distinct = [...new Set(ids)]
    const list = await allOrFirstError(
      distinct.map(id => recordFor(run, id)),
      error => run.fail(error)
    )
    return new Map(list.map((record, i) => [distinct[i] as string, record]))
  }

  async function lookupIn(run: Run, packages: readonly PackageQueryInput[]): Promise<LookupResult> {
    // Records of a finished chunk download while the other chunks are still being answered.
    const hits = await runQueryBatch(http, run, packages, chunkHits => {
      for (const refs of chunkHits) for (const ref of refs) void recordFor(run, ref.id)
    })
    const ids = [...hits.values()].flatMap(refs => refs.map(ref => ref.id))
    return attachRecords(hits, await download(run, ids))
  }

  return {
    queryBatch: packages => withRun(deadlineMs, run => runQueryBatch(http, run, packages)),
    getVulns: ids => withRun(deadlineMs, run => download(run, ids)),
    lookup: packages => withRun(deadlineMs, run => lookupIn(run, packages))
  }
}

function fetchRecord(http: HttpSettings, run: Run, id: string): Promise<OsvVulnerability> {
  const path = `/v1/vulns/${encodeURIComponent(id)}`
  return requestJson(http, run, { method: 'GET', path }, validateRecord)
}

function attachRecords(
  hits: Map<number, OsvVulnRef[]>,
  byId: Map<string, OsvVulnerability>
): LookupResult {
  const records = new Map<number, OsvVulnerability[]>()
  for (const [index, refs] of hits) {
    if (refs.length === 0) continue
    const ids = [...new Set(refs.map(ref => ref.id))]
    records.set(
      index,
      ids.map(id => byId.get(id)).filter((r): r is OsvVulnerability => r !== undefined)
    )
  }
  return { records, diagnostics: [] }
}

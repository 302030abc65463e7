import { OsvUnavailableError } from './errors.js'
import { requestJson, type HttpSettings } from './http.js'
import type { Ecosystem } from './package-ref.js'
import { allOrFirstError } from './pool.js'
import { validateBatch } from './responses.js'
import type { Run } from './run.js'
import type { OsvVulnRef, QueryBatchResponse } from './schemas.js'

/** The documented ceiling: a `querybatch` with more queries is refused with HTTP 400. */
export const MAX_QUERIES_PER_BATCH = 1000

/** A safety stop: OSV pages at 1,000 hits per query, so this many pages means it is looping. */
const MAX_PAGES = 100

export interface OsvQuery {
  package: { ecosystem: Ecosystem; name: string }
  version: string
}

/** What is queried for one package. */
export type PackageQueryInput = { ecosystem: Ecosystem; name: string; version: string }

/** The query OSV expects for a package; Go versions are written without their `v`. */
export function queryFor(pkg: PackageQueryInput): OsvQuery {
  const version = pkg.ecosystem === 'Go' ? pkg.version.replace(/^v/, '') : pkg.version
  return { package: { ecosystem: pkg.ecosystem, name: pkg.name }, version }
}

/**
 * Queries every package, in chunks of at most 1,000 sent together (the shared limiter bounds how
 * many are in flight). The same package pinned in several lockfiles is asked about once.
 * `onChunk` sees each chunk's hits as soon as it is complete, so records can be fetched early.
 */
export async function runQueryBatch(
  http: HttpSettings,
  run: Run,
  packages: readonly PackageQueryInput[],
  onChunk?: (hits: OsvVulnRef[][]) => void
): Promise<Map<number, OsvVulnRef[]>> {
  const distinct = new Map<string, { query: OsvQuery; indices: number[] }>()
  packages.forEach((pkg, index) => {
    const query = queryFor(pkg)
    const key = `${query.package.ecosystem}\u0000${query.package.name}\u0000${query.version}`
    const entry = distinct.get(key)
    if (entry === undefined) distinct.set(key, { query, indices: [index] })
    else entry.indices.push(index)
  })
  const post = (body: { queries: object[] }) =>
    requestJson(http, run, { method: 'POST', path: '/v1/querybatch', body }, validateBatch)
  const chunks = chunk([...distinct.values()], MAX_QUERIES_PER_BATCH)
  const answers = await allOrFirstError(
    chunks.map(async part => {
      const hits = await queryChunk(
        part.map(entry => entry.query),
        post
      )
      onChunk?.(hits)
      return hits
    }),
    error => run.fail(error)
  )
  const result = new Map<number, OsvVulnRef[]>()
  chunks.forEach((part, c) =>
    part.forEach((entry, q) => {
      for (const index of entry.indices) result.set(index, answers[c]?.[q] ?? [])
    })
  )
  return result
}

type PostBatch = (body: { queries: object[] }) => Promise<QueryBatchResponse>

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

/**
 * Runs one chunk of at most 1,000 queries to completion: while any result carries a
 * `next_page_token`, only those queries are sent again with their token, and the new hits are
 * appended to the query they belong to. A page holding only a token keeps the paging going.
 */
export async function queryChunk(
  queries: readonly OsvQuery[],
  post: PostBatch
): Promise<OsvVulnRef[][]> {
  const hits: OsvVulnRef[][] = queries.map(() => [])
  let pending: { index: number; token?: string }[] = queries.map((_, index) => ({ index }))
  for (let page = 1; pending.length > 0; page++) {
    if (page > MAX_PAGES) {
      throw new OsvUnavailableError(`OSV API kept paging a querybatch past ${MAX_PAGES} pages`, {
        reason: 'invalid-response'
      })
    }
    const body = {
      queries: pending.map(({ index, token }) =>
        token === undefined ? queries[index] : { ...queries[index], page_token: token }
      )
    }
    const response = await post(body)
    if (response.results.length !== pending.length) {
      throw new OsvUnavailableError(
        `OSV API answered a querybatch of ${pending.length} queries with ${response.results.length} results`,
        { reason: 'invalid-response' }
      )
    }
    pending = nextPage(pending, response, hits)
  }
  return hits
}

function nextPage(
  pending: { index: number; token?: string }[],
  response: QueryBatchResponse,
  hits: OsvVulnRef[][]
): { index: number; token: string }[] {
  const next: { index: number; token: string }[] = []
  response.results.forEach((result, position) => {
    const { index, token } = pending[position] as { index: number; token?: string }
    for (const { id, modified } of result.vulns ?? []) hits[index]?.push({ id, modified })
    const nextToken = result.next_page_token
    if (nextToken === undefined || nextToken === '') return
    if (nextToken === token) {
      throw new OsvUnavailableError('OSV API returned the same page token twice for one query', {
        reason: 'invalid-response'
      })
    }
    next.push({ index, token: nextToken })
  })
  return next
}

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

/** What a query without hits answers; shared, never written to. */
const NO_HITS: OsvVulnRef[] = []

/**
 * Queries every package, in chunks of at most 1,000 sent together (the shared limiter bounds how
 * many are in flight). The same package pinned in several lockfiles is asked about once.
 * `onChunk` sees each chunk's hits as soon as it is complete, so records can be fetched early.
 * Most packages have no hit: nothing beyond their query is allocated for them.
 */
export async function runQueryBatch(
  http: HttpSettings,
  run: Run,
  packages: readonly PackageQueryInput[],
  onChunk?: (hits: OsvVulnRef[][]) => void
): Promise<Map<number, OsvVulnRef[]>> {
  const { queries, queryOf } = distinctQueries(packages)
  const post = (body: { queries: readonly object[] }) =>
    requestJson(http, run, { method: 'POST', path: '/v1/querybatch', body }, validateBatch)
  const chunks = chunk(queries, MAX_QUERIES_PER_BATCH)
  const answers = await allOrFirstError(
    chunks.map(async part => {
      const hits = await queryChunk(part, post)
      onChunk?.(hits)
      return hits
    }),
    error => run.fail(error)
  )
  const result = new Map<number, OsvVulnRef[]>()
  for (let index = 0; index < packages.length; index++) {
    const q = queryOf[index] as number
    const hits = answers[Math.floor(q / MAX_QUERIES_PER_BATCH)]?.[q % MAX_QUERIES_PER_BATCH]
    result.set(index, hits ?? NO_HITS)
  }
  return result
}

/** One query per distinct (ecosystem, name, version), and which query each package is. */
function distinctQueries(packages: readonly PackageQueryInput[]): {
  queries: OsvQuery[]
  queryOf: Int32Array
} {
  const queries: OsvQuery[] = []
  const queryOf = new Int32Array(packages.length)
  const seen = new Map<string, number>()
  for (let index = 0; index < packages.length; index++) {
    const query = queryFor(packages[index] as PackageQueryInput)
    const key = `${query.package.ecosystem}\u0000${query.package.name}\u0000${query.version}`
    const known = seen.get(key)
    if (known === undefined) {
      seen.set(key, queries.length)
      queryOf[index] = queries.length
      queries.push(query)
    } else queryOf[index] = known
  }
  return { queries, queryOf }
}

type PostBatch = (body: { queries: readonly object[] }) => Promise<QueryBatchResponse>

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
 * Queries without hits share one empty list.
 */
export async function queryChunk(
  queries: readonly OsvQuery[],
  post: PostBatch
): Promise<OsvVulnRef[][]> {
  const hits: OsvVulnRef[][] = new Array<OsvVulnRef[]>(queries.length).fill(NO_HITS)
  // Undefined on the first page, which asks every query as it is; later pages ask only the
  // queries with a next page, each with its token.
  let pending: { index: number; token: string }[] | undefined
  for (let page = 1; pending === undefined || pending.length > 0; page++) {
    if (page > MAX_PAGES) {
      throw new OsvUnavailableError(`OSV API kept paging a querybatch past ${MAX_PAGES} pages`, {
        reason: 'invalid-response'
      })
    }
    const asked = pending?.length ?? queries.length
    const body = {
      queries:
        pending === undefined
          ? queries
          : pending.map(({ index, token }) => ({ ...queries[index], page_token: token }))
    }
    const response = await post(body)
    if (response.results.length !== asked) {
      throw new OsvUnavailableError(
        `OSV API answered a querybatch of ${asked} queries with ${response.results.length} results`,
        { reason: 'invalid-response' }
      )
    }
    pending = nextPage(pending, response, hits)
  }
  return hits
}

function nextPage(
  pending: { index: number; token: string }[] | undefined,
  response: QueryBatchResponse,
  hits: OsvVulnRef[][]
): { index: number; token: string }[] {
  const next: { index: number; token: string }[] = []
  response.results.forEach((result, position) => {
    const asked = pending?.[position]
    const index = asked === undefined ? position : asked.index
    const vulns = result.vulns ?? []
    if (vulns.length > 0) {
      const own = hits[index] === NO_HITS ? (hits[index] = []) : (hits[index] as OsvVulnRef[])
      for (const { id, modified } of vulns) own.push({ id, modified })
    }
    const nextToken = result.next_page_token
    if (nextToken === undefined || nextToken === '') return
    if (nextToken === asked?.token) {
      throw new OsvUnavailableError('OSV API returned the same page token twice for one query', {
        reason: 'invalid-response'
      })
    }
    next.push({ index, token: nextToken })
  })
  return next
}

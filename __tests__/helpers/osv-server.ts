import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ServerIndex, type ReleaseTable, type ServedRecord } from '../osv/support/server-index.js'

/**
 * A real HTTP server on 127.0.0.1 that speaks the OSV API as documented
 * (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` and `GET /v1/vulns/{id}`, backed
 * by a list of records, with configurable paging, latency and injected faults. Its matching is its
 * own (see server-index.ts), never the code under test.
 */

export interface OsvServerOptions {
  records: ServedRecord[]
  releases?: ReleaseTable
  /** Most hits one result carries before a `next_page_token` (default 1000, as OSV). */
  pageSize?: number
  /** The first N pages of every query carry only a token, as when OSV times out mid-query. */
  tokenOnlyPages?: number
  /** Added before every answer. */
  latencyMs?: number
}

type FaultPath = 'querybatch' | 'vulns'

export type Fault = { times?: number; path?: FaultPath } &
  /** An answer with this status (and body: an OSV-style error unless given). */
  (
    | { kind: 'status'; status: number; retryAfter?: string; body?: string }
    | { kind: 'delay'; ms: number }
    /** 200 announcing the full length, half the body sent, then the connection cut. */
    | { kind: 'truncate' }
    /** 200 with a complete HTTP body holding only half of the JSON. */
    | { kind: 'cut-json' }
    /** The connection closed without any answer. */
    | { kind: 'reset' }
  )

export interface RequestLogEntry {
  method: string
  path: string
  bodyBytes: number
  userAgent?: string
  /** Number of queries in a querybatch body. */
  queryCount?: number
  /** How many of them carried a page token. */
  pagedQueries?: number
  status?: number
}

export interface OsvTestServer {
  url: string
  requests: RequestLogEntry[]
  /** The most requests the server was handling at once. */
  maxInFlight: number
  inject(fault: Fault): void
  /** Every request fails until turned off: with this status, or by dropping the connection. */
  setOutage(outage: false | number | 'reset'): void
  close(): Promise<void>
}

const MAX_QUERIES = 1000

export async function startOsvServer(options: OsvServerOptions): Promise<OsvTestServer> {
  const index = new ServerIndex(options.records, options.releases)
  const byId = new Map(options.records.map(record => [record.id, record]))
  const faults: (Fault & { left: number })[] = []
  const timers = new Set<NodeJS.Timeout>()
  let outage: false | number | 'reset' = false
  let inFlight = 0
  const wait = (ms: number) =>
    new Promise<void>(resolve => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms)
      timers.add(timer)
    })

  const state: OsvTestServer = {
    url: '',
    requests: [],
    maxInFlight: 0,
    inject: fault => faults.push({ ...fault, left: fault.times ?? 1 }),
    setOutage: value => (outage = value),
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const path = (req.url ?? '/').split('?')[0] as string
    const entry: RequestLogEntry = {
      method: req.method ?? '',
      path,
      bodyBytes: Buffer.byteLength(body),
      userAgent: req.headers['user-agent']
    }
    state.requests.push(entry)
    if (options.latencyMs) await wait(options.latencyMs)
    if (outage !== false)
      return outage === 'reset'
        ? void req.socket.destroy()
        : send(res, entry, outage, error(outage))
    const fault = takeFault(faults, path)
    if (fault?.kind === 'delay') await wait(fault.ms)
    if (fault?.kind === 'reset') return void req.socket.destroy()
    if (fault?.kind === 'status') {
      return send(res, entry, fault.status, fault.body ?? error(fault.status), fault.retryAfter)
    }
    const [status, payload] = route(req.method ?? '', path, body, entry)
    if (fault?.kind === 'truncate') return truncated(res, entry, payload)
    if (fault?.kind === 'cut-json')
      return send(res, entry, 200, payload.slice(0, payload.length >> 1))
    send(res, entry, status, payload)
  }

  function route(
    method: string,
    path: string,
    body: string,
    entry: RequestLogEntry
  ): [number, string] {
    if (method === 'POST' && path === '/v1/querybatch') return queryBatch(body, entry)
    const vuln = /^\/v1\/vulns\/(.+)$/.exec(path)
    if (method === 'GET' && vuln !== null) {
      const record = byId.get(decodeURIComponent(vuln[1] as string))
      return record === undefined ? [404, error(404)] : [200, JSON.stringify(record)]
    }
    return [404, error(404)]
  }

  function queryBatch(body: string, entry: RequestLogEntry): [number, string] {
    let queries: BatchQuery[]
    try {
      queries = (JSON.parse(body) as { queries: typeof queries }).queries
      if (!Array.isArray(queries)) throw new Error('no queries')
    } catch {
      return [400, JSON.stringify({ code: 3, message: 'Invalid request body.' })]
    }
    entry.queryCount = queries.length
    entry.pagedQueries = queries.filter(query => query.page_token !== undefined).length
    if (queries.length > MAX_QUERIES)
      return [400, JSON.stringify({ code: 3, message: 'Too many queries.' })]
    const results = queries.map(query => resultFor(query))
    if (results.some(result => result === undefined)) {
      return [400, JSON.stringify({ code: 3, message: 'Invalid query.' })]
    }
    return [200, JSON.stringify({ results })]
  }

  function resultFor(query: BatchQuery): object | undefined {
    const { ecosystem, name } = query.package ?? {}
    const version = query.version
    if (ecosystem === undefined || name === undefined || version === undefined) return undefined
    const hits = index.hits(ecosystem, name, version)
    const tokenOnly = options.tokenOnlyPages ?? 0
    // Most queries of a large batch hit nothing: answer them at once.
    if (query.page_token === undefined && tokenOnly === 0 && hits.length === 0) return {}
    const key = `${ecosystem}/${name}@${version}`
    const page = query.page_token === undefined ? { o: 0, p: 0 } : readToken(query.page_token, key)
    if (page === undefined) return undefined
    if (page.p < tokenOnly) return { next_page_token: pageToken(key, page.o, page.p + 1) }
    const size = options.pageSize ?? 1000
    const vulns = hits.slice(page.o, page.o + size)
    const result: Record<string, unknown> = vulns.length > 0 ? { vulns } : {}
    if (page.o + size < hits.length)
      result['next_page_token'] = pageToken(key, page.o + size, page.p + 1)
    return result
  }

  const server = createServer((req, res) => {
    inFlight++
    state.maxInFlight = Math.max(state.maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    handle(req, res).catch(() => req.socket.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}

interface BatchQuery {
  package?: { ecosystem?: string; name?: string }
  version?: string
  page_token?: string
}

function pageToken(key: string, offset: number, page: number): string {
  return Buffer.from(JSON.stringify({ k: key, o: offset, p: page })).toString('base64url')
}

function readToken(token: string, key: string): { o: number; p: number } | undefined {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      k: string
      o: number
      p: number
    }
    return decoded.k === key ? decoded : undefined
  } catch {
    return undefined
  }
}

function takeFault(faults: (Fault & { left: number })[], path: string): Fault | undefined {
  const kind: FaultPath = path.startsWith('/v1/vulns/') ? 'vulns' : 'querybatch'
  const fault = faults.find(f => f.left > 0 && (f.path === undefined || f.path === kind))
  if (fault !== undefined) fault.left--
  return fault
}

function error(status: number): string {
  const messages: Record<number, string> = {
    404: 'Vulnerability not found.',
    429: 'Too many requests.'
  }
  return JSON.stringify({
    code: status === 404 ? 5 : 14,
    message: messages[status] ?? 'Service unavailable.'
  })
}

function send(
  res: ServerResponse,
  entry: RequestLogEntry,
  status: number,
  body: string,
  retryAfter?: string
): void {
  if (res.destroyed) return
  entry.status = status
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body)
  }
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter
  res.writeHead(status, headers).end(body)
}

function truncated(res: ServerResponse, entry: RequestLogEntry, body: string): void {
  if (res.destroyed) return
  entry.status = 200
  const bytes = Buffer.from(body)
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length })
  res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy())
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

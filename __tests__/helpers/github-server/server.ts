import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { authenticate, authorize, authRoutes } from './auth.js'
import { checkRoutes } from './checks.js'
import { commentRoutes } from './comments.js'
import { contentRoutes } from './contents.js'
import { RepoContext } from './context.js'
import { takeRateLimit, takeServerError } from './faults.js'
import { fileRoutes } from './files.js'
import { ApiError, DOCS, errorBody, notFound, type Reply } from './http.js'
import { issueRoutes } from './issues.js'
import { labelRoutes } from './labels.js'
import { pullRequestEvent, pullRoutes } from './pulls.js'
import { reviewCommentRoutes } from './review-comments.js'
import { reviewRoutes } from './reviews.js'
import { Router, type RouteMatch } from './router.js'
import { isObject } from './schema.js'
import type { ServerState } from './state.js'
import type { Faults, GitHubServerOptions, RecordedRequest } from './types.js'

export type { GitHubServerOptions, RecordedRequest, Faults } from './types.js'
export type { ServerState } from './state.js'

/** A loopback server that answers GitHub's REST API for one repository backed by real git. */
export interface GitHubServer {
  /** `http://127.0.0.1:<port>`: the `baseUrl` of an octokit client, or `GITHUB_API_URL`. */
  url: string
  port: number
  /** Everything clients created: reviews, comments, check runs with annotations, issues, labels. */
  state: ServerState
  /** Every request in arrival order, with the status it got. */
  requests: RecordedRequest[]
  /** The live faults; change them during a test to inject more. */
  faults: Faults
  /** The `pull_request` event payload (for `GITHUB_EVENT_PATH`), consistent with the API. */
  pullRequestEvent(number: number, action?: string): Record<string, unknown>
  close(): Promise<void>
}

const ROUTES = [
  ...authRoutes,
  ...pullRoutes,
  ...fileRoutes,
  ...contentRoutes,
  ...reviewRoutes,
  ...reviewCommentRoutes,
  ...commentRoutes,
  ...checkRoutes,
  ...issueRoutes,
  ...labelRoutes
]
const MAX_REQUEST_BYTES = 50 * 1024 * 1024
const WITH_BODY = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

export async function createGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const faults: Faults = {
    ...options.faults,
    rateLimit: options.faults?.rateLimit && { ...options.faults.rateLimit },
    serverErrors: options.faults?.serverErrors && { ...options.faults.serverErrors }
  }
  const timers = new Set<NodeJS.Timeout>()
  const requests: RecordedRequest[] = []
  const wait = (ms: number) =>
    new Promise<void>(resolve => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms)
      timers.add(timer)
    })
  // Listen first: the repository's URLs need the port, and nobody can call before it is known.
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  const repo = new RepoContext(options, url)
  const router = new Router(ROUTES, repo)
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // A client that goes away mid-request just loses its answer.
    serve(req, res, { repo, router, faults, requests, wait }).catch(() => res.destroy())
  })

  return {
    url,
    port,
    state: repo.state,
    requests,
    faults,
    pullRequestEvent: (number, action) => pullRequestEvent(repo, number, action),
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

interface Served {
  repo: RepoContext
  router: Router
  faults: Faults
  requests: RecordedRequest[]
  wait(ms: number): Promise<void>
}

async function serve(req: IncomingMessage, res: ServerResponse, served: Served): Promise<void> {
  const method = req.method ?? 'GET'
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const raw = await readBody(req)
  const entry: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: parseBody(raw),
    headers: req.headers,
    status: 0
  }
  served.requests.push(entry)
  if (served.faults.latencyMs) await served.wait(served.faults.latencyMs)
  let match: RouteMatch | undefined
  let reply: Reply
  try {
    match = served.router.match(method, url.pathname)
    reply = answer(req, url, raw, entry, match, served)
  } catch (error) {
    reply = errorReply(error, match)
  }
  entry.status = reply.status
  send(res, reply, served.repo)
}

/** GitHub's order: gateway errors, then authentication, rate limits, routing and permissions. */
function answer(
  req: IncomingMessage,
  url: URL,
  raw: Buffer,
  entry: RecordedRequest,
  match: RouteMatch | undefined,
  { repo, faults }: Served
): Reply {
  const { method, path } = entry
  const serverError = takeServerError(faults, method, path)
  if (serverError) throw serverError
  const access = authenticate(req.headers.authorization, repo.options)
  const limited = takeRateLimit(faults, method, path, repo.budget)
  if (limited) throw limited
  // Asking for the rate limit status does not count against it.
  if (path !== '/rate_limit') repo.budget.consume()
  if (!match) throw notFound()
  authorize(access, method, path)
  const body = raw.length > 0 && WITH_BODY.has(method) ? entry.body : {}
  if (!isObject(body)) throw new ApiError(400, 'Problems parsing JSON')
  return match.route.handle({
    method,
    path,
    params: match.params,
    query: url.searchParams,
    body,
    accept: req.headers.accept ?? '',
    repo
  })
}

function errorReply(error: unknown, match: RouteMatch | undefined): Reply {
  if (error instanceof ApiError) {
    const docs = error.details.documentationUrl ?? match?.documentationUrl ?? DOCS
    return {
      status: error.status,
      body: errorBody(error.status, error.message, docs, error.details.errors),
      headers: error.details.headers
    }
  }
  // A fault of the test setup (say, a ref that does not exist): say what it is.
  const message = error instanceof Error ? error.message : String(error)
  return { status: 500, body: errorBody(500, `Server Error: ${message}`, DOCS) }
}

function send(res: ServerResponse, reply: Reply, repo: RepoContext): void {
  const headers: Record<string, string> = {
    ...repo.budget.headers(),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `0000:${process.hrtime.bigint().toString(16)}`,
    ...reply.headers
  }
  if (reply.status === 204) return void res.writeHead(204, headers).end()
  const data = reply.raw ? reply.raw.data : JSON.stringify(reply.body ?? null)
  headers['content-type'] = reply.raw ? reply.raw.contentType : 'application/json; charset=utf-8'
  headers['content-length'] = String(Buffer.byteLength(data))
  res.writeHead(reply.status, headers).end(data)
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

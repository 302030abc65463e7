import type { IncomingHttpHeaders } from 'node:http'

/** A pull request the server serves, computed from two refs of the test's git repository. */
export interface PullOptions {
  number: number
  baseRef: string
  headRef: string
  /** Pins `base.sha` (GitHub's base tip when the pull request was last synchronised). */
  baseSha?: string
  /** Pins `head.sha`; otherwise the tip of `headRef` at the time of each request. */
  headSha?: string
  title?: string
  body?: string
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  /** Login of the author (default `octocat`). */
  author?: string
  labels?: string[]
  /** The head lives in a fork owned by this account (a fork pull request). */
  headOwner?: string
}

/** Which requests a fault applies to (all when absent). */
export interface FaultMatch {
  method?: string
  path?: string | RegExp
}

export interface RateLimitFault {
  /** How many of the next matching requests are refused. */
  times: number
  /**
   * `primary`: 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`;
   * `secondary`: 429 with `retry-after`; `secondary-403`: 403 with `retry-after`.
   */
  kind?: 'primary' | 'secondary' | 'secondary-403'
  /** Seconds until the primary window resets (default 1). */
  resetAfterSeconds?: number
  /** `retry-after` of a secondary limit (default 1). */
  retryAfterSeconds?: number
  match?: FaultMatch
}

export interface ServerErrorFault {
  times: number
  status?: 500 | 502 | 503 | 504
  match?: FaultMatch
}

/** Faults injected into the next requests; the live object can be changed during a test. */
export interface Faults {
  rateLimit?: RateLimitFault
  serverErrors?: ServerErrorFault
  /** Added before every answer. */
  latencyMs?: number
}

export interface PatchLimits {
  /** A file whose diff has more lines than this gets no `patch` (GitHub: 20,000). */
  maxLines: number
  /** A file whose raw diff is larger than this gets no `patch` (GitHub: 500 KB). */
  maxBytes: number
}

export interface GitHubServerOptions {
  repoDir: string
  owner: string
  repo: string
  /** The token with write access (a same-repository pull request's `GITHUB_TOKEN`). */
  token: string
  /** Tokens that may only read (a fork pull request's `GITHUB_TOKEN`). */
  readOnlyTokens?: string[]
  /**
   * Tokens that may write only what their scopes allow, as a workflow's `permissions:` grants
   * (`checks`, `pull-requests`, `issues`); every other write is refused with 403.
   */
  scopedTokens?: Record<string, ('checks' | 'pull-requests' | 'issues')[]>
  pulls: PullOptions[]
  defaultBranch?: string
  repositoryId?: number
  /** Requests per hour in the `core` bucket (GitHub: 1,000 for `GITHUB_TOKEN`). */
  rateLimit?: number
  /** Labels that exist at start (default: the labels GitHub gives a new repository). */
  labels?: { name: string; color?: string; description?: string }[]
  faults?: Faults
  patchLimits?: Partial<PatchLimits>
  /** Most entries a recursive tree lists before `truncated` (GitHub: 100,000). */
  maxTreeEntries?: number
}

/** One request as the server saw it, for assertions. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  /** The parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown
  headers: IncomingHttpHeaders
  status: number
}

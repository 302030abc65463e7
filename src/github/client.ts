import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../core/logger.js'
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The repository the action runs for, and how to reach its API (github.com or Enterprise Server). */
export interface Repository {
  owner: string
  repo: string
  /** `GITHUB_API_URL`: `https://api.github.com`, or an Enterprise Server's `/api/v3`. */
  apiUrl: string
  /** `GITHUB_SERVER_URL`, for links to files and lines. */
  serverUrl: string
}

/** Parses `GITHUB_REPOSITORY` and the API and server URLs from the runner's environment. */
export function repositoryFromEnv(env: NodeJS.ProcessEnv): Repository | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  return {
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')
  }
}

/** Retries that can never succeed are not made: bad requests, auth failures, validation errors. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

/**
 * An octokit client with retries (transient errors, with backoff) and throttling (waits for the
 * rate-limit reset or `Retry-After`, twice at most, a minute at most). The token only ever goes to
 * the configured API host.
 */
export function createGitHubClient(
  token: string,
  repository: Repository,
  logger: Logger
): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: repository.apiUrl,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      retry: { doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: waitOrGiveUp('rate limit', logger),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit', logger)
      }
    },
    retry,
    throttling
  )
}

/** Waits for a rate limit to reset twice at most, and only when the wait is a minute or less. */
function waitOrGiveUp(what: string, logger: Logger) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ): boolean => {
    const retrying = retryCount < 2 && retryAfter <= 60
    logger.warning(
      `GitHub ${what} reached on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter}s` : `not waiting ${retryAfter}s for it`}`
    )
    return retrying
  }
}

/** The HTTP status of an octokit error, if it is one. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** A write refused because the token cannot write (a fork's read-only token, missing permissions). */
export function isPermissionDenied(err: unknown): boolean {
  const status = statusOf(err)
  return (status === 403 || status === 401) && !isRateLimited(err)
}

/**
 * A request refused by a rate limit, once the client stopped waiting for it: GitHub answers 403 or
 * 429, with `x-ratelimit-remaining: 0` (primary) or `retry-after` (secondary). Not a permission.
 */
export function isRateLimited(err: unknown): boolean {
  const status = statusOf(err)
  if (status !== 403 && status !== 429) return false
  const headers = headersOf(err)
  return (
    status === 429 ||
    headers['x-ratelimit-remaining'] === '0' ||
    headers['retry-after'] !== undefined ||
    /rate limit|abuse detection/i.test(err instanceof Error ? err.message : '')
  )
}

/** When a rate limit lets requests through again, as GitHub's headers say. */
export function rateLimitReset(err: unknown): string {
  const headers = headersOf(err)
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
    return `retry after ${retryAfter}s`
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset))
    return `it resets at ${new Date(reset * 1000).toISOString()}`
  return 'no reset time given'
}

function headersOf(err: unknown): Record<string, string | undefined> {
  const headers = (err as { response?: { headers?: unknown } } | null)?.response?.headers
  if (typeof headers !== 'object' || headers === null) return {}
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v === undefined ? v : String(v)])
  )
}

/**
 * The login the gate posts as, for finding its own comments again. Only a personal access token
 * is asked (`GET /user`); the Actions token and app tokens may not call it, and post as a bot,
 * whose comments are recognised without a login.
 */
export async function authorLogin(
  client: GitHubClient,
  token: string,
  logger: Logger
): Promise<string | undefined> {
  if (!/^(ghp_|github_pat_)/.test(token)) return undefined
  try {
    return (await client.rest.users.getAuthenticated()).data.login
  } catch (err) {
    logger.warning(
      `could not tell which account the token belongs to (${statusOf(err) ?? 'no answer'}): earlier comments by it may not be found`
    )
    return undefined
  }
}

import { ApiError, ok } from './http.js'
import type { Route } from './router.js'
import type { GitHubServerOptions } from './types.js'

/** A write permission of a GitHub App installation token (an Actions token's `permissions:`). */
export type WriteScope = 'checks' | 'pull-requests' | 'issues'

/** Every write, a token limited to some scopes, or reads only. */
export type Access = 'write' | 'read' | { scopes: readonly WriteScope[] }

const NOT_ACCESSIBLE = 'Resource not accessible by integration'
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * Who is calling: the write token, a read-only token (a fork pull request's), or nobody we
 * know. Accepts `Authorization: token X` and `Authorization: Bearer X`, as GitHub does.
 */
export function authenticate(header: string | undefined, options: GitHubServerOptions): Access {
  if (!header) throw new ApiError(401, 'Requires authentication')
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)
  const token = match?.[1]
  if (token === options.token) return 'write'
  if (token !== undefined && options.readOnlyTokens?.includes(token)) return 'read'
  const scopes = token === undefined ? undefined : options.scopedTokens?.[token]
  if (scopes) return { scopes }
  throw new ApiError(401, 'Bad credentials')
}

/**
 * A read-only token may read; every write is refused with GitHub's 403. A scoped token writes
 * only where one of its scopes allows: check runs need `checks`; reviews and their comments
 * `pull-requests`; issues and labels `issues`; comments on an issue or pull request either.
 */
export function authorize(access: Access, method: string, path: string): void {
  if (access === 'write' || !WRITES.has(method)) return
  const granted = access === 'read' ? [] : access.scopes
  if (!scopesFor(path).some(scope => granted.includes(scope)))
    throw new ApiError(403, NOT_ACCESSIBLE)
}

function scopesFor(path: string): WriteScope[] {
  if (/\/check-runs(\/|$)/.test(path)) return ['checks']
  if (/\/pulls\//.test(path)) return ['pull-requests']
  if (/\/issues\/(\d+\/)?comments(\/|$)/.test(path)) return ['issues', 'pull-requests']
  return ['issues']
}

export const authRoutes: Route[] = [
  {
    // An installation token (every Actions token) is not a user: GitHub refuses this call.
    method: 'GET',
    pattern: '/user',
    doc: 'users/users#get-the-authenticated-user',
    handle: () => {
      throw new ApiError(403, NOT_ACCESSIBLE)
    }
  },
  {
    method: 'GET',
    pattern: '/rate_limit',
    doc: 'rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
    handle: request => ok(request.repo.budget.summary())
  }
]

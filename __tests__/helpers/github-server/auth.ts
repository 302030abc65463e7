import { ApiError, ok } from './http.js'
import type { Route } from './router.js'
import type { GitHubServerOptions } from './types.js'

export type Access = 'write' | 'read'

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
  throw new ApiError(401, 'Bad credentials')
}

/** A read-only token may read; every write is refused with GitHub's 403. */
export function authorize(access: Access, method: string): void {
  if (access === 'read' && WRITES.has(method)) throw new ApiError(403, NOT_ACCESSIBLE)
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

import { ApiError } from './http.js'
import {
  nowSeconds,
  primaryLimitError,
  RATE_LIMIT_DOCS,
  SECONDARY_LIMIT_MESSAGE,
  type RateBudget
} from './rate-limit.js'
import type { FaultMatch, Faults } from './types.js'

const SERVER_ERROR_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn’t respond to your request in time. Sorry about that.'
}

/** The next injected 5xx, if one is due for this request (counts it down). */
export function takeServerError(
  faults: Faults,
  method: string,
  path: string
): ApiError | undefined {
  const fault = faults.serverErrors
  if (!fault || !applies(fault.match, method, path)) return undefined
  if (--fault.times <= 0) delete faults.serverErrors
  const status = fault.status ?? 502
  return new ApiError(status, SERVER_ERROR_MESSAGES[status] ?? 'Server Error')
}

/** The next injected rate-limit refusal, if one is due for this request (counts it down). */
export function takeRateLimit(
  faults: Faults,
  method: string,
  path: string,
  budget: RateBudget
): ApiError | undefined {
  const fault = faults.rateLimit
  if (!fault || !applies(fault.match, method, path)) return undefined
  if (--fault.times <= 0) delete faults.rateLimit
  const retryAfter = String(fault.retryAfterSeconds ?? 1)
  if (fault.kind === 'secondary' || fault.kind === 'secondary-403') {
    return new ApiError(fault.kind === 'secondary' ? 429 : 403, SECONDARY_LIMIT_MESSAGE, {
      headers: { 'retry-after': retryAfter },
      documentationUrl: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`
    })
  }
  const limit = budget.headers()['x-ratelimit-limit'] ?? '1000'
  return primaryLimitError({
    ...budget.headers(),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': limit,
    'x-ratelimit-reset': String(nowSeconds() + (fault.resetAfterSeconds ?? 1))
  })
}

function applies(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true
  if (match.method && match.method.toUpperCase() !== method) return false
  if (match.path === undefined) return true
  return typeof match.path === 'string' ? path.includes(match.path) : match.path.test(path)
}

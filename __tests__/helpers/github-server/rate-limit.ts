import { ApiError, DOCS } from './http.js'

const WINDOW_SECONDS = 3600

/** The primary rate limit of the `core` bucket, reported on every answer as GitHub does. */
export class RateBudget {
  private used = 0
  private resetAt = nowSeconds() + WINDOW_SECONDS

  constructor(readonly limit: number) {}

  /** Counts one request; refuses it with GitHub's 403 once the window's budget is spent. */
  consume(): void {
    this.roll()
    if (this.used >= this.limit) throw primaryLimitError(this.headers())
    this.used++
  }

  headers(): Record<string, string> {
    this.roll()
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core'
    }
  }

  /** `GET /rate_limit` body. */
  summary(): Record<string, unknown> {
    this.roll()
    const core = {
      limit: this.limit,
      used: this.used,
      remaining: Math.max(0, this.limit - this.used),
      reset: this.resetAt
    }
    return { resources: { core }, rate: core }
  }

  private roll(): void {
    if (nowSeconds() < this.resetAt) return
    this.used = 0
    this.resetAt = nowSeconds() + WINDOW_SECONDS
  }
}

export function primaryLimitError(headers: Record<string, string>): ApiError {
  return new ApiError(403, 'API rate limit exceeded for installation ID 1.', {
    headers,
    documentationUrl: RATE_LIMIT_DOCS
  })
}

export const RATE_LIMIT_DOCS = `${DOCS}/overview/rate-limits-for-the-rest-api`

export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.'

export const nowSeconds = () => Math.floor(Date.now() / 1000)

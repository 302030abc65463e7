/** Why the vulnerability data could not be had completely. */
export type OsvFailureReason =
  /** Network errors, timeouts, 429 or 5xx answers until the retries ran out. */
  | 'unreachable'
  /** The overall deadline passed (or a wait asked for by the server would pass it). */
  | 'deadline'
  /** A 4xx answer other than 429: retrying cannot help. */
  | 'rejected'
  /** A body that is not what the API documents (wrong shape, wrong number of results). */
  | 'invalid-response'
  /** An offline database that cannot be read. */
  | 'offline-database'

/**
 * The vulnerability lookup could not complete. The gate turns this into an `error` result (it
 * fails closed): a partial answer is never reported as "no vulnerabilities".
 */
export class OsvUnavailableError extends Error {
  override readonly name = 'OsvUnavailableError'
  readonly reason: OsvFailureReason
  /** Requests made for the failing call, retries included (0 when no request was made). */
  readonly attempts: number
  /** The HTTP status of the last answer, when there was one. */
  readonly status?: number

  constructor(
    message: string,
    details: { reason: OsvFailureReason; attempts?: number; status?: number; cause?: unknown }
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.reason = details.reason
    this.attempts = details.attempts ?? 0
    this.status = details.status
  }
}

export function isOsvUnavailable(error: unknown): error is OsvUnavailableError {
  return error instanceof OsvUnavailableError
}

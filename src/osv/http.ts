import { setTimeout as sleep } from 'node:timers/promises'
import { backoffDelayMs, parseRetryAfter } from './backoff.js'
import { OsvUnavailableError } from './errors.js'
import type { Limiter } from './pool.js'
import { runStop, type Run } from './run.js'

export interface HttpSettings {
  baseUrl: string
  fetch: typeof fetch
  requestTimeoutMs: number
  maxRetries: number
  userAgent: string
  backoffBaseMs: number
  maxBackoffMs: number
  /** Bounds the requests in flight; a request waiting to retry does not hold a slot. */
  limiter: Limiter
  onLog?: (message: string) => void
}

export interface JsonRequest {
  method: 'GET' | 'POST'
  path: string
  body?: unknown
}

/** Turns a parsed body into the expected shape, or throws an OsvUnavailableError. */
export type Validator<T> = (json: unknown, label: string, attempts: number) => T

/** One attempt that failed in a way a later attempt may not. */
interface RetryableFailure {
  description: string
  status?: number
  retryAfterMs?: number
}

/**
 * Sends one JSON request with retries: network errors, timeouts, 429 and 5xx answers and bodies
 * cut short are retried with backoff (honouring `Retry-After`); any other 4xx is final.
 */
export async function requestJson<T>(
  http: HttpSettings,
  run: Run,
  request: JsonRequest,
  validate: Validator<T>
): Promise<T> {
  const label = `${request.method} ${request.path}`
  for (let attempt = 1; ; attempt++) {
    stopIfRunEnded(run, label, attempt - 1)
    const outcome = await http.limiter.run(() =>
      attemptOnce(http, run, request, validate, label, attempt)
    )
    if (outcome.ok) return outcome.value
    const failure = outcome.failure
    if (attempt > http.maxRetries) {
      throw new OsvUnavailableError(
        `OSV API unreachable: ${label} failed after ${attempt} attempt${attempt === 1 ? '' : 's'} (last: ${failure.description})`,
        { reason: 'unreachable', attempts: attempt, status: failure.status }
      )
    }
    const waitMs =
      failure.retryAfterMs ??
      backoffDelayMs(attempt, http.backoffBaseMs, http.maxBackoffMs, Math.random)
    if (waitMs >= run.remainingMs()) {
      throw deadlineError(run, label, attempt, `${failure.description}; next try in ${waitMs} ms`)
    }
    http.onLog?.(
      `OSV ${label}: ${failure.description}; retrying in ${waitMs} ms (attempt ${attempt + 1} of ${http.maxRetries + 1})`
    )
    await sleep(waitMs, undefined, { signal: run.signal }).catch(() => undefined)
  }
}

type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; failure: RetryableFailure }

async function attemptOnce<T>(
  http: HttpSettings,
  run: Run,
  request: JsonRequest,
  validate: Validator<T>,
  label: string,
  attempt: number
): Promise<AttemptOutcome<T>> {
  const timeout = AbortSignal.timeout(http.requestTimeoutMs)
  const signal = AbortSignal.any([run.signal, timeout])
  let text: string
  let response: Response
  try {
    response = await http.fetch(new URL(request.path, http.baseUrl), {
      method: request.method,
      headers: requestHeaders(http, request),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal
    })
    text = await response.text()
  } catch (error) {
    stopIfRunEnded(run, label, attempt)
    const description = timeout.aborted
      ? `no answer within ${http.requestTimeoutMs} ms`
      : `network error: ${networkMessage(error)}`
    return { ok: false, failure: { description } }
  }
  if (response.status === 429 || response.status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
    return {
      ok: false,
      failure: { description: `HTTP ${response.status}`, status: response.status, retryAfterMs }
    }
  }
  if (!response.ok) {
    throw new OsvUnavailableError(
      `OSV API rejected ${label} with HTTP ${response.status}: ${snippet(text)}`,
      { reason: 'rejected', attempts: attempt, status: response.status }
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // A body that does not parse was cut short (or garbled) in transit: ask again.
    return {
      ok: false,
      failure: {
        description: `incomplete body (${text.length} characters)`,
        status: response.status
      }
    }
  }
  return { ok: true, value: validate(json, label, attempt) }
}

function requestHeaders(http: HttpSettings, request: JsonRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': http.userAgent,
    accept: 'application/json'
  }
  if (request.body !== undefined) headers['content-type'] = 'application/json'
  return headers
}

function stopIfRunEnded(run: Run, label: string, attempts: number): void {
  const stop = runStop(run)
  if (stop === undefined) return
  if (stop.kind === 'failed') throw stop.error
  throw deadlineError(run, label, attempts, 'stopped at the deadline')
}

function deadlineError(
  run: Run,
  label: string,
  attempts: number,
  last: string
): OsvUnavailableError {
  return new OsvUnavailableError(
    `OSV API did not answer within the ${duration(run.deadlineMs)} deadline: ${label} (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${last})`,
    { reason: 'deadline', attempts }
  )
}

function duration(ms: number): string {
  return ms >= 10_000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

function networkMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { code?: string; message?: string } | undefined
  return cause?.code ?? cause?.message ?? error.message
}

function snippet(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine || '(empty body)'
}

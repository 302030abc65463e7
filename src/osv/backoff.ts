/**
 * Exponential backoff with jitter before retry number `retry` (1-based): half the delay is fixed,
 * half is random, so clients that failed together do not come back together.
 */
export function backoffDelayMs(
  retry: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** (retry - 1))
  return Math.round(exponential / 2 + (exponential / 2) * random())
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: either delay-seconds or an HTTP date.
 * Undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now()
): number | undefined {
  if (header === null) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

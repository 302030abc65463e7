import { display } from './attr.js'
import type { Endpoint } from './types.js'

/**
 * An endpoint's identity: kind, API, method and path (or the function, for URLs). Two endpoints
 * with one key are one route, whichever reader found them and on whichever side of a change.
 */
export function endpointKey(e: Endpoint): string {
  if (e.kind === 'function-url') return `url:${e.functionIds.join(',')}`
  const method = e.method ? display(e.method).toUpperCase() : ''
  const path = e.path ? display(e.path) : ''
  return `${e.kind}:${e.apiId ?? ''}:${method} ${path}`
}

import { display } from '../../../model/attr.js'
import type { Endpoint, Service } from '../../../model/types.js'
import { isPrivateApi, resourcePolicyGate } from './api.js'

/** An endpoint in words: "route `GET /orders`", "the function URL of `export`". */
export function describeEndpoint(e: Endpoint): string {
  if (e.kind === 'function-url') return `the function URL of \`${e.functionIds.join(', ')}\``
  const method = e.method ? display(e.method).toUpperCase() : ''
  const path = e.path ? display(e.path) : ''
  const what = e.kind === 'websocket' ? 'websocket route' : 'route'
  return `${what} \`${`${method} ${path}`.trim()}\``
}

/**
 * Whether anyone on the internet can call it: no authorization, not undecidable, not on a PRIVATE
 * API (reached through VPC endpoints only), and no resource policy of its API keeping callers to
 * those it names.
 */
export function isPublicEndpoint(service: Service, e: Endpoint): boolean {
  return (
    e.auth.type === 'none' && !isPrivateApi(service, e) && resourcePolicyGate(service, e) === 'open'
  )
}

import { display } from '../model/attr.js'
import type { Endpoint, Model } from '../model/types.js'
import type { ServicePair } from '../policy/types.js'

/** Services of base and head paired by id (the template file or Terraform folder). */

export function pairServices(base: Model, head: Model): ServicePair[] {
  const ids = new Set([...base.services.map(s => s.id), ...head.services.map(s => s.id)])
  return [...ids].sort().map(id => ({
    id,
    base: base.services.find(s => s.id === id),
    head: head.services.find(s => s.id === id)
  }))
}

/** An endpoint's identity across revisions: kind, API, method and path (or the function, for URLs). */
export function endpointKey(e: Endpoint): string {
  if (e.kind === 'function-url') return `url:${e.functionIds.join(',')}`
  const method = e.method ? display(e.method).toUpperCase() : ''
  const path = e.path ? display(e.path) : ''
  return `${e.kind}:${e.apiId ?? ''}:${method} ${path}`
}

export function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>()
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item)
  return out
}

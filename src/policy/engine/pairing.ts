import { endpointKey } from '../../model/endpoints.js'
import type { Endpoint, Model, Service } from '../../model/types.js'
import type { ServicePair } from '../types.js'
import { NO_RENAMES, type Renames } from '../../sources/renames.js'

/**
 * Services of base and head paired by id (the template file or Terraform folder), a base service
 * the change moved by the id it has on the head. The pair takes the head's id.
 */
export function pairServices(
  base: Model,
  head: Model,
  renames: Renames = NO_RENAMES
): ServicePair[] {
  const baseById = new Map<string, Service>()
  movedIds(base, renames).forEach((id, i) => {
    if (!baseById.has(id)) baseById.set(id, base.services[i] as Service)
  })
  const ids = new Set([...baseById.keys(), ...head.services.map(s => s.id)])
  return [...ids].sort().map(id => ({
    id,
    base: baseById.get(id),
    head: head.services.find(s => s.id === id)
  }))
}

/** Each base service's id on the head; services that would land on one id keep their own. */
function movedIds(base: Model, renames: Renames): string[] {
  const moved = base.services.map(s => renames.toHead(s.id))
  const count = new Map<string, number>()
  for (const id of moved) count.set(id, (count.get(id) ?? 0) + 1)
  return moved.map((id, i) => ((count.get(id) ?? 0) > 1 ? (base.services[i]?.id ?? id) : id))
}

export function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>()
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item)
  return out
}

/** An endpoint on both sides, or on one: added (no base) or removed (no head). */
export interface EndpointPair {
  base?: Endpoint
  head?: Endpoint
}

/**
 * Endpoints of base and head paired by identity. Several endpoints can share a key (methods whose
 * path cannot be resolved): among them, the same resource pairs first, then the rest in order, so
 * an unchanged template never pairs one endpoint with another's base. The head's order is kept;
 * base endpoints left over follow.
 */
export function pairEndpoints(
  base: readonly Endpoint[],
  head: readonly Endpoint[]
): EndpointPair[] {
  const waiting = new Map<string, Endpoint[]>()
  for (const e of base) {
    const key = endpointKey(e)
    const list = waiting.get(key)
    if (list) list.push(e)
    else waiting.set(key, [e])
  }
  const partner = new Map<Endpoint, Endpoint>()
  const take = (h: Endpoint, match: (b: Endpoint) => boolean): void => {
    const list = waiting.get(endpointKey(h))
    const i = list ? list.findIndex(match) : -1
    if (list && i !== -1) partner.set(h, list.splice(i, 1)[0] as Endpoint)
  }
  for (const h of head) take(h, b => b.id === h.id)
  for (const h of head) if (!partner.has(h)) take(h, () => true)
  const pairs: EndpointPair[] = head.map(h => ({ base: partner.get(h), head: h }))
  for (const list of waiting.values()) for (const b of list) pairs.push({ base: b })
  return pairs
}

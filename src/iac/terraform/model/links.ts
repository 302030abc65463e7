import type { SourceLocation } from '../../../model/location.js'
import type { Attr, Endpoint, TriggerKind } from '../../../model/types.js'
import type { Value } from '../../../model/value.js'
import { refsIn, symbolic } from '../eval/values.js'
import type { Draft } from './draft.js'

/**
 * Links an endpoint to the function its integration invokes, and gives the function a trigger
 * pointing back at the endpoint. Nothing happens when the target is not a function of the folder.
 */
export function linkFunction(
  draft: Draft,
  endpoint: Endpoint,
  target: Value | undefined,
  kind: TriggerKind,
  loc: SourceLocation
): void {
  const fn = draft.functionFor(target)
  if (!fn) return
  if (!endpoint.functionIds.includes(fn.id)) endpoint.functionIds.push(fn.id)
  fn.triggers.push({ kind, source: routeOf(endpoint), endpointId: endpoint.id, async: false, loc })
}

/** `GET /items` for an endpoint, symbolic when its method or path is. */
function routeOf(e: Endpoint): Attr<string> | undefined {
  const { method, path } = e
  if (!path) return method
  if (!method) return path
  const loc = path.loc
  if (typeof method.value === 'string' && typeof path.value === 'string')
    return { value: `${method.value} ${path.value}`, loc }
  const written = (a: Attr<string>): string =>
    typeof a.value === 'string' ? a.value : a.value.expr
  const refs = refsIn(typeof method.value === 'string' ? undefined : method.value)
  refsIn(typeof path.value === 'string' ? undefined : path.value, refs)
  return { value: symbolic('route', `${written(method)} ${written(path)}`, refs, loc), loc }
}

/** Whether two settings name the same thing: equal literals, or the same references. */
export function sameTarget(a: Value | undefined, b: Value | undefined): boolean {
  if (!a || !b) return false
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.value === b.value
  if (a.kind === 'symbolic' && b.kind === 'symbolic') {
    const ra = [...refsIn(a)].sort().join(',')
    return ra !== '' && ra === [...refsIn(b)].sort().join(',')
  }
  return false
}

import { isSymbolicValue } from '../../model/attr.js'
import type { SourceLocation } from '../../model/location.js'
import type { Service } from '../../model/types.js'
import type { CustomRuleTarget } from './schema.js'
import { ownValue } from '../../model/own.js'

/** A targeted model node: its id, location, and the object its attributes are read from. */
export interface Target {
  id: string
  loc: SourceLocation
  node: object
}

/** The nodes of a service a custom rule applies to. */
export function targetsOf(service: Service, kind: CustomRuleTarget): Target[] {
  switch (kind) {
    case 'function':
      return service.functions.map(f => ({ id: f.id, loc: f.loc, node: f }))
    case 'role':
      return service.roles.map(r => ({ id: r.id, loc: r.loc, node: r }))
    case 'endpoint':
      return service.endpoints.map(e => ({
        id: e.id,
        loc: e.loc,
        node: { ...e, auth: e.auth.type, authorizer: e.auth.authorizer }
      }))
    case 'permission':
      return service.permissions.map(p => ({ id: p.id, loc: p.loc, node: p }))
    default:
      return service.resources
        .filter(r => r.kind === kind)
        .map(r => ({ id: r.id, loc: r.loc, node: { ...r, ...r.attributes } }))
  }
}

/** A value read from a node: a literal, a list of literals, `unknown` (symbolic), or absent. */
export type Read =
  { kind: 'absent' } | { kind: 'unknown' } | { kind: 'value'; value: unknown; loc?: SourceLocation }

/** Reads a dotted attribute path (`url.authType`, `runtime`) from a model node. */
export function readAttribute(node: object, path: string): Read {
  let cur: unknown = node
  let loc: SourceLocation | undefined
  for (const key of path.split('.')) {
    if (cur === undefined || cur === null || typeof cur !== 'object') return { kind: 'absent' }
    // Own members only: a path naming `constructor` or `toString` is absent, not a function.
    cur = ownValue(cur as Record<string, unknown>, key)
    if (isAttr(cur)) {
      loc = cur.loc
      if (isSymbolicValue(cur.value)) return { kind: 'unknown' }
      cur = cur.value
    }
  }
  if (cur === undefined) return { kind: 'absent' }
  if (Array.isArray(cur)) {
    const items = cur.map(i => (isAttr(i) ? i.value : i))
    if (items.some(isSymbolicValue)) return { kind: 'unknown' }
    return { kind: 'value', value: items, loc }
  }
  return { kind: 'value', value: cur, loc }
}

function isAttr(v: unknown): v is { value: unknown; loc: SourceLocation } {
  return (
    typeof v === 'object' && v !== null && 'value' in v && 'loc' in v && Object.keys(v).length === 2
  )
}

import { isMap, relocate, type MapEntry, type Value } from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'

/**
 * A variable's value converted to its `type` as Terraform converts it where the type says more
 * than the value: an attribute an `object({...})` type marks `optional(T, default)` that the value
 * leaves out (or sets to null) is the default, or null. Without that, a key the value leaves out
 * would read as missing where Terraform has the attribute. Nothing else is converted.
 */
export function withTypeDefaults(v: Value, type: Expr, evaluate: (e: Expr) => Value): Value {
  if (type.kind !== 'call' || type.expandFinal) return v
  const [inner] = type.args
  if (!inner) return v
  if (type.name === 'object' && inner.kind === 'object' && isMap(v)) {
    const entries = new Map(v.entries)
    for (const item of inner.items) {
      const present = entries.get(item.key)
      const { attribute, fallback } = optionalOf(item.value)
      if (present && !(fallback && isNull(present.value))) {
        entries.set(item.key, {
          ...present,
          value: withTypeDefaults(present.value, attribute, evaluate)
        })
      } else if (attribute !== item.value) {
        const value = fallback
          ? withTypeDefaults(relocate(evaluate(fallback), v.loc), attribute, evaluate)
          : nullAt(v)
        entries.set(item.key, { key: item.key, keyLoc: present?.keyLoc ?? v.loc, value })
      }
    }
    return { kind: 'map', entries, loc: v.loc }
  }
  if (['map', 'list', 'set'].includes(type.name) && (v.kind === 'map' || v.kind === 'list')) {
    if (v.kind === 'list')
      return { ...v, items: v.items.map(i => withTypeDefaults(i, inner, evaluate)) }
    const entries = new Map<string, MapEntry>()
    for (const [k, e] of v.entries)
      entries.set(k, { ...e, value: withTypeDefaults(e.value, inner, evaluate) })
    return { kind: 'map', entries, loc: v.loc }
  }
  return v
}

/** `optional(T, default)`: the attribute's type and default; any other type as it is. */
function optionalOf(type: Expr): { attribute: Expr; fallback?: Expr } {
  if (type.kind !== 'call' || type.name !== 'optional' || type.expandFinal)
    return { attribute: type }
  const [attribute, fallback] = type.args
  return attribute ? { attribute, fallback } : { attribute: type }
}

function isNull(v: Value): boolean {
  return v.kind === 'scalar' && v.value === null
}

function nullAt(v: Value): Value {
  return { kind: 'scalar', value: null, loc: v.loc }
}

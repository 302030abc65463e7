import { isMap, type MapEntry, type Value } from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'

/**
 * A variable's value converted to its `type` as Terraform converts it where the type says more
 * than the value: an attribute an `object({...})` type marks `optional(T, default)` that the value
 * leaves out (or sets to null) is the default, or null. Without that, a key the value leaves out
 * would read as missing where Terraform has the attribute. Nothing else is converted.
 */
export function withTypeDefaults(v: Value, type: Expr, evaluate: (e: Expr) => Value): Value {
  // Each default is evaluated once and shared by every element that takes it.
  const defaults = new Map<Expr, Value>()
  const defaultOf = (fallback: Expr, attribute: Expr): Value => {
    let d = defaults.get(fallback)
    if (!d) defaults.set(fallback, (d = convert(evaluate(fallback), attribute)))
    return d
  }
  const convert = (value: Value, t: Expr): Value => {
    if (t.kind !== 'call' || t.expandFinal) return value
    const [inner] = t.args
    if (t.name === 'object' && inner?.kind === 'object' && isMap(value)) {
      const entries = new Map(value.entries)
      for (const item of inner.items) {
        const present = entries.get(item.key)
        const { attribute, fallback } = optionalOf(item.value)
        if (present && !(fallback && isNull(present.value))) {
          entries.set(item.key, { ...present, value: convert(present.value, attribute) })
        } else if (attribute !== item.value) {
          const filled = fallback ? defaultOf(fallback, attribute) : nullAt(value)
          entries.set(item.key, {
            key: item.key,
            keyLoc: present?.keyLoc ?? value.loc,
            value: filled
          })
        }
      }
      return { kind: 'map', entries, loc: value.loc }
    }
    if (!inner || !['map', 'list', 'set'].includes(t.name)) return value
    if (value.kind === 'list') return { ...value, items: value.items.map(i => convert(i, inner)) }
    if (value.kind !== 'map') return value
    const entries = new Map<string, MapEntry>()
    for (const [k, e] of value.entries) entries.set(k, { ...e, value: convert(e.value, inner) })
    return { kind: 'map', entries, loc: value.loc }
  }
  return convert(v, type)
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

import type { Value } from '../../../model/value.js'
import type { EvalContext } from './evaluate.js'

/** More elements than this, and a `dynamic` block is read once with its iterator unknown. */
const MAX_DYNAMIC_ELEMENTS = 1000

/**
 * The iterator values (`{ key, value }`) a `dynamic` block's evaluated `for_each` yields, one per
 * element; undefined when the collection is not known or too large to expand.
 */
export function dynamicIterations(v: Value, ctx: EvalContext): Value[] | undefined {
  if (v.kind !== 'list' && v.kind !== 'map') return undefined
  const pairs: [Value, Value][] =
    v.kind === 'list'
      ? v.items.map((item, i) => [{ kind: 'scalar', value: i, loc: item.loc }, item])
      : [...v.entries.values()].map(e => [{ kind: 'scalar', value: e.key, loc: e.keyLoc }, e.value])
  // Nested dynamic blocks multiply: every expansion is charged to the folder's budget.
  if (pairs.length > MAX_DYNAMIC_ELEMENTS || !ctx.scope.charge(pairs.length, v.loc))
    return undefined
  return pairs.map(([key, value]) => ({
    kind: 'map',
    entries: new Map([
      ['key', { key: 'key', keyLoc: key.loc, value: key }],
      ['value', { key: 'value', keyLoc: value.loc, value }]
    ]),
    loc: value.loc
  }))
}

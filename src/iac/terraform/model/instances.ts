import { asString, get, type Value } from '../../../model/value.js'
import { refsIn } from '../eval/values.js'
import type { TfBlock } from './folder.js'

/**
 * One instance Terraform plans from a block: the block itself, or one per element of a `for_each`
 * collection known before the plan, named as Terraform names it (`address["key"]`).
 */
export interface Instance {
  id: string
  /** What `each.key` and `each.value` are in this instance; absent without a known `for_each`. */
  key?: Value
  value?: Value
}

/** The instances of a block: one per element of a known `for_each` list, set or map, else one. */
export function instancesOf(b: TfBlock): Instance[] {
  const collection = get(b.body, 'for_each')
  if (collection?.kind === 'list') {
    return collection.items.map((item, i) => {
      const key = asString(item)
      return { id: `${b.address}[${key === undefined ? i : `"${key}"`}]`, key: item, value: item }
    })
  }
  if (collection?.kind === 'map') {
    return [...collection.entries.values()].map(e => ({
      id: `${b.address}["${e.key}"]`,
      key: { kind: 'scalar', value: e.key, loc: e.keyLoc },
      value: e.value
    }))
  }
  return [{ id: b.address }]
}

/** A value as one instance reads it: `each.value` or `each.key` written alone is the element. */
export function bound(v: Value, inst: Instance): Value {
  if (!isEach(v) || v.kind !== 'symbolic') return v
  return (v.expr === 'each.value' ? inst.value : inst.key) ?? v
}

/** Whether a value is `each.value` or `each.key` written alone. */
export function isEach(v: Value): boolean {
  return (
    v.kind === 'symbolic' && v.fn === 'each' && (v.expr === 'each.value' || v.expr === 'each.key')
  )
}

/**
 * What `each.value...` names in a block whose `for_each` is the instances of one resource
 * (`for_each = aws_lambda_function.workers`): that collection, whose reference names the resource
 * each instance stands for. Any other value is itself.
 */
export function throughEach(b: TfBlock, v: Value | undefined): Value | undefined {
  if (v?.kind !== 'symbolic' || v.fn !== 'each' || !/^each\.value\b/.test(v.expr)) return v
  const collection = get(b.body, 'for_each')
  return collection?.kind === 'symbolic' && refsIn(collection).size === 1 ? collection : v
}

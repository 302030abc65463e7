import type { SourceLocation } from '../../model/location.js'
import type { Attr } from '../../model/types.js'
import {
  asList,
  entry as entryOf,
  type MapEntry,
  type Scalar,
  type Value
} from '../../model/value.js'
import { jsonEntryLocation } from '../document/json-tree.js'

/**
 * Helpers that turn located values into model attributes. An attribute is located at the key that
 * sets it, with the value's range; a symbolic value stays symbolic.
 */

export function locOfEntry(e: MapEntry): SourceLocation {
  const json = jsonEntryLocation(e)
  if (json) return json
  // Written out rather than spread: this runs for every attribute of every resource.
  const { file, line, column } = e.keyLoc
  return { file, line, column, value: e.value.loc.value }
}

type Kind = 'string' | 'number' | 'boolean'
type KindType<K extends Kind> = K extends 'string' ? string : K extends 'number' ? number : boolean

function coerce<K extends Kind>(kind: K, v: Scalar): KindType<K> | undefined {
  if (v === null) return undefined
  if (kind === 'string') return String(v) as KindType<K>
  if (kind === 'number') {
    const n = typeof v === 'number' ? v : Number(v)
    return (typeof v !== 'boolean' && v !== '' && Number.isFinite(n) ? n : undefined) as
      KindType<K> | undefined
  }
  if (typeof v === 'boolean') return v as KindType<K>
  const s = String(v).toLowerCase()
  return (s === 'true' ? true : s === 'false' ? false : undefined) as KindType<K> | undefined
}

/** An attribute from a value located at `loc` (the key that sets it). */
export function attrFromValue<K extends Kind>(
  kind: K,
  v: Value | undefined,
  loc: SourceLocation
): Attr<KindType<K>> | undefined {
  if (!v) return undefined
  if (v.kind === 'symbolic') return { value: v, loc }
  if (v.kind !== 'scalar') return undefined
  const value = coerce(kind, v.value)
  return value === undefined ? undefined : { value, loc }
}

export function attrFromEntry<K extends Kind>(
  kind: K,
  e: MapEntry | undefined
): Attr<KindType<K>> | undefined {
  return e ? attrFromValue(kind, e.value, locOfEntry(e)) : undefined
}

/** `map[key]` as a string/number/boolean attribute. */
export function attrAt<K extends Kind>(
  kind: K,
  map: Value | undefined,
  key: string
): Attr<KindType<K>> | undefined {
  return attrFromEntry(kind, entryOf(map, key))
}

export const stringAt = (map: Value | undefined, key: string): Attr<string> | undefined =>
  attrAt('string', map, key)
export const numberAt = (map: Value | undefined, key: string): Attr<number> | undefined =>
  attrAt('number', map, key)
export const booleanAt = (map: Value | undefined, key: string): Attr<boolean> | undefined =>
  attrAt('boolean', map, key)

/**
 * A list of strings as attributes, each located at its item. A single string counts as a one-item
 * list; a symbolic list becomes one symbolic attribute.
 */
export function stringListAt(map: Value | undefined, key: string): Attr<string>[] {
  const e = entryOf(map, key)
  return e ? stringList(e.value) : []
}

export function stringList(v: Value | undefined): Attr<string>[] {
  if (!v) return []
  if (v.kind === 'symbolic') return [{ value: v, loc: v.loc }]
  const out: Attr<string>[] = []
  for (const item of asList(v)) {
    const a = attrFromValue('string', item, item.loc)
    if (a) out.push(a)
  }
  return out
}

/**
 * A `!Sub` the gate writes for the user (an ARN a SAM policy template or connector builds):
 * `expr` shows it, `template` is its text with each unknown part a plain `${Name}`, kept as its
 * argument so that rules read the ARN's literal parts (`arn:...:table/*` names every table).
 */
export function writtenSub(
  expr: string,
  template: string,
  refs: string[],
  loc: SourceLocation
): Attr<string> {
  const args: Value = { kind: 'scalar', value: template, loc }
  return { value: { kind: 'symbolic', fn: 'Fn::Sub', expr: `!Sub ${expr}`, refs, args, loc }, loc }
}

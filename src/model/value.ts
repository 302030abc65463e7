import type { Position, SourceLocation } from './location.js'

/**
 * A located value read from a template or module, before it is interpreted. Every format reader
 * (YAML/JSON, HCL) produces this tree; mappers turn it into the typed model.
 */
export type Value = ScalarValue | ListValue | MapValue | SymbolicValue

export type Scalar = string | number | boolean | null

export interface ScalarValue {
  kind: 'scalar'
  value: Scalar
  loc: SourceLocation
  /**
   * Where the text of a YAML block scalar (`|`, `>`) begins: the line below its indicator, at
   * the content's indentation. Set for block scalars holding JSON, whose inner lines are located from it.
   */
  textStart?: Position
  /**
   * Every value a template parameter allows (`AllowedValues`), when the value is that parameter's
   * `Default` and the deployment may give another: rules that check each branch of a condition
   * check each of these too.
   */
  choices?: Scalar[]
}

export interface ListValue {
  kind: 'list'
  items: Value[]
  loc: SourceLocation
}

export interface MapEntry {
  key: string
  /** Location of the key: where a finding about this entry is reported. */
  keyLoc: SourceLocation
  value: Value
}

export interface MapValue {
  kind: 'map'
  entries: Map<string, MapEntry>
  loc: SourceLocation
}

/**
 * A value that cannot be decided statically: a CloudFormation intrinsic (`!Ref`, `Fn::Sub`, ...),
 * a Serverless variable (`${ssm:...}`, `${opt:...}`), a Terraform reference or expression, a
 * dynamic reference (`{{resolve:secretsmanager:...}}`). Rules never guess its value.
 */
export interface SymbolicValue {
  kind: 'symbolic'
  /** The function or variable source: `Ref`, `Fn::GetAtt`, `Fn::Sub`, `ssm`, `env`, `var`, `ref`, ... */
  fn: string
  /** The expression as written, for messages: `!Ref BucketName`, `${ssm:/app/key}`, `var.runtime`. */
  expr: string
  /** Names the expression refers to: logical ids, Terraform addresses, parameter names. */
  refs: string[]
  /** The intrinsic's arguments, when it has structured ones. */
  args?: Value
  loc: SourceLocation
}

/**
 * A reader that keeps the text of the collections it read (the JSON reader) gives it here, so a
 * walk over a large template can pass over a collection whose text cannot hold what it looks for.
 */
export const WRITTEN_TEXT = Symbol('written text')

interface WithWrittenText {
  [WRITTEN_TEXT]?: () => string | undefined
}

/**
 * The text a map or list was read from, when its reader kept it and the value is still what the
 * text says (not changed since it was read); undefined otherwise.
 */
export function writtenText(v: Value): string | undefined {
  return (v as WithWrittenText)[WRITTEN_TEXT]?.()
}

/**
 * A reader that parsed a collection to plain data first (the JSON reader) gives that data here
 * until the collection's members are built, so a walk that reads every value of a large template
 * can read the data and build located values only for what it reports.
 */
export const PARSED_DATA = Symbol('parsed data')

interface WithParsedData {
  [PARSED_DATA]?: () => unknown
}

/** The plain data a map (an object) or list (an array) was parsed from, while its reader keeps it. */
export function parsedData(v: Value): unknown {
  return (v as WithParsedData)[PARSED_DATA]?.()
}

/**
 * A reader that builds a map's members as they are looked up (the JSON reader) gives the member
 * under a key here, so looking up a few keys of each of 200,000 resources does not build a `Map`
 * of members for each: `entries` is built when it is read.
 */
export const MEMBER = Symbol('member')

interface WithMember {
  [MEMBER]?: (key: string) => MapEntry | undefined
}

/**
 * A reader that builds values as they are read (the JSON reader) gives the value under a key here
 * without keeping it in the map: registering 200,000 resources reads each one's `Properties`
 * once, and keeping an entry for each in its resource would outlive the reading.
 */
export const MEMBER_VALUE = Symbol('member value')

interface WithMemberValue {
  [MEMBER_VALUE]?: (key: string) => Value | undefined
}

/**
 * A reader that builds a map's members as they are read (the JSON reader) lists them here, each
 * built for the listing only: registering the 200,000 resources of a template does not keep a
 * `Map` of them, nor an entry for each.
 */
export const EACH_MEMBER = Symbol('each member')

interface WithEachMember {
  [EACH_MEMBER]?: () => Iterable<MapEntry>
}

/**
 * The members of a map in the order they are written, for one pass. Unlike `entries`, a key
 * written twice (which only JSON text can hold) is listed each time, with the value written there.
 */
export function membersOnce(map: MapValue): Iterable<MapEntry> {
  const each = (map as WithEachMember)[EACH_MEMBER]
  return each ? each.call(map) : map.entries.values()
}

/**
 * Whether parsed data is read as a symbolic value, not a map: a one-member object naming an
 * intrinsic (`Ref`, `Fn::...`, or `Condition` with a scalar), as `intrinsicFromMap` reads it.
 */
export function isIntrinsicData(o: object): boolean {
  let only: string | undefined
  for (const key in o) {
    if (only !== undefined) return false
    only = key
  }
  if (only === 'Ref' || only?.startsWith('Fn::') === true) return true
  if (only !== 'Condition') return false
  const arg = (o as Record<string, unknown>)[only]
  return arg === null || typeof arg !== 'object'
}

/*
 * Copies of values. A reader may keep a collection's members behind a getter (the JSON reader
 * reads them when first asked), which spreading (`{ ...map }`) would leave out: copies name them.
 */

/** The value, located at `loc`. */
export function relocated(v: Value, loc: SourceLocation): Value {
  if (v.kind === 'map') return { kind: 'map', entries: v.entries, loc }
  if (v.kind === 'list') return { kind: 'list', items: v.items, loc }
  return { ...v, loc }
}

/**
 * A copy of a value with every location moved to `loc`, its parts included: a variable default, a
 * local or a value from `Mappings` is reported where it is used.
 */
export function relocate(v: Value, loc: SourceLocation): Value {
  switch (v.kind) {
    case 'scalar':
      return { ...v, loc }
    case 'symbolic':
      return { ...v, loc }
    case 'list':
      return { kind: 'list', items: v.items.map(i => relocate(i, loc)), loc }
    case 'map': {
      const entries = new Map<string, MapEntry>()
      for (const [k, e] of v.entries) {
        entries.set(k, { key: k, keyLoc: loc, value: relocate(e.value, loc) })
      }
      return { kind: 'map', entries, loc }
    }
  }
}

export function withEntries(map: MapValue, entries: Map<string, MapEntry>): MapValue {
  return { kind: 'map', entries, loc: map.loc }
}

export function withItems(list: ListValue, items: Value[]): ListValue {
  return { kind: 'list', items, loc: list.loc }
}

/** The entry with another value, at the same key. */
export function withValue(e: MapEntry, value: Value): MapEntry {
  return { key: e.key, keyLoc: e.keyLoc, value }
}

export function isSymbolic(v: Value | undefined): v is SymbolicValue {
  return v?.kind === 'symbolic'
}

export function isMap(v: Value | undefined): v is MapValue {
  return v?.kind === 'map'
}

export function isList(v: Value | undefined): v is ListValue {
  return v?.kind === 'list'
}

export function isScalar(v: Value | undefined): v is ScalarValue {
  return v?.kind === 'scalar'
}

/** The entry under `key` of a map value, or undefined for anything else. */
export function entry(v: Value | undefined, key: string): MapEntry | undefined {
  if (!isMap(v)) return undefined
  const member = (v as WithMember)[MEMBER]
  return member ? member.call(v, key) : v.entries.get(key)
}

/** The value under `key` of a map value, or undefined. */
export function get(v: Value | undefined, key: string): Value | undefined {
  return entry(v, key)?.value
}

/**
 * `get` for a value read once: a reader may build it anew for each call instead of keeping it,
 * so two calls may give two equal values.
 */
export function readOnce(v: Value | undefined, key: string): Value | undefined {
  if (!isMap(v)) return undefined
  const member = (v as WithMemberValue)[MEMBER_VALUE]
  return member ? member.call(v, key) : v.entries.get(key)?.value
}

/** The value at a path of map keys. */
export function getPath(v: Value | undefined, path: readonly string[]): Value | undefined {
  let cur = v
  for (const key of path) cur = get(cur, key)
  return cur
}

/** A literal string (numbers and booleans as written), or undefined for anything else. */
export function asString(v: Value | undefined): string | undefined {
  if (!isScalar(v) || v.value === null) return undefined
  return String(v.value)
}

export function asBoolean(v: Value | undefined): boolean | undefined {
  if (!isScalar(v)) return undefined
  if (typeof v.value === 'boolean') return v.value
  if (v.value === 'true' || v.value === 'True') return true
  if (v.value === 'false' || v.value === 'False') return false
  return undefined
}

/**
 * Whether JavaScript takes the value for true (`if (value)`), as the Serverless Framework tests
 * many settings: every string but `''` (`'false'` and `'no'` too), every number but 0, every list
 * and map. Undefined for a value known only at deploy time.
 */
export function isTruthy(v: Value | undefined): boolean | undefined {
  if (v === undefined) return false
  if (v.kind === 'symbolic') return undefined
  return v.kind !== 'scalar' || Boolean(v.value)
}

/** A list's items; a single non-list value counts as a one-item list (IAM and CFN allow both). */
export function asList(v: Value | undefined): Value[] {
  if (v === undefined) return []
  return isList(v) ? v.items : [v]
}

/** Converts a value to plain data; symbolic values become their expression string. */
export function toPlain(v: Value | undefined): unknown {
  if (v === undefined) return undefined
  switch (v.kind) {
    case 'scalar':
      return v.value
    case 'list':
      return v.items.map(toPlain)
    case 'map':
      return Object.fromEntries([...v.entries].map(([k, e]) => [k, toPlain(e.value)]))
    case 'symbolic':
      return v.expr
  }
}

import type { SourceLocation } from '../../model/location.js'
import type { Attr } from '../../model/types.js'
import {
  asList,
  entry as entryOf,
  isMap,
  type ListValue,
  type MapEntry,
  type Value
} from '../../model/value.js'
import { attrFromEntry, locOfEntry } from './attrs.js'

/**
 * A value written as a condition (CloudFormation `Fn::If`, a Terraform `cond ? a : b`) that the
 * gate does not decide: a policy grants, and a setting allows, what either branch does, so each
 * branch's values are checked. A template parameter's default that `AllowedValues` lets the
 * deployment replace is read the same way: each allowed value is a branch.
 */

/** A conditional value as the list of its branches' values; any other value as it is. */
export function eitherBranch(v: Value | undefined): Value | undefined {
  if (v?.kind === 'list') return withChoicesListed(v)
  const branches = v ? branchesOf(v) : undefined
  if (!v || !branches) return v
  if (branches.some(b => b.kind === 'map')) {
    // `Principal: !If [c, { AWS: a }, { Service: b }]`: every key of either.
    return branches.every(isMap) ? mergedMaps(branches, v.loc) : v
  }
  return {
    kind: 'list',
    items: branches.flatMap(b => (b.kind === 'list' ? b.items : [b])),
    loc: v.loc
  }
}

/** A list whose items have choices (a Terraform `[var.action]`): each choice an item. */
function withChoicesListed(list: ListValue): ListValue {
  if (!list.items.some(i => i.kind === 'scalar' && i.choices)) return list
  return { kind: 'list', items: list.items.flatMap(i => branchesOf(i) ?? [i]), loc: list.loc }
}

export function branchesOf(v: Value): Value[] | undefined {
  if (v.kind === 'scalar' && v.choices)
    return v.choices.map(value => ({ kind: 'scalar', value, loc: v.loc }))
  return writtenBranches(v)?.flatMap(b => branchesOf(b) ?? (isUnset(b) ? [] : [b]))
}

/** The two branches of an `Fn::If` or a `cond ? a : b` as written; undefined for other values. */
function writtenBranches(v: Value): Value[] | undefined {
  if (v.kind !== 'symbolic' || v.args?.kind !== 'list') return undefined
  if (v.fn === 'Fn::If' && v.args.items.length === 3) return v.args.items.slice(1)
  if (v.fn === 'conditional' && v.args.items.length === 2) return v.args.items
  return undefined
}

/** A conditional, or a value with choices (a parameter's `AllowedValues`, a variable's files). */
export function hasBranches(v: Value): boolean {
  return v.kind === 'scalar' ? v.choices !== undefined : writtenBranches(v) !== undefined
}

/**
 * The setting under `key`. Written as a conditional whose branches are all literal (nested ones
 * too; one that sets nothing stands as `unset`), or a value with literal choices, it is the first
 * branch `isOpen` accepts, else its first branch: whichever way the condition goes the resource is
 * deployed so, and an open branch is reported like an open setting.
 */
export function openBranchAt(
  map: Value | undefined,
  key: string,
  isOpen: (branch: string | undefined) => boolean,
  unset?: string
): Attr<string> | undefined {
  const e = entryOf(map, key)
  const written = attrFromEntry('string', e)
  if (!e || !hasBranches(e.value)) return written
  const branches = literalBranches(e.value)?.map(b => b ?? unset)
  if (!branches) return written
  const open = branches.findIndex(isOpen)
  const value = branches[open >= 0 ? open : 0]
  // A choice may be all there is: a variable whose default is null and whose files set it.
  return value === undefined ? written : { value, loc: written?.loc ?? locOfEntry(e) }
}

/**
 * The literal branches of a conditional (nested ones flattened; one that sets nothing as
 * undefined) or a value's choices, if all are strings (or, with `anyScalar`, booleans and
 * numbers too). Choices are the values a string may be given (an account id written unquoted
 * among them is still that string), so they are always read as strings.
 */
export function literalBranches(v: Value, anyScalar = false): (string | undefined)[] | undefined {
  if (v.kind === 'scalar' && v.choices)
    return v.choices.map(b => (b === null ? undefined : String(b)))
  if (isUnset(v)) return [undefined]
  if (v.kind === 'scalar') {
    if (typeof v.value === 'string') return [v.value]
    return anyScalar ? [String(v.value)] : undefined
  }
  const written = writtenBranches(v)
  if (!written) return undefined
  const out: (string | undefined)[] = []
  for (const b of written) {
    const inner = literalBranches(b, anyScalar)
    if (!inner) return undefined
    out.push(...inner)
  }
  return out
}

/** `AWS::NoValue`, or Terraform `null`: the branch sets nothing. */
function isUnset(v: Value): boolean {
  if (v.kind === 'scalar') return v.value === null
  return (
    v.kind === 'symbolic' &&
    v.fn === 'Ref' &&
    v.args?.kind === 'scalar' &&
    v.args.value === 'AWS::NoValue'
  )
}

function mergedMaps(maps: Value[], loc: SourceLocation): Value {
  const entries = new Map<string, MapEntry>()
  for (const m of maps) {
    if (!isMap(m)) continue
    for (const [key, e] of m.entries) {
      const before = entries.get(key)
      const value: Value = before
        ? { kind: 'list', items: [...asList(before.value), ...asList(e.value)], loc: e.value.loc }
        : e.value
      entries.set(key, { key, keyLoc: e.keyLoc, value })
    }
  }
  return { kind: 'map', entries, loc }
}

import type { SourceLocation } from '../../model/location.js'
import { asList, isMap, type ListValue, type MapEntry, type Value } from '../../model/value.js'

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
  if (v.kind !== 'symbolic' || v.args?.kind !== 'list') return undefined
  const written =
    v.fn === 'Fn::If' && v.args.items.length === 3
      ? v.args.items.slice(1)
      : v.fn === 'conditional' && v.args.items.length === 2
        ? v.args.items
        : undefined
  if (!written) return undefined
  return written.flatMap(b => branchesOf(b) ?? (isUnset(b) ? [] : [b]))
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

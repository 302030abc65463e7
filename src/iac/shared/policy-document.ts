import type { SourceLocation } from '../../model/location.js'
import type { Attr, PolicyDocument, PolicyStatement, Principal } from '../../model/types.js'
import { asList, entry, get, isMap, type MapEntry, type Value } from '../../model/value.js'
import { stringAt, stringListAt, stringList, locOfEntry } from './attrs.js'

/**
 * Reads an IAM policy document (`{ Version, Statement: [...] }`) or a bare list of statements
 * (Serverless `iam.role.statements`) from a located value. Shared by every format.
 */
export function policyDocumentFrom(
  v: Value | undefined,
  loc?: SourceLocation
): PolicyDocument | undefined {
  if (!v) return undefined
  const where = loc ?? v.loc
  if (v.kind === 'symbolic') return { statements: [], symbolic: v, loc: where }
  if (v.kind === 'list') return { statements: statementsFrom(v), loc: where }
  if (!isMap(v)) return undefined
  const statement = get(v, 'Statement')
  if (statement?.kind === 'symbolic') return { statements: [], symbolic: statement, loc: where }
  return { statements: statementsFrom(statement), loc: where }
}

/** Statements from a `Statement` value: a list of statements or a single one. */
export function statementsFrom(v: Value | undefined): PolicyStatement[] {
  return asList(v).filter(isMap).map(statementFrom)
}

export function statementFrom(s: Value): PolicyStatement {
  const effect = effectAt(s)
  const condition = get(s, 'Condition')
  return {
    sid: stringAt(s, 'Sid')?.value as string | undefined,
    effect,
    actions: eitherListAt(s, 'Action'),
    notActions: eitherListAt(s, 'NotAction'),
    resources: eitherListAt(s, 'Resource'),
    notResources: eitherListAt(s, 'NotResource'),
    principals: principalsFrom(eitherBranch(entry(s, 'Principal')?.value)),
    notPrincipals: principalsFrom(eitherBranch(entry(s, 'NotPrincipal')?.value)),
    condition,
    loc: s.loc
  }
}

/**
 * A statement's actions, resources, ... written as a condition (CloudFormation `Fn::If`, a
 * Terraform `cond ? a : b`) are every value of either branch: the statement grants them when
 * the condition goes that way, so each is checked, as a `Fn::If` list item is.
 */
function eitherListAt(s: Value, key: string): Attr<string>[] {
  const e = entry(s, key)
  return e ? stringList(eitherBranch(e.value)) : stringListAt(s, key)
}

/** A conditional value as the list of its branches' values; any other value as it is. */
function eitherBranch(v: Value | undefined): Value | undefined {
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

function branchesOf(v: Value): Value[] | undefined {
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

/** `Effect`; written as a condition, `Allow` when either branch allows (the statement may grant). */
function effectAt(s: Value): Attr<string> {
  const written = stringAt(s, 'Effect') ?? { value: 'Allow', loc: s.loc }
  if (typeof written.value === 'string') return written
  const branches = branchesOf(written.value)
  const allows = branches?.some(b => b.kind === 'scalar' && b.value === 'Allow')
  const literal = branches?.every(b => b.kind === 'scalar' && typeof b.value === 'string')
  if (!literal) return written
  return { value: allows ? 'Allow' : 'Deny', loc: written.loc }
}

/** `Principal: "*"`, `Principal: { AWS: [...], Service: ... }`. */
export function principalsFrom(v: Value | undefined): Principal[] {
  if (!v) return []
  if (v.kind === 'scalar' || v.kind === 'symbolic') {
    return stringList(v).map(value => ({ type: '*', value }))
  }
  if (!isMap(v)) return []
  const out: Principal[] = []
  for (const e of v.entries.values()) {
    const values = e.value.kind === 'list' ? stringList(e.value) : stringList(e.value)
    for (const value of values)
      out.push({ type: e.key, value: { ...value, loc: value.loc ?? locOfEntry(e) } })
  }
  return out
}

import type { SourceLocation } from '../../model/location.js'
import type { Attr, PolicyDocument, PolicyStatement, Principal } from '../../model/types.js'
import { asList, entry, get, isMap, type Value } from '../../model/value.js'
import { stringAt, stringListAt, stringList, locOfEntry } from './attrs.js'
import { branchesOf, eitherBranch } from './either-branch.js'

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

/** `Effect`; written as a condition, `Allow` when either branch allows (the statement may grant). */
function effectAt(s: Value): Attr<string> {
  const written = stringAt(s, 'Effect') ?? { value: 'Allow', loc: s.loc }
  const raw = get(s, 'Effect')
  const branches = raw && branchesOf(raw)
  if (!branches) return written
  const allows = branches?.some(b => b.kind === 'scalar' && b.value === 'Allow')
  const literal = branches?.every(b => b.kind === 'scalar' && typeof b.value === 'string')
  if (!literal) return written
  return { value: allows ? 'Allow' : 'Deny', loc: written.loc }
}

/**
 * An `Allow` of actions on resources for principals, every part located at `loc`: the statement a
 * format writes for the user (a SAM policy template or connector, a generated trust policy).
 */
export function allowStatement(
  loc: SourceLocation,
  actions: readonly string[],
  resources: Attr<string>[] = [],
  principals: Principal[] = []
): PolicyStatement {
  return {
    effect: { value: 'Allow', loc },
    actions: actions.map(value => ({ value, loc })),
    notActions: [],
    resources,
    notResources: [],
    principals,
    notPrincipals: [],
    loc
  }
}

/** An account (or `*`: anyone) a permission names, as the principal of its statement. */
export function accountPrincipal(value: Attr<string>): Principal {
  return { type: value.value === '*' ? '*' : 'AWS', value }
}

/** `Principal: "*"`, `Principal: { AWS: [...], Service: ... }`. */
export function principalsFrom(v: Value | undefined): Principal[] {
  if (!v) return []
  if (v.kind === 'scalar' || v.kind === 'symbolic') {
    return stringList(v).map(value => ({ type: '*', value }))
  }
  // The branches of a condition (or a parameter's allowed values): each one's principals.
  if (v.kind === 'list') return v.items.flatMap(principalsFrom)
  if (!isMap(v)) return []
  const out: Principal[] = []
  for (const e of v.entries.values()) {
    for (const value of stringList(eitherBranch(e.value)))
      out.push({ type: e.key, value: { ...value, loc: value.loc ?? locOfEntry(e) } })
  }
  return out
}

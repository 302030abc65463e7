import { isSymbolicValue, literal } from '../../../model/attr.js'
import type { SourceLocation } from '../../../model/location.js'
import type { PolicyStatement, Principal, Resource } from '../../../model/types.js'
import { get, isMap, type MapValue, type Value } from '../../../model/value.js'
import { conditionTestNarrows } from './condition-narrowing.js'
import { denyGuards, guardCovers } from './deny-guards.js'
import { actionMatches } from './iam-actions.js'
import { literals } from './statements.js'

/**
 * Whether a resource policy statement opens the resource to anyone: an Allow to `*` (or to every
 * principal but some, with NotPrincipal) that no condition ties to a known caller, account,
 * organisation, network or source.
 */

export type Publicity =
  | { kind: 'public'; via: 'Principal' | 'NotPrincipal'; conditioned: boolean }
  | { kind: 'private' }
  | { kind: 'undecidable'; reason: string; location: SourceLocation }

const PRIVATE: Publicity = { kind: 'private' }

/**
 * Whether one statement of a resource policy grants access to anyone. A restricting condition
 * settles it as private even when other parts are expressions; otherwise any expression that
 * could open it (principal, effect, condition) makes it undecidable.
 */
export function statementPublicity(st: PolicyStatement): Publicity {
  const via = wildcardGrantee(st)
  const unknownPrincipal = via ? undefined : st.principals.find(p => couldBeWildcard(p.value.value))
  if (!via && !unknownPrincipal) return PRIVATE
  const effect = literal(st.effect)
  if (effect !== undefined && effect !== 'Allow') return PRIVATE
  const restricted = st.condition === undefined ? false : conditionRestricts(st.condition)
  if (restricted === true) return PRIVATE
  if (!via) {
    const location = unknownPrincipal?.value.loc ?? st.loc
    return undecided('a Principal is not known before deployment', location)
  }
  if (effect === undefined) {
    return undecided('the statement Effect is not known before deployment', st.effect.loc)
  }
  if (restricted === undefined) {
    const location = st.condition?.loc ?? st.loc
    return undecided('the statement Condition is not known before deployment', location)
  }
  return { kind: 'public', via, conditioned: st.condition !== undefined }
}

/** `*` as principal, or NotPrincipal with Allow (everyone except the listed principals). */
function wildcardGrantee(st: PolicyStatement): 'Principal' | 'NotPrincipal' | undefined {
  if (st.principals.some(isWildcardPrincipal)) return 'Principal'
  if (st.notPrincipals.length > 0) return 'NotPrincipal'
  return undefined
}

export function isWildcardPrincipal(p: Principal): boolean {
  const type = p.type.toUpperCase()
  return (type === '*' || type === 'AWS') && literal(p.value) === '*'
}

/**
 * Whether a principal written as an expression could stand for `*`. An expression that builds an
 * ARN or a service name (`!Sub arn:aws:iam::${AWS::AccountId}:root`), or reads a resource's
 * attribute, names one principal; a bare parameter or variable could be anything.
 */
function couldBeWildcard(v: unknown): boolean {
  if (!isSymbolicValue(v)) return false
  if (v.fn === 'Fn::GetAtt') return false
  return !/arn:|amazonaws\.com/.test(v.expr)
}

function undecided(reason: string, location: SourceLocation): Publicity {
  return { kind: 'undecidable', reason, location }
}

/**
 * Whether a Condition block ties the statement to a specific caller or source. Undefined when the
 * block itself is an expression that cannot be read.
 */
export function conditionRestricts(condition: Value): boolean | undefined {
  if (condition.kind === 'symbolic') return undefined
  if (!isMap(condition)) return false
  const tests = legacyEventBusCondition(condition) ?? condition
  for (const test of tests.entries.values()) {
    if (!isMap(test.value)) continue
    for (const e of test.value.entries.values()) {
      if (conditionTestNarrows(test.key, e.key, e.value)) return true
    }
  }
  return false
}

/** EventBridge's older single-statement form writes `Condition: { Type, Key, Value }`. */
function legacyEventBusCondition(condition: MapValue): MapValue | undefined {
  const type = get(condition, 'Type')
  const key = get(condition, 'Key')
  const value = get(condition, 'Value')
  if (type?.kind !== 'scalar' || key?.kind !== 'scalar' || !value) return undefined
  const keyName = String(key.value)
  const inner: MapValue = {
    kind: 'map',
    entries: new Map([[keyName, { key: keyName, keyLoc: key.loc, value }]]),
    loc: condition.loc
  }
  const op = String(type.value)
  return {
    kind: 'map',
    entries: new Map([[op, { key: op, keyLoc: type.loc, value: inner }]]),
    loc: condition.loc
  }
}

/** A public statement of one of a resource's policies. */
export interface PublicStatement {
  statement: PolicyStatement
  publicity: Extract<Publicity, { kind: 'public' }>
}

/**
 * The statements of a resource's policies that open it to anyone, and those that cannot be decided;
 * an Allow that a Deny guard keeps to named callers is neither (see `denyGuards`).
 */
export function publicStatementsOf(resource: Resource): {
  open: PublicStatement[]
  undecided: { reason: string; location: SourceLocation }[]
} {
  const open: PublicStatement[] = []
  const undecidedOnes: { reason: string; location: SourceLocation }[] = []
  const guards = denyGuards(resource.policies)
  for (const document of resource.policies) {
    if (document.symbolic) {
      undecidedOnes.push({
        reason: `the policy is an expression (${document.symbolic.expr}) that is not known before deployment`,
        location: document.loc
      })
    }
    for (const statement of document.statements) {
      const publicity = statementPublicity(statement)
      if (publicity.kind !== 'private' && guards.some(g => guardCovers(g, statement))) continue
      if (publicity.kind === 'public') open.push({ statement, publicity })
      else if (publicity.kind === 'undecidable') undecidedOnes.push(publicity)
    }
  }
  return { open, undecided: undecidedOnes }
}

/** The first statement of a resource's policies that lets anyone call the action, if any. */
export function openStatementGranting(
  resource: Resource,
  action: string
): PublicStatement | undefined {
  return openStatementsGranting(resource, action)[0]
}

/** Every statement of a resource's policies that lets anyone call the action. */
export function openStatementsGranting(resource: Resource, action: string): PublicStatement[] {
  return publicStatementsOf(resource).open.filter(p => allowsAction(p.statement, action))
}

/** Whether a statement's actions take in the action (NotAction: all but those listed). */
function allowsAction(statement: PolicyStatement, action: string): boolean {
  const written = (statement.notActions.length > 0 ? statement.notActions : statement.actions).map(
    a => literal(a)
  )
  if (statement.notActions.length === 0)
    return written.some(a => a !== undefined && actionMatches(a, action))
  // An exception known only at deployment may be the very action: not claimed.
  return written.every(a => a !== undefined && !actionMatches(a, action))
}

/** The actions a statement grants, for messages: "`sqs:SendMessage`, `sqs:ReceiveMessage`". */
export function grantedActions(st: PolicyStatement): string {
  const names = literals(st.actions)
  if (st.notActions.length > 0) return 'every action except those in NotAction'
  if (names.length === 0) return 'the listed actions'
  return names.map(n => `\`${n}\``).join(', ')
}

/** A short, stable description of a public statement: what it grants and to whom. */
export function publicEvidence(p: PublicStatement): string {
  const names = literals(p.statement.actions)
  const what = p.statement.notActions.length > 0 ? 'NotAction' : names.join(',') || 'actions'
  const who = p.publicity.via === 'NotPrincipal' ? 'NotPrincipal' : 'Principal *'
  return `${who} ${what}${p.statement.sid ? ` (${p.statement.sid})` : ''}`
}

/** "lets anyone (Principal `*`) call `s3:GetObject`": the sentence the public-policy rules share. */
export function publicGrantSentence(p: PublicStatement): string {
  const who =
    p.publicity.via === 'NotPrincipal'
      ? 'lets every principal not listed in NotPrincipal'
      : 'lets anyone (Principal `*`)'
  const why = p.publicity.conditioned
    ? ': its condition does not restrict the caller, account, organisation, network or source'
    : ', with no condition restricting the caller'
  return `${who} call ${grantedActions(p.statement)}${why}`
}

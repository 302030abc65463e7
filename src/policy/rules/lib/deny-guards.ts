import { display, literal } from '../../../model/attr.js'
import type { PolicyDocument, PolicyStatement } from '../../../model/types.js'
import { ownValue } from '../../../model/own.js'
import { isMap } from '../../../model/value.js'
import { conditionTestNarrows } from './condition-narrowing.js'
import { actionMatches } from './iam-actions.js'

/**
 * Deny statements that keep everyone else out of a resource: "deny every request that does not
 * come from this account, organisation or VPC endpoint", as AWS documents for buckets reached
 * through a VPC endpoint and for private APIs. An explicit Deny wins over any Allow, so an Allow
 * to `*` that such a guard covers (its actions, its resources) opens the resource to nobody else.
 */
export function denyGuards(documents: readonly PolicyDocument[]): PolicyStatement[] {
  return documents.flatMap(d => d.statements).filter(keepsOthersOut)
}

/** Whether a guard covers every action and resource the Allow statement grants. */
export function guardCovers(guard: PolicyStatement, allow: PolicyStatement): boolean {
  return coversActions(guard, allow) && coversResources(guard, allow)
}

/** Negated condition operators, by the operator whose test they deny the opposite of. */
const NEGATED: Readonly<Record<string, string>> = {
  stringnotequals: 'StringEquals',
  stringnotequalsignorecase: 'StringEqualsIgnoreCase',
  stringnotlike: 'StringLike',
  arnnotequals: 'ArnEquals',
  arnnotlike: 'ArnLike',
  notipaddress: 'IpAddress'
}

/**
 * A Deny to `*` with one negated test on who or where the caller is: it denies every request but
 * those the test names. A second test would narrow the Deny itself (both must hold for it to
 * apply), so the other requests would get in.
 */
function keepsOthersOut(st: PolicyStatement): boolean {
  if (literal(st.effect) !== 'Deny' || st.notActions.length > 0) return false
  if (!st.principals.some(p => literal(p.value) === '*')) return false
  const condition = st.condition
  if (!condition || !isMap(condition) || condition.entries.size !== 1) return false
  const [test] = condition.entries.values()
  if (!test || !isMap(test.value) || test.value.entries.size !== 1) return false
  // `...IfExists`: the Deny applies to requests without the key as well.
  const positive = ownValue(NEGATED, test.key.toLowerCase().replace(/ifexists$/, ''))
  const [keyed] = test.value.entries.values()
  return (
    positive !== undefined &&
    keyed !== undefined &&
    conditionTestNarrows(positive, keyed.key, keyed.value)
  )
}

function coversActions(guard: PolicyStatement, allow: PolicyStatement): boolean {
  const denied = guard.actions.map(a => literal(a))
  if (denied.some(a => a === undefined)) return false
  const patterns = denied as string[]
  if (allow.notActions.length > 0) return patterns.includes('*')
  return allow.actions.every(a => {
    const action = literal(a)
    return action !== undefined && patterns.some(p => actionMatches(p, action))
  })
}

function coversResources(guard: PolicyStatement, allow: PolicyStatement): boolean {
  const denied = guard.resources.map(r => display(r))
  if (denied.includes('*')) return true
  if (allow.notResources.length > 0 || allow.resources.length === 0) return false
  return allow.resources.every(r => denied.includes(display(r)))
}

import { literal } from '../../../model/attr.js'
import type { Policy, Service } from '../../../model/types.js'
import { actionMatches, managedPolicyName } from './iam-actions.js'
import { policiesOf } from './role-grants.js'
import type { PlacedStatement } from './statements.js'

/**
 * Escalation actions that need `iam:PassRole` too: the new function or stack runs as a role passed
 * to it, and AWS refuses to create it unless its creator may pass that role. Alone, they only let
 * the holder act with its own permissions.
 */
const NEED_PASS_ROLE = new Set(['lambda:createfunction', 'cloudformation:createstack'])

export function escalatesOnlyWithPassRole(action: string): boolean {
  return NEED_PASS_ROLE.has(action.toLowerCase())
}

/** AWS managed policies that may hold `iam:PassRole` (their documents are not read). */
const BROAD_MANAGED = /FullAccess|Admin|PowerUser/i

/**
 * Whether the holder of a statement (its role, user or group, or the policy alone) may pass a role:
 * one of its Allow statements grants `iam:PassRole` on any resource. `unknown` when some of its
 * permissions cannot be read (external or broad AWS managed policies, unresolvable documents).
 */
export function mayPassRole(service: Service, placed: PlacedStatement): 'yes' | 'no' | 'unknown' {
  const policies = placed.role
    ? policiesOf(service, placed.role)
    : placed.principal
      ? placed.principal.policies
      : [placed.policy]
  let unknown = placed.principal !== undefined && !placed.principal.defined
  for (const policy of policies) {
    const found = passRoleIn(policy)
    if (found === 'yes') return 'yes'
    if (found === 'unknown') unknown = true
  }
  return unknown ? 'unknown' : 'no'
}

function passRoleIn(policy: Policy): 'yes' | 'no' | 'unknown' {
  if (policy.kind === 'external') return 'unknown'
  if (policy.kind === 'aws-managed') {
    const arn = policy.arn && literal(policy.arn)
    return arn === undefined || BROAD_MANAGED.test(managedPolicyName(arn)) ? 'unknown' : 'no'
  }
  if (!policy.document || policy.document.symbolic) return 'unknown'
  let unknown = false
  for (const st of policy.document.statements) {
    const effect = literal(st.effect)
    if (effect === 'Deny') continue
    // An Allow with NotAction grants every action it does not name, iam:PassRole included.
    if (effect === undefined || st.notActions.length > 0) unknown = true
    for (const action of st.actions) {
      const name = literal(action)
      if (name === undefined) unknown = true
      else if (effect === 'Allow' && actionMatches(name, 'iam:PassRole')) return 'yes'
    }
  }
  return unknown ? 'unknown' : 'no'
}

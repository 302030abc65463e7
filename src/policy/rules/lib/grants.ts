import { display, literal } from '../../../model/attr.js'
import type { SourceLocation } from '../../../model/location.js'
import type { LambdaFunction, PolicyStatement, Role, Service } from '../../../model/types.js'
import { managedPolicyName } from './iam-actions.js'

/** One permission a function holds: an action (or pattern) on a resource, and where it is granted. */
export interface Grant {
  action: string
  resource: string
  /** The action's location (or the managed policy reference). */
  loc: SourceLocation
  kind: 'action' | 'not-action' | 'managed-policy'
}

export function grantKey(g: Grant): string {
  return `${g.kind}|${g.action}|${g.resource}`
}

/**
 * What a function's role allows, flattened to action × resource pairs. Symbolic actions and
 * resources keep their expression, so a change to them still shows.
 */
export function grantsOf(service: Service, fn: LambdaFunction): Grant[] {
  const role = service.roles.find(r => r.id === fn.roleId)
  return role ? roleGrants(role) : []
}

/** What a role allows, flattened to action × resource pairs. */
export function roleGrants(role: Role): Grant[] {
  const out: Grant[] = []
  for (const policy of role.policies) {
    if (policy.kind === 'aws-managed' && policy.arn) {
      out.push({
        action: `policy/${managedPolicyName(display(policy.arn))}`,
        resource: '*',
        loc: policy.arn.loc,
        kind: 'managed-policy'
      })
    }
    for (const st of policy.document?.statements ?? []) out.push(...statementGrants(st))
  }
  return out
}

function statementGrants(st: PolicyStatement): Grant[] {
  if (literal(st.effect) !== 'Allow') return []
  const resources =
    st.resources.length > 0
      ? st.resources.map(display)
      : st.notResources.map(r => `NOT ${display(r)}`)
  const out: Grant[] = []
  for (const a of st.actions)
    for (const r of resources)
      out.push({ action: display(a), resource: r, loc: a.loc, kind: 'action' })
  for (const a of st.notActions)
    for (const r of resources)
      out.push({ action: display(a), resource: r, loc: a.loc, kind: 'not-action' })
  return out
}

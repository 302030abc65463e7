import { literal } from '../../../model/attr.js'
import type { Attr, IamPrincipal, Policy, Role, Service } from '../../../model/types.js'
import { isAwsManagedArn, managedPolicyName } from './iam-actions.js'

/** AWS managed policies attached in a service, with the role that gets them. */

export interface ManagedPolicyUse {
  policy: Policy
  /** The ARN or name as written: where findings about the attachment are reported. */
  arn: Attr<string>
  /** The policy name (`AdministratorAccess`), or undefined when the ARN is symbolic. */
  name?: string
  role?: Role
  /** The IAM user or group it is attached to, when it is not a role's. */
  principal?: IamPrincipal
}

/**
 * Every reference to an AWS managed policy: on roles, and standalone attachments once. A symbolic
 * ARN is kept (with no name) when the model knows it is AWS managed, so rules can say they could
 * not decide; other symbolic ARNs may be anything and are left to rules about external policies.
 */
export function awsManagedPolicies(service: Service): ManagedPolicyUse[] {
  const out: ManagedPolicyUse[] = []
  const seen = new Set<Policy>()
  const add = (policy: Policy, role?: Role, principal?: IamPrincipal): void => {
    if (seen.has(policy) || !policy.arn) return
    const written = literal(policy.arn)
    const managed =
      policy.kind === 'aws-managed' || (written !== undefined && isAwsManagedArn(written))
    if (!managed) return
    seen.add(policy)
    const name = written === undefined ? undefined : managedPolicyName(written)
    out.push({ policy, arn: policy.arn, name, role, principal })
  }
  for (const role of service.roles) for (const policy of role.policies) add(policy, role)
  for (const p of service.principals ?? [])
    for (const policy of p.policies) add(policy, undefined, p)
  for (const policy of service.policies) {
    add(
      policy,
      service.roles.find(r => policy.attachedTo?.includes(r.id))
    )
  }
  return out
}

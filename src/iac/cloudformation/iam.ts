import type { SourceLocation } from '../../model/location.js'
import type { Policy, PolicyDocument, Role } from '../../model/types.js'
import { asList, entry, get, isMap, type Value } from '../../model/value.js'
import { policyDocumentFrom } from '../shared/policy-document.js'
import { attrFromValue, locOfEntry, stringAt } from '../shared/attrs.js'
import type { MapContext, TemplateResource } from './context.js'
import { partitionFreeText } from './arn.js'
import { attachToPrincipals } from './iam-principals.js'
import { refsOfType, roleIdOf } from './refs.js'

/** A policy document under `key`, located at the key. */
export function documentAt(v: Value | undefined, key: string): PolicyDocument | undefined {
  const e = entry(v, key)
  return e ? policyDocumentFrom(e.value, locOfEntry(e)) : undefined
}

/** `AWS::IAM::Role` → a role with its trust policy, inline and attached policies. */
export function mapRole(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const role: Role = {
    id: r.id,
    name: stringAt(p, 'RoleName'),
    trustPolicy: documentAt(p, 'AssumeRolePolicyDocument'),
    policies: inlinePolicies(r.id, get(p, 'Policies')),
    permissionsBoundary: stringAt(p, 'PermissionsBoundary'),
    loc: r.loc
  }
  ctx.service.roles.push(role)
  const managed = get(p, 'ManagedPolicyArns')
  const items = managed?.kind === 'symbolic' ? [managed] : asList(managed)
  // Managed policies of the template are all mapped once deferred work runs.
  ctx.later(() => items.forEach((item, i) => attachManaged(ctx, role, item, i)))
}

/** `Policies: [{ PolicyName, PolicyDocument }]` of a role. */
export function inlinePolicies(roleId: string, v: Value | undefined): Policy[] {
  return asList(v)
    .filter(isMap)
    .map((item, i) => {
      const name = stringAt(item, 'PolicyName')
      return {
        id: `${roleId}.${typeof name?.value === 'string' ? name.value : `Policy${i}`}`,
        name,
        kind: 'inline',
        document: documentAt(item, 'PolicyDocument'),
        loc: item.loc
      }
    })
}

/** One `ManagedPolicyArns` item: a managed policy of the template, an AWS one, or another ARN. */
function attachManaged(ctx: MapContext, role: Role, item: Value, index: number): void {
  const own = refsOfType(ctx, item, ['AWS::IAM::ManagedPolicy'])[0]
  const policy = own ? ctx.service.policies.find(p => p.id === own) : undefined
  if (policy) return attachPolicy(ctx, policy, role.id)
  role.policies.push(managedPolicyRef(`${role.id}.ManagedPolicy${index}`, item, item.loc))
}

/**
 * A policy named by ARN: `aws-managed` for `arn:aws:iam::aws:policy/...` (also written with
 * `${AWS::Partition}`), `external` for any other ARN.
 */
export function managedPolicyRef(id: string, v: Value, loc: SourceLocation): Policy {
  const text = partitionFreeText(v)
  const arn = text !== undefined ? { value: text, loc: v.loc } : attrFromValue('string', v, v.loc)
  const written = text ?? (v.kind === 'symbolic' ? v.expr : '')
  const kind = /:iam::aws:policy\//.test(written) ? 'aws-managed' : 'external'
  return { id, kind, arn, loc }
}

/** Adds a standalone policy to a role of the service (both ways), once. */
export function attachPolicy(ctx: MapContext, policy: Policy, roleId: string | undefined): void {
  const role = ctx.roleById(roleId)
  if (!role) return
  policy.attachedTo ??= []
  if (!policy.attachedTo.includes(role.id)) policy.attachedTo.push(role.id)
  if (!role.policies.includes(policy)) role.policies.push(policy)
}

/** `AWS::IAM::RolePolicy` → an inline policy of the role its `RoleName` names. */
export function mapRolePolicy(ctx: MapContext, r: TemplateResource): void {
  const policy: Policy = {
    id: r.id,
    name: stringAt(r.props, 'PolicyName'),
    kind: 'inline',
    document: documentAt(r.props, 'PolicyDocument'),
    attachedTo: [],
    loc: r.loc
  }
  ctx.service.policies.push(policy)
  const role = get(r.props, 'RoleName')
  ctx.later(() => attachPolicy(ctx, policy, roleIdOf(ctx, role)))
}

/** `AWS::IAM::Policy` and `AWS::IAM::ManagedPolicy` → a policy attached to its roles. */
export function mapStandalonePolicy(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const managed = r.type === 'AWS::IAM::ManagedPolicy'
  const policy: Policy = {
    id: r.id,
    name: stringAt(p, managed ? 'ManagedPolicyName' : 'PolicyName'),
    kind: managed ? 'managed' : 'inline',
    document: documentAt(p, 'PolicyDocument'),
    attachedTo: [],
    loc: r.loc
  }
  ctx.service.policies.push(policy)
  attachToPrincipals(ctx, r, policy)
  const roles = get(p, 'Roles')
  const items = roles?.kind === 'symbolic' ? [roles] : asList(roles)
  ctx.later(() => items.forEach(item => attachPolicy(ctx, policy, roleIdOf(ctx, item))))
}

import type { IamPrincipal, Policy } from '../../model/types.js'
import { asList, get, type Value } from '../../model/value.js'
import { attrFromValue, stringAt } from '../shared/attrs.js'
import type { MapContext, TemplateResource } from './context.js'
import { documentAt, inlinePolicies, managedPolicyRef } from './iam.js'
import { refsOfType, resourceIdOf } from './refs.js'

/** IAM users and groups, with their inline, managed and attached policies. */

const TYPES = { user: 'AWS::IAM::User', group: 'AWS::IAM::Group' } as const

/** `AWS::IAM::User` and `AWS::IAM::Group` → a principal with its policies. */
export function mapIamPrincipal(ctx: MapContext, r: TemplateResource): void {
  const kind = r.type === TYPES.user ? 'user' : 'group'
  const p = r.props
  const principal: IamPrincipal = {
    id: r.id,
    kind,
    name: stringAt(p, kind === 'user' ? 'UserName' : 'GroupName'),
    policies: inlinePolicies(r.id, get(p, 'Policies')),
    defined: true,
    loc: r.loc
  }
  ctx.service.principals ??= []
  ctx.service.principals.push(principal)
  const managed = get(p, 'ManagedPolicyArns')
  const items = managed?.kind === 'symbolic' ? [managed] : asList(managed)
  ctx.later(() =>
    items.forEach((item, i) => {
      const own = refsOfType(ctx, item, ['AWS::IAM::ManagedPolicy'])[0]
      const policy = own && ctx.service.policies.find(x => x.id === own)
      addPolicy(principal, policy || managedPolicyRef(`${r.id}.ManagedPolicy${i}`, item, item.loc))
    })
  )
}

/** `AWS::IAM::UserPolicy` and `AWS::IAM::GroupPolicy` → an inline policy of the user or group. */
export function mapPrincipalPolicy(ctx: MapContext, r: TemplateResource): void {
  const kind = r.type === 'AWS::IAM::UserPolicy' ? 'user' : 'group'
  const policy: Policy = {
    id: r.id,
    name: stringAt(r.props, 'PolicyName'),
    kind: 'inline',
    document: documentAt(r.props, 'PolicyDocument'),
    loc: r.loc
  }
  const target = get(r.props, kind === 'user' ? 'UserName' : 'GroupName')
  ctx.later(() => attachToPrincipal(ctx, kind, target, policy, r))
}

/** The `Users` and `Groups` of an `AWS::IAM::Policy` or `AWS::IAM::ManagedPolicy`. */
export function attachToPrincipals(ctx: MapContext, r: TemplateResource, policy: Policy): void {
  const listed = (key: string): Value[] => {
    const v = get(r.props, key)
    return v?.kind === 'symbolic' ? [v] : asList(v)
  }
  ctx.later(() => {
    for (const user of listed('Users')) attachToPrincipal(ctx, 'user', user, policy, r)
    for (const group of listed('Groups')) attachToPrincipal(ctx, 'group', group, policy, r)
  })
}

/** Adds the policy to the user or group a value names; one defined elsewhere is named as written. */
function attachToPrincipal(
  ctx: MapContext,
  kind: IamPrincipal['kind'],
  target: Value | undefined,
  policy: Policy,
  r: TemplateResource
): void {
  if (!target) return
  const principals = (ctx.service.principals ??= [])
  const id = resourceIdOf(ctx, target, [TYPES[kind]])
  const named = attrFromValue('string', target, target.loc)
  const written = named ? (typeof named.value === 'string' ? named.value : named.value.expr) : r.id
  const found =
    principals.find(x => x.id === id && x.defined) ??
    principals.find(x => x.defined && x.kind === kind && x.name?.value === written) ??
    principals.find(x => !x.defined && x.kind === kind && x.id === written)
  const principal = found ?? {
    id: written,
    kind,
    name: named,
    policies: [],
    defined: false,
    loc: r.loc
  }
  if (!found) principals.push(principal)
  addPolicy(principal, policy)
}

function addPolicy(principal: IamPrincipal, policy: Policy): void {
  if (!principal.policies.includes(policy)) principal.policies.push(policy)
}

import type { SourceLocation } from '../../../model/location.js'
import type { Attr, Policy, PolicyDocument, Role } from '../../../model/types.js'
import { asList, asString, entry, get, type Value } from '../../../model/value.js'
import { locOfEntry, stringAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import { nestedAll, type TfBlock } from './folder.js'
import { bound, instancesOf, isEach, type Instance } from './instances.js'
import { policyFrom } from './policy-documents.js'

/**
 * IAM roles, their inline and attached policies, and standalone policies with the roles they
 * are attached to (across the files of the folder).
 */
export function mapRolesAndPolicies(draft: Draft): void {
  const managed = new Map<string, Policy>()
  for (const b of draft.folder.ofType('aws_iam_policy')) {
    const policy: Policy = {
      id: b.address,
      name: stringAt(b.body, 'name') ?? stringAt(b.body, 'name_prefix'),
      kind: 'managed',
      document: policyAt(draft, b, 'policy'),
      attachedTo: [],
      loc: b.loc
    }
    managed.set(b.address, policy)
    draft.service.policies.push(policy)
  }
  for (const b of draft.folder.ofType('aws_iam_role')) draft.addRole(roleFrom(draft, managed, b))
}

/** Policies attached to roles by separate resources; run once every role is known. */
export function mapRoleAttachments(draft: Draft): void {
  const managed = new Map(
    draft.service.policies.filter(p => p.kind === 'managed').map(p => [p.id, p])
  )
  for (const b of draft.folder.ofType('aws_iam_role_policy')) addRolePolicy(draft, b)
  for (const b of draft.folder.ofType('aws_iam_role_policy_attachment')) {
    attach(draft, managed, get(b.body, 'role'), b)
  }
  for (const b of draft.folder.ofType('aws_iam_policy_attachment')) {
    for (const role of asList(entry(b.body, 'roles')?.value)) attach(draft, managed, role, b)
  }
}

function roleFrom(draft: Draft, managed: Map<string, Policy>, b: TfBlock): Role {
  const role: Role = {
    id: b.address,
    name: stringAt(b.body, 'name') ?? stringAt(b.body, 'name_prefix'),
    trustPolicy: policyAt(draft, b, 'assume_role_policy'),
    policies: [],
    permissionsBoundary: stringAt(b.body, 'permissions_boundary'),
    loc: b.loc
  }
  nestedAll(b.body, 'inline_policy').forEach((p, i) => {
    const e = entry(p, 'policy')
    if (!e) return
    const name = stringAt(p, 'name')
    const label = typeof name?.value === 'string' ? name.value : String(i)
    role.policies.push({
      id: `${b.address}.inline_policy.${label}`,
      name,
      kind: 'inline',
      document: policyFrom(draft, e.value, locOfEntry(e)),
      loc: p.loc
    })
  })
  const arns = entry(b.body, 'managed_policy_arns')
  asList(arns?.value).forEach((arn, i) => {
    const policy = byArn(
      draft,
      managed,
      arn,
      arn.loc,
      `${b.address}.managed_policy_arns[${i}]`,
      arn.loc
    )
    if (policy?.kind === 'managed') policy.attachedTo = [...(policy.attachedTo ?? []), b.address]
    if (policy) role.policies.push(policy)
  })
  return role
}

/** An inline policy block (`aws_iam_role_policy`, `aws_iam_user_policy`, ...) as a policy. */
export function inlinePolicyOf(draft: Draft, b: TfBlock): Policy {
  return {
    id: b.address,
    name: stringAt(b.body, 'name') ?? stringAt(b.body, 'name_prefix'),
    kind: 'inline',
    document: policyAt(draft, b, 'policy'),
    loc: b.loc
  }
}

function addRolePolicy(draft: Draft, b: TfBlock): void {
  const role = draft.roleFor(entry(b.body, 'role')?.value)
  const policy = inlinePolicyOf(draft, b)
  // An inline policy of a role defined elsewhere is still a policy written here.
  if (role) role.policies.push(policy)
  else draft.service.policies.push({ ...policy, attachedTo: [] })
}

function attach(
  draft: Draft,
  managed: Map<string, Policy>,
  role: Value | undefined,
  b: TfBlock
): void {
  for (const inst of attachmentInstances(b, role ? [role] : [])) {
    const policy = byArn(draft, managed, inst.arn, inst.loc, inst.id, b.loc)
    const holder = role && draft.roleFor(bound(role, inst))
    if (!policy) continue
    if (!holder) {
      // An AWS managed policy given to a role defined elsewhere is still granted here, once.
      const kept = draft.service.policies.some(p => p.id === policy.id)
      if (policy.kind === 'aws-managed' && !kept)
        draft.service.policies.push({ ...policy, attachedTo: [] })
      continue
    }
    if (policy.kind === 'managed') policy.attachedTo = [...(policy.attachedTo ?? []), holder.id]
    if (!holder.policies.includes(policy)) holder.policies.push(policy)
  }
}

/** One attachment Terraform plans from an attachment block, with the ARN it attaches. */
export interface AttachmentInstance extends Instance {
  arn: Value
  /** Where the ARN is written: `policy_arn`, or the element of the collection it is. */
  loc: SourceLocation
}

/**
 * The attachments a block plans: one per element of a known `for_each` collection when its ARN
 * or its holder (`also`) is that element's `each.value` or `each.key` (see `instancesOf`), else
 * one, as the instances would all attach the same policy to the same holder.
 */
export function attachmentInstances(b: TfBlock, also: Value[] = []): AttachmentInstance[] {
  const written = entry(b.body, 'policy_arn')
  if (!written) return []
  const instances = [written.value, ...also].some(isEach) ? instancesOf(b) : [{ id: b.address }]
  return instances.map(inst => {
    const arn = bound(written.value, inst)
    return { ...inst, arn, loc: arn === written.value ? locOfEntry(written) : arn.loc }
  })
}

/**
 * The policy an ARN names: a customer managed policy of the folder, an AWS managed policy
 * (`arn:aws:iam::aws:policy/...`, also with a computed partition), or one we cannot see.
 */
export function byArn(
  draft: Draft,
  managed: Map<string, Policy>,
  arn: Value,
  arnLoc: SourceLocation,
  id: string,
  loc: SourceLocation
): Policy | undefined {
  const own = draft.folder.referenced(arn, 'aws_iam_policy')
  if (own) return managed.get(own.address)
  const byName = arn.kind === 'symbolic' ? lookedUpByName(draft, arn) : undefined
  if (byName) return { id, kind: 'external', arn: { value: byName, loc: arnLoc }, loc }
  const text = arn.kind === 'symbolic' ? knownArnText(draft, arn) : asString(arn)
  const attr: Attr<string> | undefined =
    text !== undefined
      ? { value: text, loc: arnLoc }
      : arn.kind === 'symbolic'
        ? { value: arn, loc: arnLoc }
        : undefined
  if (!attr) return undefined
  const written = text ?? (arn.kind === 'symbolic' ? arn.expr : '')
  const kind = /:iam::aws:policy\//.test(written) ? 'aws-managed' : 'external'
  return { id, kind, arn: attr, loc }
}

/**
 * The text of an ARN known before deployment: one with only the partition computed
 * (`arn:${data.aws_partition.current.partition}:iam::aws:policy/X`, read as `aws`), or the `arn`
 * written in the `aws_iam_policy` data source it is read from.
 */
function knownArnText(draft: Draft, arn: Value & { kind: 'symbolic' }): string | undefined {
  const looked = draft.folder.referenced(arn, 'data.aws_iam_policy')
  if (looked && arn.expr === `${looked.address}.arn`) return asString(get(looked.body, 'arn'))
  if (arn.fn !== 'template') return undefined
  const text = arn.expr
    .replace(/^"|"$/g, '')
    .replace(/\$\{\s*data\.aws_partition\.[\w-]+\.(?:partition|id)\s*\}/g, 'aws')
  return text.includes('${') ? undefined : text
}

/** The paths AWS keeps its managed policies under. */
const AWS_POLICY_PATHS = new Set(['/', '/service-role/', '/job-function/', '/aws-service-role/'])

/**
 * The `arn` of an `aws_iam_policy` data source that looks a policy up by `name` alone (or under a
 * path AWS keeps its policies in), read as the AWS managed policy of that name: when the account
 * has a policy of that name too, the lookup matches two and fails, so a name an AWS managed policy
 * has can only be that policy. It stays an external policy: a name no AWS policy has is one of
 * the account's, whose grants are unknown.
 */
function lookedUpByName(draft: Draft, arn: Value & { kind: 'symbolic' }): string | undefined {
  const looked = draft.folder.referenced(arn, 'data.aws_iam_policy')
  if (!looked || arn.expr !== `${looked.address}.arn` || get(looked.body, 'arn')) return undefined
  const name = asString(get(looked.body, 'name'))
  const prefix = get(looked.body, 'path_prefix')
  if (!name || (prefix && !AWS_POLICY_PATHS.has(asString(prefix) ?? ''))) return undefined
  return `arn:aws:iam::aws:policy/${name}`
}

export function policyAt(draft: Draft, b: TfBlock, key: string): PolicyDocument | undefined {
  const e = entry(b.body, key)
  return e ? policyFrom(draft, e.value, locOfEntry(e)) : undefined
}

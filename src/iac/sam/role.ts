import type { SourceLocation } from '../../model/location.js'
import type { Policy, PolicyDocument, Role } from '../../model/types.js'
import { asList, get, isMap, type Value } from '../../model/value.js'
import { allowStatement, policyDocumentFrom } from '../shared/policy-document.js'
import { stringAt } from '../shared/attrs.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { attachPolicy, documentAt, managedPolicyRef } from '../cloudformation/iam.js'
import { refsOfType } from '../cloudformation/refs.js'
import { expandPolicyTemplate } from './policy-expand.js'

/** AWS managed policies that live under `service-role/`. */
const SERVICE_ROLE_POLICIES = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
  'AWSLambdaKinesisExecutionRole',
  'AWSLambdaDynamoDBExecutionRole',
  'AWSLambdaSQSQueueExecutionRole',
  'AWSLambdaMSKExecutionRole',
  'AWSLambdaRole',
  'AWSLambdaENIManagementAccess'
])

/** The ARN of an AWS managed policy named the way SAM `Policies` name them. */
export function awsManagedArn(name: string): string {
  const prefix = SERVICE_ROLE_POLICIES.has(name) ? 'service-role/' : ''
  return `arn:aws:iam::aws:policy/${prefix}${name}`
}

export function awsManagedPolicy(id: string, name: string, loc: SourceLocation): Policy {
  return { id, kind: 'aws-managed', arn: { value: awsManagedArn(name), loc }, loc }
}

/** A trust policy letting one AWS service assume the role. */
function trustFor(service: string, loc: SourceLocation): PolicyDocument {
  const principal = { type: 'Service', value: { value: service, loc } }
  return { statements: [allowStatement(loc, ['sts:AssumeRole'], [], [principal])], loc }
}

/**
 * The role SAM generates for a function or state machine without `Role`: `<LogicalId>Role`,
 * trusted by the service (or as a function's `AssumeRolePolicyDocument` says), holding the managed policies SAM always adds and the `Policies`.
 */
export function generatedRole(
  ctx: MapContext,
  r: TemplateResource,
  service: string,
  basePolicies: string[]
): Role {
  const id = `${r.id}Role`
  const role: Role = {
    id,
    // A function's `AssumeRolePolicyDocument` replaces the trust SAM writes by default.
    trustPolicy: documentAt(r.props, 'AssumeRolePolicyDocument') ?? trustFor(service, r.loc),
    policies: basePolicies.map((name, i) => awsManagedPolicy(`${id}Managed${i}`, name, r.loc)),
    permissionsBoundary: stringAt(r.props, 'PermissionsBoundary'),
    generatedBy: 'sam',
    loc: r.loc
  }
  ctx.service.roles.push(role)
  role.policies.push(...samPolicies(ctx, id, get(r.props, 'Policies')))
  return role
}

/**
 * SAM `Policies`: AWS managed policy names, policy ARNs, inline documents (`Statement`) and policy
 * templates, as a single item or a list.
 */
function samPolicies(ctx: MapContext, roleId: string, v: Value | undefined): Policy[] {
  const items = v?.kind === 'symbolic' ? [v] : asList(v)
  const out: Policy[] = []
  items.forEach((item, i) => {
    const policy = samPolicy(ctx, `${roleId}Policy${i}`, roleId, item)
    if (policy) out.push(policy)
  })
  return out
}

function samPolicy(ctx: MapContext, id: string, roleId: string, item: Value): Policy | undefined {
  if (item.kind === 'scalar' && typeof item.value === 'string') {
    return item.value.startsWith('arn:')
      ? managedPolicyRef(id, item, item.loc)
      : awsManagedPolicy(id, item.value, item.loc)
  }
  if (item.kind === 'symbolic') {
    const own = refsOfType(ctx, item, ['AWS::IAM::ManagedPolicy'])[0]
    if (!own) return managedPolicyRef(id, item, item.loc)
    ctx.later(() => {
      const policy = ctx.service.policies.find(p => p.id === own)
      if (policy) attachPolicy(ctx, policy, roleId)
    })
    return undefined
  }
  if (!isMap(item)) return undefined
  if (item.entries.has('Statement')) {
    return { id, kind: 'inline', document: policyDocumentFrom(item), loc: item.loc }
  }
  const [first] = item.entries.values()
  if (!first || item.entries.size !== 1) return undefined
  const expanded = expandPolicyTemplate(id, first, (message, loc) =>
    ctx.warn(message, loc, 'policy-template')
  )
  if (expanded) return expanded
  ctx.warn(
    `${first.key} is an unknown or unsupported SAM policy template: its permissions are not modelled`,
    first.keyLoc,
    'unknown-policy-template'
  )
  return {
    id,
    name: { value: first.key, loc: first.keyLoc },
    kind: 'sam-template',
    templateParameters: first.value,
    loc: first.keyLoc
  }
}

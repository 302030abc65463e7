import type {
  EnvironmentVariable,
  LambdaFunction,
  Policy,
  Resource,
  ResourceAttributes,
  Role
} from '../../model/types.js'
import { asList, entry, get, isMap, type MapEntry, type Value } from '../../model/value.js'
import {
  attrFromEntry,
  booleanAt,
  locOfEntry,
  numberAt,
  stringAt,
  stringListAt
} from '../shared/attrs.js'
import { policyDocumentFrom } from '../shared/policy-document.js'
import { authFrom, authSettingAt, corsFrom } from '../cloudformation/common.js'
import { URL_AUTH } from '../cloudformation/lambda-links.js'
import type { SlsContext } from './context.js'
import { managedPolicies } from './iam-policies.js'
import { functionLogicalId, GENERATED_ROLE_ID, REST_API_ID } from './names.js'

/** How `resources` overrides a generated resource: an extension, or a resource without a `Type`. */
export type Overriding = 'assign' | 'merge'

/**
 * `resources.extensions.<LogicalId>.Properties` override properties of the resources the
 * framework generates: a function's `HelloLambdaFunction` and its URL, the service role, the REST
 * API, the HTTP and websocket API stages. The framework assigns an extension's properties over the
 * generated ones (`Policies` replaces the role's policies, `Environment` the function's
 * variables); a resource of `resources.Resources` written without a `Type` is merged into them.
 */
export function applyExtensions(
  extensions: Map<string, MapEntry>,
  how: Overriding,
  ctx: SlsContext
): void {
  for (const [logicalId, e] of extensions) {
    const props = get(e.value, 'Properties')
    if (!isMap(props)) continue
    const fn = ctx.service.functions.find(f => functionLogicalId(f.id) === logicalId)
    const url = ctx.service.functions.find(f => f.url?.endpointId === logicalId)
    const role = ctx.service.roles.find(r => r.id === logicalId && logicalId === GENERATED_ROLE_ID)
    const stage = ctx.service.resources.find(r => r.id === logicalId && V2_STAGES.has(r.id))
    if (fn) extendFunction(fn, props, how)
    else if (url) extendUrl(url, props, ctx)
    else if (role) extendRole(role, props, how)
    else if (stage) extendV2Stage(stage, props)
    // The REST API is made after `resources` (which may define it): it reads them then.
    else if (logicalId === REST_API_ID) ctx.restApiProperties.push(props)
  }
}

/** The `AWS::ApiGatewayV2::Stage` resources the framework generates. */
const V2_STAGES = new Set(['HttpApiStage', 'WebsocketsDeploymentStage'])

/**
 * Stage settings the framework has no option for (throttling above all) are set this way.
 * Settings written here win over those the provider's options imply.
 */
function extendV2Stage(stage: Resource, props: Value): void {
  const routes = get(props, 'DefaultRouteSettings')
  const set: ResourceAttributes = {
    throttlingBurstLimit: numberAt(routes, 'ThrottlingBurstLimit'),
    throttlingRateLimit: numberAt(routes, 'ThrottlingRateLimit'),
    loggingLevel: stringAt(routes, 'LoggingLevel'),
    dataTrace: booleanAt(routes, 'DataTraceEnabled'),
    accessLogDestination: stringAt(get(props, 'AccessLogSettings'), 'DestinationArn')
  }
  for (const [key, value] of Object.entries(set)) {
    if (value !== undefined) Object.assign(stage.attributes, { [key]: value })
  }
}

/** A function URL (`HelloLambdaFunctionUrl`): its `AuthType` and `Cors` replace `url`'s. */
function extendUrl(fn: LambdaFunction, props: Value, ctx: SlsContext): void {
  const url = fn.url
  const endpoint = ctx.service.endpoints.find(e => e.id === url?.endpointId)
  if (!url || !endpoint) return
  const authType = authSettingAt(props, 'AuthType')
  if (authType) {
    url.authType = authType
    endpoint.auth = authFrom(authType, URL_AUTH)
  }
  const cors = entry(props, 'Cors')
  if (cors) url.cors = endpoint.cors = corsFrom(cors)
}

function extendFunction(fn: LambdaFunction, props: Value, how: Overriding): void {
  fn.reservedConcurrency = numberAt(props, 'ReservedConcurrentExecutions') ?? fn.reservedConcurrency
  fn.tracing = stringAt(get(props, 'TracingConfig'), 'Mode') ?? fn.tracing
  fn.kmsKeyArn = stringAt(props, 'KmsKeyArn') ?? fn.kmsKeyArn
  fn.memorySize = numberAt(props, 'MemorySize') ?? fn.memorySize
  fn.timeout = numberAt(props, 'Timeout') ?? fn.timeout
  fn.runtime = stringAt(props, 'Runtime') ?? fn.runtime
  fn.deadLetterTarget = stringAt(get(props, 'DeadLetterConfig'), 'TargetArn') ?? fn.deadLetterTarget
  if (entry(props, 'Layers')) fn.layers = stringListAt(props, 'Layers')
  if (entry(props, 'Architectures')) fn.architectures = stringListAt(props, 'Architectures')
  const vpc = entry(props, 'VpcConfig')
  if (vpc) {
    fn.vpc = {
      subnetIds: stringListAt(vpc.value, 'SubnetIds'),
      securityGroupIds: stringListAt(vpc.value, 'SecurityGroupIds'),
      loc: locOfEntry(vpc)
    }
  }
  const role = entry(props, 'Role')
  if (role) {
    fn.roleRef = attrFromEntry('string', role)
    fn.roleId = undefined
  }
  const environment = get(props, 'Environment')
  const current = how === 'assign' && environment ? [] : fn.environment
  fn.environment = withVariables(current, get(environment, 'Variables'))
}

function withVariables(
  current: EnvironmentVariable[],
  variables: Value | undefined
): EnvironmentVariable[] {
  if (!isMap(variables)) return current
  const added: EnvironmentVariable[] = []
  for (const e of variables.entries.values()) {
    const loc = locOfEntry(e)
    if (e.value.kind === 'scalar' || e.value.kind === 'symbolic') {
      const value = e.value.kind === 'symbolic' ? e.value : e.value.value
      added.push({ name: e.key, value: { value, loc }, origin: 'function', loc })
    }
  }
  const names = new Set(added.map(v => v.name))
  return [...current.filter(v => !names.has(v.name)), ...added]
}

function extendRole(role: Role, props: Value, how: Overriding): void {
  role.permissionsBoundary = stringAt(props, 'PermissionsBoundary') ?? role.permissionsBoundary
  const trust = entry(props, 'AssumeRolePolicyDocument')
  if (trust) role.trustPolicy = policyDocumentFrom(trust.value, locOfEntry(trust))
  const arns = entry(props, 'ManagedPolicyArns')
  const policies = entry(props, 'Policies')
  // Assigned, the lists replace the role's own; policies that attach themselves to it stay.
  if (how === 'assign') {
    const replaced = (p: Policy) => (byArn(p) ? arns : p.kind === 'inline' && policies)
    role.policies = role.policies.filter(p => p.attachedTo !== undefined || !replaced(p))
  }
  role.policies.push(...managedPolicies(arns, role.id))
  asList(policies?.value).forEach((policy, i) => {
    const document = entry(policy, 'PolicyDocument')
    if (!document) return
    const loc = locOfEntry(document)
    const name = stringAt(policy, 'PolicyName')
    role.policies.push({
      id: `${role.id}:extensions.Policies.${i}`,
      name,
      kind: 'inline',
      document: policyDocumentFrom(document.value, loc),
      loc: policy.loc
    })
  })
}

/** A policy the role lists by ARN in `ManagedPolicyArns`. */
function byArn(p: Policy): boolean {
  return p.kind === 'aws-managed' || p.kind === 'external'
}

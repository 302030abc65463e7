import type { Attr, LambdaFunction, TriggerKind } from '../../../model/types.js'
import {
  asBoolean,
  asString,
  entry,
  get,
  isMap,
  type MapEntry,
  type MapValue
} from '../../../model/value.js'
import { attrFromValue, locOfEntry, numberAt, stringAt, stringListAt } from '../../shared/attrs.js'
import { refsIn, symbolic } from '../eval/values.js'
import { authFrom, corsFrom, authSettingAt } from './auth.js'
import type { Draft } from './draft.js'
import type { TfBlock } from './folder.js'
import { environmentFrom, vpcFrom } from './functions.js'
import { moduleRole } from './lambda-module-role.js'
import { isLambdaModule } from './registry/sources.js'
import { ownValue } from '../../../model/own.js'

/**
 * Calls of the terraform-aws-modules Lambda module: a function (id `module.<name>`) with its
 * URL, allowed triggers and generated role. Layer-only calls and calls with `create = false`
 * create no function.
 */
export function mapLambdaModules(draft: Draft): void {
  for (const b of draft.folder.ofType('module')) {
    const source = asString(get(b.body, 'source'))
    if (!source || !isLambdaModule(source) || !createsFunction(b.body)) continue
    const role = moduleRole(draft, b)
    if (role) draft.addRole(role)
    const fn = moduleFunction(draft, b, role?.id)
    draft.addFunction(fn)
    functionUrl(draft, b, fn)
    allowedTriggers(draft, b, fn)
  }
}

function createsFunction(body: MapValue): boolean {
  return (
    asBoolean(get(body, 'create')) !== false &&
    asBoolean(get(body, 'create_function')) !== false &&
    asBoolean(get(body, 'create_layer')) !== true
  )
}

function moduleFunction(draft: Draft, b: TfBlock, roleId: string | undefined): LambdaFunction {
  const body = b.body
  return {
    id: b.address,
    name: stringAt(body, 'function_name'),
    runtime: stringAt(body, 'runtime'),
    handler: stringAt(body, 'handler'),
    memorySize: numberAt(body, 'memory_size'),
    timeout: numberAt(body, 'timeout'),
    architectures: stringListAt(body, 'architectures'),
    packageType: stringAt(body, 'package_type'),
    codePath:
      sourcePath(body) ??
      stringAt(body, 'local_existing_package') ??
      stringAt(get(body, 's3_existing_package'), 'key') ??
      stringAt(body, 'image_uri'),
    environment: environmentFrom(get(body, 'environment_variables')),
    kmsKeyArn: stringAt(body, 'kms_key_arn'),
    roleId: roleId ?? draft.roleFor(get(body, 'lambda_role'))?.id,
    roleRef: stringAt(body, 'lambda_role'),
    vpc: vpcFrom(body, 'vpc_subnet_ids', 'vpc_security_group_ids', false),
    tracing: stringAt(body, 'tracing_mode'),
    reservedConcurrency: numberAt(body, 'reserved_concurrent_executions'),
    deadLetterTarget: stringAt(body, 'dead_letter_target_arn'),
    onFailureDestination: stringAt(body, 'destination_on_failure'),
    layers: stringListAt(body, 'layers'),
    codeSigningConfig: stringAt(body, 'code_signing_config_arn'),
    logRetentionDays: numberAt(body, 'cloudwatch_logs_retention_in_days'),
    triggers: [],
    loc: b.loc
  }
}

/** `source_path`: a path, a `{ path = ... }` map, or a list of either (the first one counts). */
function sourcePath(body: MapValue): Attr<string> | undefined {
  const e = entry(body, 'source_path')
  if (!e) return undefined
  const first = e.value.kind === 'list' ? e.value.items[0] : e.value
  if (!first) return undefined
  if (isMap(first)) return stringAt(first, 'path')
  return attrFromValue('string', first, first === e.value ? locOfEntry(e) : first.loc)
}

const URL_AUTH = { NONE: 'none', AWS_IAM: 'iam' } as const

/** `create_lambda_function_url = true`: a URL whose `authorization_type` defaults to NONE. */
function functionUrl(draft: Draft, b: TfBlock, fn: LambdaFunction): void {
  const create = entry(b.body, 'create_lambda_function_url')
  if (!create || asBoolean(create.value) !== true) return
  const loc = locOfEntry(create)
  const setting = authSettingAt(b.body, 'authorization_type')
  const cors = corsFrom(isMap(get(b.body, 'cors')) ? (get(b.body, 'cors') as MapValue) : undefined)
  const endpointId = `${b.address}.function_url`
  draft.addEndpoint({
    id: endpointId,
    kind: 'function-url',
    functionIds: [fn.id],
    auth: authFrom(URL_AUTH, setting),
    cors,
    loc
  })
  fn.url = { authType: setting ?? { value: 'NONE', loc }, cors, endpointId, loc }
  fn.triggers.push({ kind: 'function-url', endpointId, async: false, loc })
}

const SERVICE_TRIGGERS: Record<string, TriggerKind> = {
  sns: 'sns',
  s3: 's3',
  events: 'eventbridge',
  scheduler: 'schedule',
  sqs: 'sqs',
  logs: 'cloudwatch-logs',
  iot: 'iot',
  'cognito-idp': 'cognito',
  'alexa-appkit': 'alexa',
  elasticloadbalancing: 'alb'
}

const ASYNC: ReadonlySet<TriggerKind> = new Set([
  's3',
  'sns',
  'eventbridge',
  'schedule',
  'cloudwatch-logs',
  'iot'
])

/** `allowed_triggers = { Name = { service | principal, source_arn, ... } }` → permissions. */
function allowedTriggers(draft: Draft, b: TfBlock, fn: LambdaFunction): void {
  const triggers = get(b.body, 'allowed_triggers')
  if (!isMap(triggers)) return
  for (const e of triggers.entries.values()) {
    if (!isMap(e.value)) continue
    const loc = locOfEntry(e)
    const principal = principalOf(e.value, loc)
    const sourceArn = stringAt(e.value, 'source_arn')
    draft.service.permissions.push({
      id: `${b.address}.allowed_triggers.${e.key}`,
      functionId: fn.id,
      functionRef: fn.name ?? { value: b.address, loc: b.loc },
      action: stringAt(e.value, 'action') ?? { value: 'lambda:InvokeFunction', loc },
      principal,
      sourceArn,
      sourceAccount: stringAt(e.value, 'source_account'),
      principalOrgId: stringAt(e.value, 'principal_org_id'),
      eventSourceToken: stringAt(e.value, 'event_source_token'),
      functionUrlAuthType: stringAt(e.value, 'function_url_auth_type'),
      loc
    })
    const kind = triggerKind(draft, e, principal)
    fn.triggers.push({ kind, source: sourceArn, async: ASYNC.has(kind), loc })
  }
}

/** `principal`, else `<service>.amazonaws.com`, as the module builds it. */
function principalOf(trigger: MapValue, loc: Attr<string>['loc']): Attr<string> {
  const principal = stringAt(trigger, 'principal')
  if (principal) return principal
  const service = entry(trigger, 'service')
  if (!service) return { value: '.amazonaws.com', loc }
  const at = locOfEntry(service)
  const name = asString(service.value)
  if (name !== undefined) return { value: `${name}.amazonaws.com`, loc: at }
  const written = service.value.kind === 'symbolic' ? service.value.expr : ''
  return {
    value: symbolic('format', `\${${written}}.amazonaws.com`, refsIn(service.value), at),
    loc: at
  }
}

function triggerKind(draft: Draft, e: MapEntry, principal: Attr<string>): TriggerKind {
  const service =
    asString(get(e.value, 'service')) ??
    (typeof principal.value === 'string' ? principal.value.replace(/\.amazonaws\.com$/, '') : '')
  if (service !== 'apigateway') return ownValue(SERVICE_TRIGGERS, service) ?? 'other'
  const refs = [...refsIn(get(e.value, 'source_arn'))]
  if (refs.some(r => r.startsWith('aws_api_gateway_rest_api.'))) return 'rest-api'
  if (refs.some(r => r.startsWith('aws_apigatewayv2_api.'))) return 'http-api'
  const apiModule = refs.map(r => draft.folder.get(r)).find(m => m?.mode === 'module')
  const source = asString(get(apiModule?.body, 'source')) ?? ''
  return /apigateway-v2/.test(source) ? 'http-api' : 'other'
}

import type { Attr, LambdaFunction, TriggerKind } from '../../../model/types.js'
import { asString, get, type Value } from '../../../model/value.js'
import { attrAt, numberAt, stringAt } from '../../shared/attrs.js'
import { refsIn } from '../eval/values.js'
import { authFrom, authSettingAt, corsFrom, principalAt } from './auth.js'
import type { Draft } from './draft.js'
import { nested, type TfBlock } from './folder.js'
import { throughEach } from './instances.js'

/**
 * Resources that configure a function from the outside: its URL, invoke permissions, event
 * source mappings, asynchronous invocation settings and log group.
 */
export function mapFunctionLinks(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_lambda_function_url')) functionUrl(draft, b)
  for (const b of draft.folder.ofType('aws_lambda_permission')) permission(draft, b)
  for (const b of draft.folder.ofType('aws_lambda_event_source_mapping')) eventSource(draft, b)
  for (const b of draft.folder.ofType('aws_lambda_function_event_invoke_config')) {
    const fn = draft.functionFor(get(b.body, 'function_name'))
    const failure = nested(nested(b.body, 'destination_config'), 'on_failure')
    const destination = stringAt(failure, 'destination')
    if (fn && destination) fn.onFailureDestination = destination
  }
}

const URL_AUTH = { NONE: 'none', AWS_IAM: 'iam' } as const

function functionUrl(draft: Draft, b: TfBlock): void {
  const fn = draft.functionFor(throughEach(b, get(b.body, 'function_name')))
  const authType = authSettingAt(b.body, 'authorization_type') ?? { value: 'NONE', loc: b.loc }
  const cors = corsFrom(nested(b.body, 'cors'))
  draft.addEndpoint({
    id: b.address,
    kind: 'function-url',
    functionIds: fn ? [fn.id] : [],
    auth: authFrom(URL_AUTH, authSettingAt(b.body, 'authorization_type')),
    cors,
    // A URL of a function defined elsewhere is still a public entry point of this module.
    target: fn ? undefined : stringAt(b.body, 'function_name'),
    loc: b.loc
  })
  if (!fn) return
  fn.url = { authType, cors, endpointId: b.address, loc: b.loc }
  fn.triggers.push({ kind: 'function-url', endpointId: b.address, async: false, loc: b.loc })
}

function permission(draft: Draft, b: TfBlock): void {
  const body = b.body
  const required = (key: string): Attr<string> => stringAt(body, key) ?? { value: '', loc: b.loc }
  draft.service.permissions.push({
    id: b.address,
    functionId: draft.functionFor(throughEach(b, get(body, 'function_name')))?.id,
    functionRef: required('function_name'),
    action: required('action'),
    principal: principalAt(body, 'principal') ?? required('principal'),
    sourceArn: stringAt(body, 'source_arn'),
    sourceAccount: stringAt(body, 'source_account'),
    principalOrgId: stringAt(body, 'principal_org_id'),
    eventSourceToken: stringAt(body, 'event_source_token'),
    functionUrlAuthType: stringAt(body, 'function_url_auth_type'),
    invokedViaFunctionUrl: attrAt('boolean', body, 'invoked_via_function_url'),
    loc: b.loc
  })
}

function eventSource(draft: Draft, b: TfBlock): void {
  const fn = draft.functionFor(throughEach(b, get(b.body, 'function_name')))
  if (!fn) return
  const arn = get(b.body, 'event_source_arn')
  const kind = nested(b.body, 'self_managed_event_source') ? 'msk' : streamKind(arn)
  fn.triggers.push({ kind, source: stringAt(b.body, 'event_source_arn'), async: false, loc: b.loc })
  const failure = nested(nested(b.body, 'destination_config'), 'on_failure')
  const destination = stringAt(failure, 'destination_arn')
  if (destination && !fn.onFailureDestination) fn.onFailureDestination = destination
}

const SOURCE_TYPES: [string, TriggerKind][] = [
  ['aws_sqs_queue', 'sqs'],
  ['aws_kinesis_stream', 'kinesis'],
  ['aws_dynamodb_table', 'dynamodb-stream'],
  ['aws_msk_cluster', 'msk'],
  ['aws_msk_serverless_cluster', 'msk'],
  ['aws_mq_broker', 'mq']
]

const ARN_SERVICES: [RegExp, TriggerKind][] = [
  [/^arn:[^:]+:sqs:/, 'sqs'],
  [/^arn:[^:]+:kinesis:/, 'kinesis'],
  [/^arn:[^:]+:dynamodb:/, 'dynamodb-stream'],
  [/^arn:[^:]+:kafka:/, 'msk'],
  [/^arn:[^:]+:mq:/, 'mq']
]

/** What an event source ARN points at: by the resource it references, or by the ARN's service. */
function streamKind(arn: Value | undefined): TriggerKind {
  for (const ref of refsIn(arn)) {
    const found = SOURCE_TYPES.find(([type]) => ref.startsWith(`${type}.`))
    if (found) return found[1]
  }
  // A template's expression is written in quotes: the ARN's service is what follows them.
  const text = asString(arn) ?? (arn?.kind === 'symbolic' ? arn.expr.replace(/^"/, '') : '')
  return ARN_SERVICES.find(([re]) => re.test(text))?.[1] ?? 'other'
}

/** Log groups named `/aws/lambda/<function>` set that function's log retention. */
export function linkLogGroup(draft: Draft, b: TfBlock): void {
  const name = get(b.body, 'name')
  const retention = numberAt(b.body, 'retention_in_days')
  const fn = name && retention ? logGroupFunction(draft, name) : undefined
  if (fn && retention) fn.logRetentionDays = retention
}

/**
 * `logging_config { log_group = ... }` sends a function's logs to that group, whatever its name:
 * the function's log retention is the group's (runs after log groups are mapped, and wins over a
 * `/aws/lambda/<function>` group the function no longer writes to).
 */
export function linkLoggingConfigs(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_lambda_function')) {
    const fn = draft.functions.get(b.address)
    const group = get(nested(b.body, 'logging_config'), 'log_group')
    const target = group && draft.resourceFor(group, 'aws_cloudwatch_log_group')
    if (fn && target) fn.logRetentionDays = target.attributes.retentionDays
  }
}

const LAMBDA_LOGS = '/aws/lambda/'

function logGroupFunction(draft: Draft, name: Value): LambdaFunction | undefined {
  const literal = asString(name)
  if (literal !== undefined) {
    return literal.startsWith(LAMBDA_LOGS)
      ? draft.functionNamed(literal.slice(LAMBDA_LOGS.length))
      : undefined
  }
  return name.kind === 'symbolic' && name.expr.includes(LAMBDA_LOGS)
    ? draft.functionFor(name)
    : undefined
}

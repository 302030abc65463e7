import type { Endpoint, InvokePermission, TriggerKind } from '../../model/types.js'
import { entry, get, type Value } from '../../model/value.js'
import { attrAt, numberAt, stringAt } from '../shared/attrs.js'
import {
  addTrigger,
  authFrom,
  authSettingAt,
  principalAt,
  corsFrom,
  stringAtPath
} from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { fullText, functionIdOf, functionIdsIn, refsIn } from './refs.js'
import { ownValue } from '../../model/own.js'

/** Resources that attach to a function: URLs, permissions, event source mappings, log groups. */

export const URL_AUTH = { NONE: 'none', AWS_IAM: 'iam' } as const

/** `AWS::Lambda::Url` → the function's URL and an endpoint of kind `function-url`. */
export function mapFunctionUrl(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const authType = authSettingAt(p, 'AuthType') ?? { value: 'NONE', loc: r.loc }
  const cors = corsFrom(entry(p, 'Cors'))
  const endpoint: Endpoint = {
    id: r.id,
    kind: 'function-url',
    functionIds: [],
    auth: authFrom(authSettingAt(p, 'AuthType'), URL_AUTH),
    cors,
    loc: r.loc
  }
  ctx.service.endpoints.push(endpoint)
  ctx.later(() => {
    // `FunctionName` is not a property of URLs, but templates in the wild use it.
    const target = get(p, 'TargetFunctionArn') ?? get(p, 'FunctionName')
    const fn = ctx.functionById(functionIdOf(ctx, target))
    if (!fn) {
      // A URL of a function defined elsewhere is still a public entry point of this template.
      endpoint.target = stringAt(p, 'TargetFunctionArn') ?? stringAt(p, 'FunctionName')
      return
    }
    endpoint.functionIds.push(fn.id)
    fn.url = { authType, cors, endpointId: endpoint.id, loc: r.loc }
    addTrigger(fn, { kind: 'function-url', endpointId: endpoint.id, async: false, loc: r.loc })
  })
}

/** `AWS::Lambda::Permission` → a resource-based permission, linked to its function. */
export function mapPermission(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const functionRef = stringAt(p, 'FunctionName') ?? { value: '', loc: r.loc }
  const permission: InvokePermission = {
    id: r.id,
    functionRef,
    action: stringAt(p, 'Action') ?? { value: 'lambda:InvokeFunction', loc: r.loc },
    principal: principalAt(p, 'Principal') ?? { value: '', loc: r.loc },
    sourceArn: stringAt(p, 'SourceArn'),
    sourceAccount: stringAt(p, 'SourceAccount'),
    principalOrgId: stringAt(p, 'PrincipalOrgID'),
    eventSourceToken: stringAt(p, 'EventSourceToken'),
    functionUrlAuthType: stringAt(p, 'FunctionUrlAuthType'),
    invokedViaFunctionUrl: attrAt('boolean', p, 'InvokedViaFunctionUrl'),
    loc: r.loc
  }
  ctx.service.permissions.push(permission)
  ctx.later(() => {
    permission.functionId = functionIdOf(ctx, get(p, 'FunctionName'))
  })
}

/** The trigger kind of an event source ARN, from the ARN itself or the resource it names. */
const SOURCE_BY_TYPE: Record<string, TriggerKind> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::DynamoDB::Table': 'dynamodb-stream',
  'AWS::DynamoDB::GlobalTable': 'dynamodb-stream',
  'AWS::Serverless::SimpleTable': 'dynamodb-stream',
  'AWS::MSK::Cluster': 'msk',
  'AWS::MSK::ServerlessCluster': 'msk',
  'AWS::AmazonMQ::Broker': 'mq'
}
const SOURCE_BY_SERVICE: [RegExp, TriggerKind][] = [
  [/:sqs:/, 'sqs'],
  [/:kinesis:/, 'kinesis'],
  [/:dynamodb:/, 'dynamodb-stream'],
  [/:kafka:/, 'msk'],
  [/:mq:/, 'mq']
]

export function eventSourceKind(ctx: MapContext, arn: Value | undefined): TriggerKind {
  for (const ref of refsIn(arn)) {
    const kind = ownValue(SOURCE_BY_TYPE, ctx.typeOf(ref) ?? '')
    if (kind) return kind
  }
  const text = fullText(arn)
  return SOURCE_BY_SERVICE.find(([re]) => re.test(text))?.[1] ?? 'other'
}

/** `AWS::Lambda::EventSourceMapping` → a polling trigger on the function. */
export function mapEventSourceMapping(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  ctx.later(() => {
    const fn = ctx.functionById(functionIdOf(ctx, get(p, 'FunctionName')))
    if (!fn) return
    const source = get(p, 'EventSourceArn')
    const kind = source ? eventSourceKind(ctx, source) : 'other'
    addTrigger(fn, { kind, source: stringAt(p, 'EventSourceArn'), async: false, loc: r.loc })
    const onFailure = stringAtPath(p, ['DestinationConfig', 'OnFailure', 'Destination'])
    if (onFailure && !fn.onFailureDestination) fn.onFailureDestination = onFailure
  })
}

/** `AWS::Lambda::EventInvokeConfig` → where failed asynchronous invocations go. */
export function mapEventInvokeConfig(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  ctx.later(() => {
    const onFailure = stringAtPath(p, ['DestinationConfig', 'OnFailure', 'Destination'])
    for (const id of functionIdsIn(ctx, get(p, 'FunctionName'))) {
      const fn = ctx.functionById(id)
      if (fn && onFailure) fn.onFailureDestination = onFailure
    }
  })
}

/**
 * `AWS::Logs::LogGroup` → a log group; `/aws/lambda/<function>` groups also set the retention of
 * that function's logs.
 */
export function mapLogGroup(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const name = stringAt(p, 'LogGroupName')
  const retentionDays = numberAt(p, 'RetentionInDays')
  ctx.service.resources.push({
    id: r.id,
    kind: 'log-group',
    type: r.type,
    name,
    policies: [],
    attributes: { retentionDays, kmsKeyId: stringAt(p, 'KmsKeyId') },
    loc: r.loc
  })
  const written = get(p, 'LogGroupName')
  if (!retentionDays || !written) return
  ctx.later(() => {
    for (const id of lambdaLogGroupFunctions(ctx, written)) {
      const fn = ctx.functionById(id)
      if (fn) fn.logRetentionDays = retentionDays
    }
  })
}

/** Functions whose default log group (`/aws/lambda/<name>`) a log group name is. */
function lambdaLogGroupFunctions(ctx: MapContext, name: Value): string[] {
  const text = fullText(name)
  const at = text.indexOf('/aws/lambda/')
  if (at < 0) return []
  if (name.kind === 'scalar') {
    const value = text.slice(at + '/aws/lambda/'.length)
    return functionIdsIn(ctx, { kind: 'scalar', value, loc: name.loc })
  }
  return functionIdsIn(ctx, name)
}

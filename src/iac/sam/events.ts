import type { LambdaFunction, Role, TriggerKind } from '../../model/types.js'
import { asString, entry, get, getPath, isMap, isTruthy, type Value } from '../../model/value.js'
import { locOfEntry, stringAt, stringList } from '../shared/attrs.js'
import { addTrigger, stringAtPath } from '../cloudformation/common.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { mapApiEvent } from './api-events.js'
import type { SamApis } from './apis.js'
import { awsManagedPolicy } from './role.js'
import { ownValue } from '../../model/own.js'

/** How a SAM event type triggers a function. */
interface EventSpec {
  kind: TriggerKind
  /** The property naming the source (bucket, topic, queue, schedule, ...). */
  source?: string
  /** Whether AWS invokes the function asynchronously for this event. */
  async: boolean
  /** The AWS managed policy SAM adds to the generated role so the function can poll the source. */
  policy?: string
}

const EVENT_SPECS: Readonly<Record<string, EventSpec>> = {
  S3: { kind: 's3', source: 'Bucket', async: true },
  SNS: { kind: 'sns', source: 'Topic', async: true },
  SQS: { kind: 'sqs', source: 'Queue', async: false, policy: 'AWSLambdaSQSQueueExecutionRole' },
  Kinesis: {
    kind: 'kinesis',
    source: 'Stream',
    async: false,
    policy: 'AWSLambdaKinesisExecutionRole'
  },
  DynamoDB: {
    kind: 'dynamodb-stream',
    source: 'Stream',
    async: false,
    policy: 'AWSLambdaDynamoDBExecutionRole'
  },
  MSK: { kind: 'msk', source: 'Stream', async: false, policy: 'AWSLambdaMSKExecutionRole' },
  MQ: { kind: 'mq', source: 'Broker', async: false },
  SelfManagedKafka: { kind: 'other', async: false },
  DocumentDB: { kind: 'other', source: 'Cluster', async: false },
  Schedule: { kind: 'schedule', source: 'Schedule', async: true },
  ScheduleV2: { kind: 'schedule', source: 'ScheduleExpression', async: true },
  EventBridgeRule: { kind: 'eventbridge', source: 'EventBusName', async: true },
  CloudWatchEvent: { kind: 'eventbridge', source: 'EventBusName', async: true },
  CloudWatchLogs: { kind: 'cloudwatch-logs', source: 'LogGroupName', async: true },
  IoTRule: { kind: 'iot', source: 'Sql', async: true },
  Cognito: { kind: 'cognito', source: 'UserPool', async: true },
  AlexaSkill: { kind: 'alexa', source: 'SkillId', async: false }
}

/** A function's `Events` → triggers, and endpoints for `Api`/`HttpApi` events. */
export function mapSamEvents(
  ctx: MapContext,
  apis: SamApis,
  fn: LambdaFunction,
  r: TemplateResource,
  generated: Role | undefined
): void {
  const events = entry(r.props, 'Events')
  if (!events) return
  if (!isMap(events.value)) {
    ctx.warn(`Events of ${r.id} should be a map of named events`, events.keyLoc)
    return
  }
  for (const e of events.value.entries.values()) {
    const type = asString(get(e.value, 'Type'))
    if (!isMap(e.value) || !type) {
      ctx.warn(`event ${e.key} of ${r.id} should be a map with a Type`, e.keyLoc)
      continue
    }
    if (type === 'Api' || type === 'HttpApi') {
      mapApiEvent(ctx, apis, fn, e, type === 'Api' ? 'rest' : 'http')
      continue
    }
    const spec = ownValue(EVENT_SPECS, type) ?? { kind: 'other', async: false }
    const p = get(e.value, 'Properties')
    const loc = locOfEntry(e)
    const source = spec.source ? (stringAt(p, spec.source) ?? patternSource(p)) : undefined
    const async = spec.async && !(type === 'SNS' && throughQueue(p))
    addTrigger(fn, { kind: spec.kind, source, async, loc })
    const onFailure = stringAtPath(p, ['DestinationConfig', 'OnFailure', 'Destination'])
    if (onFailure && !fn.onFailureDestination) fn.onFailureDestination = onFailure
    if (spec.policy && generated) {
      generated.policies.push(awsManagedPolicy(`${generated.id}${e.key}Policy`, spec.policy, loc))
    }
  }
}

/** The first `source` of an EventBridge pattern. */
function patternSource(p: Value | undefined) {
  return stringList(getPath(p, ['Pattern', 'source']))[0]
}

/**
 * An SNS event with `SqsSubscription` (`true`, or the queue to use) reaches the function through
 * an SQS queue it polls: failed messages stay in the queue, nothing is invoked asynchronously.
 */
function throughQueue(p: Value | undefined): boolean {
  // Written as an expression, it may be either: not reported as asynchronous.
  return isTruthy(get(p, 'SqsSubscription')) !== false
}

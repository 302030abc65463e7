import type { Attr, Trigger, TriggerKind } from '../../../model/types.js'
import { display } from '../../../model/attr.js'
import { entry, get, isMap, type Value } from '../../../model/value.js'
import { attrFromValue, locOfEntry } from '../../shared/attrs.js'
import type { EventInput } from './types.js'
import { ownValue } from '../../../model/own.js'

/**
 * Events that only trigger the function (no endpoint). `async` says whether AWS invokes the
 * function asynchronously for the event, which is where a dead-letter target matters.
 */
interface TriggerSpec {
  kind: TriggerKind
  async: boolean
  /** Keys of the map form that name the source, in order of preference. */
  source: readonly string[]
}

const TRIGGERS: Readonly<Record<string, TriggerSpec>> = {
  s3: { kind: 's3', async: true, source: ['bucket'] },
  sns: { kind: 'sns', async: true, source: ['arn', 'topicName'] },
  sqs: { kind: 'sqs', async: false, source: ['arn'] },
  schedule: { kind: 'schedule', async: true, source: ['rate'] },
  eventBridge: { kind: 'eventbridge', async: true, source: ['eventBus'] },
  cloudwatchEvent: { kind: 'eventbridge', async: true, source: [] },
  cloudwatchLog: { kind: 'cloudwatch-logs', async: true, source: ['logGroup'] },
  cognitoUserPool: { kind: 'cognito', async: true, source: ['pool'] },
  iot: { kind: 'iot', async: true, source: ['sql'] },
  iotFleetProvisioning: { kind: 'iot', async: true, source: ['templateBody'] },
  alexaSkill: { kind: 'alexa', async: false, source: ['appId'] },
  alexaSmartHome: { kind: 'alexa', async: false, source: ['appId'] },
  msk: { kind: 'msk', async: false, source: ['arn'] },
  kafka: { kind: 'msk', async: false, source: ['topic'] },
  activemq: { kind: 'mq', async: false, source: ['arn'] },
  rabbitmq: { kind: 'mq', async: false, source: ['arn'] }
}

export function sourceTrigger(ev: EventInput): Trigger {
  if (ev.type === 'stream') return streamTrigger(ev)
  const spec = ownValue(TRIGGERS, ev.type)
  if (!spec) return { kind: 'other', source: sourceOf(ev, []), async: false, loc: ev.loc }
  // An EventBridge rule with a schedule is a scheduled invocation.
  const scheduled = ev.type === 'eventBridge' && entry(ev.value, 'schedule') !== undefined
  const source = scheduled ? sourceOf(ev, ['schedule']) : sourceOf(ev, spec.source)
  return { kind: scheduled ? 'schedule' : spec.kind, source, async: spec.async, loc: ev.loc }
}

/** The string form is the source itself; the map form names it under one of `keys`. */
function sourceOf(ev: EventInput, keys: readonly string[]): Attr<string> | undefined {
  if (!isMap(ev.value)) return attrFromValue('string', ev.value, ev.loc)
  for (const key of keys) {
    const e = entry(ev.value, key)
    if (!e) continue
    const first: Value = e.value.kind === 'list' ? (e.value.items[0] ?? e.value) : e.value
    const a = attrFromValue('string', first, locOfEntry(e))
    if (a) return a
  }
  return undefined
}

/** Kinesis or DynamoDB streams: by `type`, else by the ARN (`StreamArn` of a table). */
function streamTrigger(ev: EventInput): Trigger {
  const source = sourceOf(ev, ['arn'])
  const type = isMap(ev.value)
    ? display(attrFromValue('string', get(ev.value, 'type'), ev.loc))
    : ''
  const arn = display(source)
  const dynamodb =
    type === 'dynamodb' ||
    (type === '' && (arn.includes(':dynamodb:') || arn.includes('StreamArn')))
  return { kind: dynamodb ? 'dynamodb-stream' : 'kinesis', source, async: false, loc: ev.loc }
}

import type { LambdaFunction, Resource, ResourceKind, Service } from '../model/types.js'
import {
  grantedActions,
  openStatementGranting,
  type PublicStatement
} from '../policy/rules/lib/resource-policies.js'
import { resourcesOfKind } from '../policy/rules/lib/resource-settings.js'

type Trigger = LambdaFunction['triggers'][number]

/** The resource kind an event source is, and the action that puts an event into it. */
const SOURCES: Partial<
  Record<Trigger['kind'], { kind: ResourceKind; action: string; noun: string }>
> = {
  sqs: { kind: 'queue', action: 'sqs:SendMessage', noun: 'queue' },
  sns: { kind: 'topic', action: 'sns:Publish', noun: 'topic' },
  s3: { kind: 'bucket', action: 's3:PutObject', noun: 'bucket' },
  eventbridge: { kind: 'event-bus', action: 'events:PutEvents', noun: 'event bus' }
}

/** An event source whose resource policy lets anyone put events into it. */
export interface OpenSource {
  resource: Resource
  noun: string
  statement: PublicStatement
}

/**
 * The queue, topic, bucket or event bus of the service that a trigger reads from, when one of its
 * policy statements lets any principal (`*`) put events into it: whoever can send a message,
 * publish, upload or put an event then invokes the function, from any AWS account.
 */
export function openEventSource(service: Service, t: Trigger): OpenSource | undefined {
  const source = SOURCES[t.kind]
  if (!source) return undefined
  const resource = sourceResource(service, t, source.kind)
  if (!resource) return undefined
  const statement = openStatementGranting(resource, source.action)
  return statement && { resource, noun: source.noun, statement }
}

/** The resource a trigger names: by reference (`!GetAtt Queue.Arn`, `aws_sqs_queue.q.arn`). */
function sourceResource(service: Service, t: Trigger, kind: ResourceKind): Resource | undefined {
  const value = t.source?.value
  if (typeof value !== 'object' || value === null) return undefined
  const refs = new Set(value.refs)
  return resourcesOfKind(service, kind).find(r => refs.has(r.id))
}

/** "queue `Orders`, whose policy lets any AWS account call `sqs:SendMessage`", for descriptions. */
export function openSourceSentence(open: OpenSource): string {
  return `${open.noun} \`${open.resource.id}\`, whose policy lets any AWS account call ${grantedActions(open.statement.statement)}`
}

import { literal } from '../model/attr.js'
import { exactName } from '../model/stack-arn.js'
import type { LambdaFunction, Resource, Service } from '../model/types.js'
import {
  grantedActions,
  openStatementGranting,
  type PublicStatement
} from '../policy/rules/lib/resource-policies.js'
import { resourcesOfKind } from '../policy/rules/lib/resource-settings.js'

type Trigger = LambdaFunction['triggers'][number]
type SourceKind = 'queue' | 'topic' | 'bucket' | 'event-bus'

/** The resource kind an event source is, and the action that puts an event into it. */
const SOURCES: Partial<
  Record<Trigger['kind'], { kind: SourceKind; action: string; noun: string }>
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

/**
 * The resource a trigger names: by reference (`!GetAtt Queue.Arn`, `aws_sqs_queue.q.arn`), or by
 * its exact name or ARN (`arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders`)
 * when one resource of the service has that literal name.
 */
function sourceResource(service: Service, t: Trigger, kind: SourceKind): Resource | undefined {
  const value = t.source?.value
  if (value === undefined) return undefined
  const candidates = resourcesOfKind(service, kind)
  if (typeof value === 'object') {
    const refs = new Set(value.refs)
    const referenced = candidates.find(r => refs.has(r.id))
    if (referenced) return referenced
  }
  const name = exactName(value, kind)
  const named = name === undefined ? [] : candidates.filter(r => literal(r.name) === name)
  return named.length === 1 ? named[0] : undefined
}

/** "queue `Orders`, whose policy lets any AWS account call `sqs:SendMessage`", for descriptions. */
export function openSourceSentence(open: OpenSource): string {
  return `${open.noun} \`${open.resource.id}\`, whose policy lets any AWS account call ${grantedActions(open.statement.statement)}`
}

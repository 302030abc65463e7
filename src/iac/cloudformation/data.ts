import type {
  Attr,
  PolicyDocument,
  Resource,
  ResourceAttributes,
  ResourceKind
} from '../../model/types.js'
import { asList, entry, get, getPath, isMap, type Value } from '../../model/value.js'
import { attrFromValue, booleanAt, locOfEntry, stringAt } from '../shared/attrs.js'
import { addExternalTarget } from '../shared/external-targets.js'
import { compact } from './apigateway-stage.js'
import { aclAt, blockSettingAt, booleanAtPath, stringAtPath } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { documentAt } from './iam.js'
import { resourceIdOf } from './refs.js'
import { linkBucketNotifications, linkTopicSubscriptions } from './triggers.js'

/** Data stores and messaging: buckets, tables, queues, topics, streams, and their policies. */

/**
 * The policies of a resource none is attached to: one frozen list shared by all of them (a
 * template may have 200,000), which attaching a policy replaces.
 */
const NO_POLICIES = Object.freeze([]) as unknown as PolicyDocument[]

export function pushResource(
  ctx: MapContext,
  r: TemplateResource,
  kind: ResourceKind,
  name: Attr<string> | undefined,
  attributes: ResourceAttributes,
  policies: PolicyDocument[] = NO_POLICIES
): Resource {
  const resource = {
    id: r.id,
    kind,
    type: r.type,
    name,
    policies,
    attributes: compact(attributes),
    loc: r.loc
  }
  ctx.service.resources.push(resource)
  return resource
}

/**
 * A separate policy resource (`AWS::S3::BucketPolicy`, `AWS::SQS::QueuePolicy`, ...) → the
 * document, attached to each resource of the service it governs. When it governs none of them (a
 * queue URL, a topic ARN, a resource of another stack), the policy is kept on its own, with its
 * target as written.
 */
export function attachResourcePolicy(
  ctx: MapContext,
  r: TemplateResource,
  kind: ResourceKind,
  targets: Value | undefined,
  types: string[],
  document: PolicyDocument | undefined
): void {
  if (!document || !targets) return
  const items = targets.kind === 'symbolic' ? [targets] : asList(targets)
  ctx.later(() => {
    let attached = false
    for (const item of items) {
      const resource = ctx.resourceById(resourceIdOf(ctx, item, types))
      if (resource && !resource.policies.includes(document))
        resource.policies = [...resource.policies, document]
      attached ||= resource !== undefined
    }
    const first = items[0]
    if (attached || !first) return
    const target = attrFromValue('string', first, first.loc) ?? { value: r.id, loc: first.loc }
    addExternalTarget(ctx.service, {
      id: r.id,
      kind,
      type: r.type,
      target,
      policies: [document],
      attributes: {},
      loc: r.loc
    })
  })
}

export function mapBucket(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const block = entry(p, 'PublicAccessBlockConfiguration')
  const rule = asList(getPath(p, ['BucketEncryption', 'ServerSideEncryptionConfiguration'])).filter(
    isMap
  )[0]
  pushResource(ctx, r, 'bucket', stringAt(p, 'BucketName'), {
    acl: aclAt(p, 'AccessControl'),
    publicAccessBlock: block && {
      blockPublicAcls: blockSettingAt(block.value, 'BlockPublicAcls'),
      blockPublicPolicy: blockSettingAt(block.value, 'BlockPublicPolicy'),
      ignorePublicAcls: blockSettingAt(block.value, 'IgnorePublicAcls'),
      restrictPublicBuckets: blockSettingAt(block.value, 'RestrictPublicBuckets'),
      loc: locOfEntry(block)
    },
    encryption: stringAtPath(rule, ['ServerSideEncryptionByDefault', 'SSEAlgorithm']),
    kmsKeyId: stringAtPath(rule, ['ServerSideEncryptionByDefault', 'KMSMasterKeyID'])
  })
  linkBucketNotifications(ctx, r)
}

export function mapBucketPolicy(ctx: MapContext, r: TemplateResource): void {
  const document = documentAt(r.props, 'PolicyDocument')
  attachResourcePolicy(ctx, r, 'bucket', get(r.props, 'Bucket'), ['AWS::S3::Bucket'], document)
}

/** `AWS::DynamoDB::Table` and `AWS::DynamoDB::GlobalTable`. */
export function mapTable(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'table', stringAt(p, 'TableName'), {
    pointInTimeRecovery: booleanAtPath(p, [
      'PointInTimeRecoverySpecification',
      'PointInTimeRecoveryEnabled'
    ]),
    sseEnabled: booleanAtPath(p, ['SSESpecification', 'SSEEnabled']),
    kmsKeyId: stringAtPath(p, ['SSESpecification', 'KMSMasterKeyId'])
  })
}

export function mapQueue(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'queue', stringAt(p, 'QueueName'), {
    kmsKeyId: stringAt(p, 'KmsMasterKeyId'),
    sseEnabled: booleanAt(p, 'SqsManagedSseEnabled')
  })
}

export function mapQueuePolicy(ctx: MapContext, r: TemplateResource): void {
  const document = documentAt(r.props, 'PolicyDocument')
  attachResourcePolicy(ctx, r, 'queue', get(r.props, 'Queues'), ['AWS::SQS::Queue'], document)
}

/** `AWS::SQS::QueueInlinePolicy`: one policy for the one queue whose URL `Queue` holds. */
export function mapQueueInlinePolicy(ctx: MapContext, r: TemplateResource): void {
  const document = documentAt(r.props, 'PolicyDocument')
  attachResourcePolicy(ctx, r, 'queue', get(r.props, 'Queue'), ['AWS::SQS::Queue'], document)
}

export function mapTopic(ctx: MapContext, r: TemplateResource): void {
  pushResource(ctx, r, 'topic', stringAt(r.props, 'TopicName'), {
    kmsKeyId: stringAt(r.props, 'KmsMasterKeyId')
  })
  linkTopicSubscriptions(ctx, r)
}

export function mapTopicPolicy(ctx: MapContext, r: TemplateResource): void {
  const document = documentAt(r.props, 'PolicyDocument')
  attachResourcePolicy(ctx, r, 'topic', get(r.props, 'Topics'), ['AWS::SNS::Topic'], document)
}

/** `AWS::SNS::TopicInlinePolicy`: one policy for the one topic whose ARN `TopicArn` holds. */
export function mapTopicInlinePolicy(ctx: MapContext, r: TemplateResource): void {
  const document = documentAt(r.props, 'PolicyDocument')
  attachResourcePolicy(ctx, r, 'topic', get(r.props, 'TopicArn'), ['AWS::SNS::Topic'], document)
}

export function mapStream(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  pushResource(ctx, r, 'stream', stringAt(p, 'Name'), {
    encryption: stringAtPath(p, ['StreamEncryption', 'EncryptionType']),
    kmsKeyId: stringAtPath(p, ['StreamEncryption', 'KeyId'])
  })
}

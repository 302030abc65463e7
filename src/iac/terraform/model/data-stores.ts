import type { ResourceAttributes, ResourceKind } from '../../../model/types.js'
import { entry, type MapValue } from '../../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt } from '../../shared/attrs.js'
import type { Draft } from './draft.js'
import { nested } from './folder.js'
import { linkLogGroup, linkLoggingConfigs } from './function-links.js'
import { policyFrom } from './policy-documents.js'
import { attachResourceSettings, bucketEncryption } from './resource-settings.js'

interface ResourceShape {
  kind: ResourceKind
  /** The settings that name the resource, in order of preference. */
  name: string[]
  attributes(body: MapValue): ResourceAttributes
  /** The attribute holding the resource's own policy, when it has one. */
  policy?: string
}

const SHAPES: Record<string, ResourceShape> = {
  aws_s3_bucket: {
    kind: 'bucket',
    name: ['bucket', 'bucket_prefix'],
    attributes: legacyBucket,
    policy: 'policy'
  },
  aws_dynamodb_table: {
    kind: 'table',
    name: ['name'],
    attributes: b => ({
      pointInTimeRecovery: booleanAt(nested(b, 'point_in_time_recovery'), 'enabled'),
      sseEnabled: booleanAt(nested(b, 'server_side_encryption'), 'enabled'),
      kmsKeyId: stringAt(nested(b, 'server_side_encryption'), 'kms_key_arn')
    })
  },
  aws_sqs_queue: {
    kind: 'queue',
    name: ['name', 'name_prefix'],
    attributes: b => ({
      kmsKeyId: stringAt(b, 'kms_master_key_id'),
      sseEnabled: booleanAt(b, 'sqs_managed_sse_enabled')
    }),
    policy: 'policy'
  },
  aws_sns_topic: {
    kind: 'topic',
    name: ['name', 'name_prefix'],
    attributes: b => ({ kmsKeyId: stringAt(b, 'kms_master_key_id') }),
    policy: 'policy'
  },
  aws_kinesis_stream: {
    kind: 'stream',
    name: ['name'],
    attributes: b => ({
      encryption: stringAt(b, 'encryption_type'),
      kmsKeyId: stringAt(b, 'kms_key_id')
    })
  },
  aws_kms_key: {
    kind: 'kms-key',
    name: ['description'],
    attributes: b => ({ keyRotation: booleanAt(b, 'enable_key_rotation') }),
    policy: 'policy'
  },
  aws_secretsmanager_secret: {
    kind: 'secret',
    name: ['name', 'name_prefix'],
    attributes: b => ({
      kmsKeyId: stringAt(b, 'kms_key_id'),
      rotation: stringAt(b, 'rotation_lambda_arn')
    }),
    policy: 'policy'
  },
  aws_sfn_state_machine: {
    kind: 'state-machine',
    name: ['name', 'name_prefix'],
    attributes: b => ({
      loggingLevel: stringAt(nested(b, 'logging_configuration'), 'level'),
      accessLogDestination: stringAt(nested(b, 'logging_configuration'), 'log_destination'),
      tracing: booleanAt(nested(b, 'tracing_configuration'), 'enabled')
    })
  },
  aws_cloudwatch_event_bus: { kind: 'event-bus', name: ['name'], attributes: () => ({}) },
  aws_cognito_identity_pool: {
    kind: 'identity-pool',
    name: ['identity_pool_name'],
    attributes: b => ({ allowUnauthenticated: booleanAt(b, 'allow_unauthenticated_identities') })
  },
  aws_cognito_user_pool: {
    kind: 'user-pool',
    name: ['name'],
    attributes: b => ({ mfa: stringAt(b, 'mfa_configuration') })
  },
  aws_cloudwatch_log_group: {
    kind: 'log-group',
    name: ['name', 'name_prefix'],
    attributes: b => ({
      retentionDays: numberAt(b, 'retention_in_days'),
      kmsKeyId: stringAt(b, 'kms_key_id')
    })
  },
  aws_lambda_layer_version: { kind: 'layer', name: ['layer_name'], attributes: () => ({}) }
}

/**
 * Data stores and other resources the rules look at, with their security settings normalised
 * and the policies that govern them attached, including those written as separate resources.
 */
export function mapDataStores(draft: Draft): void {
  for (const [type, shape] of Object.entries(SHAPES)) {
    for (const b of draft.folder.ofType(type)) {
      const policy = shape.policy ? entry(b.body, shape.policy) : undefined
      const document = policy && policyFrom(draft, policy.value, locOfEntry(policy))
      draft.addResource({
        id: b.address,
        kind: shape.kind,
        type,
        name: shape.name.map(key => stringAt(b.body, key)).find(a => a !== undefined),
        policies: document ? [document] : [],
        attributes: shape.attributes(b.body),
        loc: b.loc
      })
      if (type === 'aws_cloudwatch_log_group') linkLogGroup(draft, b)
    }
  }
  linkLoggingConfigs(draft)
  attachResourceSettings(draft)
}

/** Settings the AWS provider before v4 took inline on `aws_s3_bucket`. */
function legacyBucket(b: MapValue): ResourceAttributes {
  return {
    acl: stringAt(b, 'acl'),
    ...bucketEncryption(nested(b, 'server_side_encryption_configuration'))
  }
}

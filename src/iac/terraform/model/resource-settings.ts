import type { Attr, PolicyDocument, Resource, ResourceKind } from '../../../model/types.js'
import { entry, get, type MapEntry, type MapValue, type Value } from '../../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt } from '../../shared/attrs.js'
import { accountPrincipal } from '../../shared/policy-document.js'
import { addExternalTarget } from '../../shared/external-targets.js'
import type { Draft } from './draft.js'
import { mapEventPermissions } from './event-permissions.js'
import { nested, type TfBlock } from './folder.js'
import { policyFrom } from './policy-documents.js'

/** Separate resources that set a policy on another: type → [setting naming it, its type, its kind]. */
const POLICY_RESOURCES: Record<string, [string, string, ResourceKind]> = {
  aws_s3_bucket_policy: ['bucket', 'aws_s3_bucket', 'bucket'],
  aws_sqs_queue_policy: ['queue_url', 'aws_sqs_queue', 'queue'],
  aws_sns_topic_policy: ['arn', 'aws_sns_topic', 'topic'],
  aws_kms_key_policy: ['key_id', 'aws_kms_key', 'kms-key'],
  aws_secretsmanager_secret_policy: ['secret_arn', 'aws_secretsmanager_secret', 'secret'],
  aws_cloudwatch_event_bus_policy: ['event_bus_name', 'aws_cloudwatch_event_bus', 'event-bus']
}

function externalPolicy(
  draft: Draft,
  b: TfBlock,
  kind: ResourceKind,
  key: string,
  document: PolicyDocument
): void {
  // The default bus when no name is given.
  const target = stringAt(b.body, key) ?? { value: 'default', loc: b.loc }
  addExternalTarget(draft.service, {
    id: b.address,
    kind,
    type: b.type,
    target,
    policies: [document],
    attributes: {},
    loc: b.loc
  })
}

/**
 * Attaches what separate resources set on a resource of the folder: bucket ACLs, public access
 * blocks and encryption, resource policies, secret rotation, layer and event bus permissions.
 */
export function attachResourceSettings(draft: Draft): void {
  for (const [type, [key, targetType, kind]] of Object.entries(POLICY_RESOURCES)) {
    for (const b of draft.folder.ofType(type)) {
      const target = draft.resourceFor(get(b.body, key), targetType)
      const document = policyOf(draft, entry(b.body, 'policy'))
      if (target && document) target.policies.push(document)
      // A resource of another module or stack: its policy is evaluated on its own.
      else if (document) externalPolicy(draft, b, kind, key, document)
    }
  }
  each(
    draft,
    'aws_cognito_identity_pool_roles_attachment',
    'identity_pool_id',
    'aws_cognito_identity_pool',
    (r, b) => {
      const role = stringAt(get(b.body, 'roles'), 'unauthenticated')
      if (role) r.attributes.unauthenticatedRole = role
    }
  )
  each(draft, 'aws_s3_bucket_acl', 'bucket', 'aws_s3_bucket', (r, b) => {
    r.attributes.acl = stringAt(b.body, 'acl') ?? r.attributes.acl
  })
  each(draft, 'aws_s3_bucket_public_access_block', 'bucket', 'aws_s3_bucket', (r, b) => {
    r.attributes.publicAccessBlock = {
      blockPublicAcls: booleanAt(b.body, 'block_public_acls'),
      blockPublicPolicy: booleanAt(b.body, 'block_public_policy'),
      ignorePublicAcls: booleanAt(b.body, 'ignore_public_acls'),
      restrictPublicBuckets: booleanAt(b.body, 'restrict_public_buckets'),
      loc: b.loc
    }
  })
  each(
    draft,
    'aws_s3_bucket_server_side_encryption_configuration',
    'bucket',
    'aws_s3_bucket',
    (r, b) => {
      const { encryption, kmsKeyId } = bucketEncryption(b.body)
      if (encryption) r.attributes.encryption = encryption
      if (kmsKeyId) r.attributes.kmsKeyId = kmsKeyId
    }
  )
  each(
    draft,
    'aws_secretsmanager_secret_rotation',
    'secret_id',
    'aws_secretsmanager_secret',
    (r, b) => {
      r.attributes.rotation = { value: true, loc: b.loc }
      const rules = nested(b.body, 'rotation_rules')
      const interval =
        numberAt(rules, 'automatically_after_days') ?? stringAt(rules, 'schedule_expression')
      if (interval) r.attributes.rotationInterval = interval
    }
  )
  for (const b of draft.folder.ofType('aws_lambda_layer_version_permission'))
    layerPermission(draft, b)
  mapEventPermissions(draft)
}

function each(
  draft: Draft,
  type: string,
  key: string,
  targetType: string,
  apply: (target: Resource, b: TfBlock) => void
): void {
  for (const b of draft.folder.ofType(type)) {
    const target = draft.resourceFor(get(b.body, key), targetType)
    if (target) apply(target, b)
  }
}

function policyOf(draft: Draft, e: MapEntry | undefined): PolicyDocument | undefined {
  return e ? policyFrom(draft, e.value, locOfEntry(e)) : undefined
}

/**
 * A layer permission is a one-statement resource policy on the layer. A layer not defined in
 * the folder appears as a layer resource of its own, so the permission is still seen.
 */
function layerPermission(draft: Draft, b: TfBlock): void {
  const layerName = get(b.body, 'layer_name')
  const principal = stringAt(b.body, 'principal')
  const action = stringAt(b.body, 'action')
  const org = entry(b.body, 'organization_id')
  const document: PolicyDocument = {
    statements: [
      {
        effect: { value: 'Allow', loc: b.loc },
        actions: action ? [action] : [],
        notActions: [],
        resources: [],
        notResources: [],
        principals: principal ? [accountPrincipal(principal)] : [],
        notPrincipals: [],
        condition: org && orgCondition(org),
        loc: b.loc
      }
    ],
    loc: b.loc
  }
  const layer = draft.resourceFor(layerName, 'aws_lambda_layer_version')
  if (layer) {
    layer.policies.push(document)
    return
  }
  draft.addResource({
    id: b.address,
    kind: 'layer',
    type: b.type,
    name: stringAt(b.body, 'layer_name'),
    policies: [document],
    attributes: {},
    loc: b.loc
  })
}

/** `organization_id` as the condition IAM would write: `StringEquals aws:PrincipalOrgID`. */
function orgCondition(org: MapEntry): Value {
  const loc = locOfEntry(org)
  const key = 'aws:PrincipalOrgID'
  const inner: MapValue = {
    kind: 'map',
    loc,
    entries: new Map([[key, { key, keyLoc: org.keyLoc, value: org.value }]])
  }
  const test = 'StringEquals'
  return {
    kind: 'map',
    loc,
    entries: new Map([[test, { key: test, keyLoc: org.keyLoc, value: inner }]])
  }
}

/** `rule { apply_server_side_encryption_by_default { sse_algorithm kms_master_key_id } }`. */
export function bucketEncryption(config: MapValue | undefined): {
  encryption?: Attr<string>
  kmsKeyId?: Attr<string>
} {
  const byDefault = nested(nested(config, 'rule'), 'apply_server_side_encryption_by_default')
  return {
    encryption: stringAt(byDefault, 'sse_algorithm'),
    kmsKeyId: stringAt(byDefault, 'kms_master_key_id')
  }
}

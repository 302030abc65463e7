import type { PolicyDocument } from '../../../../model/types.js'
import { stringAt } from '../../../shared/attrs.js'
import type { Draft } from '../draft.js'
import type { ModuleInputs } from './known.js'
import { modulePolicy } from './statements.js'

/**
 * terraform-aws-modules/sqs/aws (4.x): the queue, and its dead-letter queue with `create_dlq`.
 * Encryption: `sqs_managed_sse_enabled` (on by default) or `kms_master_key_id`; the queue policy
 * exists only with `create_queue_policy = true`.
 */
export function mapSqsModule(draft: Draft, inputs: ModuleInputs): void {
  if (inputs.creates('create', true) === false) return
  addQueue(draft, inputs, inputs.block.address, '')
  if (inputs.creates('create_dlq', false) !== false)
    addQueue(draft, inputs, `${inputs.block.address}.dlq`, 'dlq_')
}

function addQueue(draft: Draft, inputs: ModuleInputs, id: string, prefix: string): void {
  const policy =
    inputs.creates(`create_${prefix}queue_policy`, false) !== false
      ? modulePolicy(draft, inputs, `${prefix}queue_policy_statements`, [
          `source_${prefix}queue_policy_documents`,
          `override_${prefix}queue_policy_documents`
        ])
      : undefined
  inputs.add(draft, {
    id,
    kind: 'queue',
    type: 'aws_sqs_queue',
    name: prefix
      ? inputs.text('dlq_name')
      : (inputs.text('name') ?? stringAt(inputs.body, 'name_prefix')),
    policies: policy ? [policy] : [],
    attributes: {
      kmsKeyId: inputs.text(`${prefix}kms_master_key_id`),
      sseEnabled: inputs.flag(`${prefix}sqs_managed_sse_enabled`)
    },
    loc: inputs.block.loc
  })
}

/**
 * terraform-aws-modules/sns/aws (6.x): the topic, encrypted only with `kms_master_key_id`. The
 * topic policy (`create_topic_policy`, on by default) holds `topic_policy_statements` and the
 * `source_`/`override_topic_policy_documents`; the module's default statement lets only the
 * owning account manage the topic and is not modelled. With `create_topic_policy = false`, a
 * `topic_policy` JSON document is the policy.
 */
export function mapSnsModule(draft: Draft, inputs: ModuleInputs): void {
  if (inputs.creates('create', true) === false) return
  const policies: PolicyDocument[] = []
  const managed = inputs.creates('create_topic_policy', true)
  if (managed !== false) {
    const doc = modulePolicy(draft, inputs, 'topic_policy_statements', [
      'source_topic_policy_documents',
      'override_topic_policy_documents'
    ])
    if (doc) policies.push(doc)
  }
  if (managed !== true) {
    const doc = modulePolicy(draft, inputs, undefined, ['topic_policy'])
    if (doc) policies.push(doc)
  }
  inputs.add(draft, {
    id: inputs.block.address,
    kind: 'topic',
    type: 'aws_sns_topic',
    name: inputs.text('name') ?? stringAt(inputs.body, 'name_prefix'),
    policies,
    attributes: { kmsKeyId: inputs.text('kms_master_key_id') },
    loc: inputs.block.loc
  })
}

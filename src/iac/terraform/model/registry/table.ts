import type { Draft } from '../draft.js'
import type { ModuleInputs } from './known.js'

/**
 * terraform-aws-modules/dynamodb-table/aws (4.x): the table, with point-in-time recovery
 * (`point_in_time_recovery_enabled`, off by default) and a KMS key for its encryption
 * (`server_side_encryption_enabled` with `server_side_encryption_kms_key_arn`; without it
 * DynamoDB encrypts with an AWS owned key).
 */
export function mapTableModule(draft: Draft, inputs: ModuleInputs): void {
  if (inputs.creates('create_table', true) === false) return
  inputs.add(draft, {
    id: inputs.block.address,
    kind: 'table',
    type: 'aws_dynamodb_table',
    name: inputs.text('name'),
    policies: [],
    attributes: {
      pointInTimeRecovery: inputs.flag('point_in_time_recovery_enabled'),
      sseEnabled: inputs.flag('server_side_encryption_enabled'),
      kmsKeyId: inputs.text('server_side_encryption_kms_key_arn')
    },
    loc: inputs.block.loc
  })
}

import { literal } from '../../../model/attr.js'
import type { Resource } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import {
  keyState,
  reportSetting,
  resourceLabel,
  resourcesOfKind,
  type SettingState
} from '../lib/resource-settings.js'

export const kinesisUnencrypted: Rule = {
  id: 'kinesis-unencrypted',
  title: 'Kinesis stream without server-side encryption',
  severity: 'medium',
  area: 'data',
  rationale:
    'A stream created through the API or a template is not encrypted unless it asks for it. Its records (clickstreams, change events, logs with personal data) are then stored unencrypted for the whole retention period.',
  remediation: {
    text: 'Encrypt the stream with KMS: `StreamEncryption` with `EncryptionType: KMS` and a key (`alias/aws/kinesis` or a customer managed key).',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    EventsStream:\n      Type: AWS::Kinesis::Stream\n      Properties:\n        StreamEncryption:\n          EncryptionType: KMS\n          KeyId: alias/aws/kinesis',
      sam: 'EventsStream:\n  Type: AWS::Kinesis::Stream\n  Properties:\n    StreamEncryption:\n      EncryptionType: KMS\n      KeyId: alias/aws/kinesis',
      cloudformation:
        'Type: AWS::Kinesis::Stream\nProperties:\n  StreamEncryption:\n    EncryptionType: KMS\n    KeyId: alias/aws/kinesis',
      terraform:
        'resource "aws_kinesis_stream" "events" {\n  encryption_type = "KMS"\n  kms_key_id      = "alias/aws/kinesis"\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_43'],
    kics: ['7f65be75', '5c6dd5e7'],
    cfnNag: ['W49'],
    cdkNag: ['AwsSolutions-KDS1']
  },
  check(ctx) {
    for (const stream of resourcesOfKind(ctx.service, 'stream')) {
      const attr = stream.attributes.encryption
      reportSetting(
        ctx,
        stream,
        encryptionState(stream),
        attr,
        {
          evidence: 'encryption off',
          message: `${resourceLabel(stream)} is not encrypted: its records are stored unencrypted`
        },
        'whether the stream is encrypted is not known before deployment'
      )
    }
  }
}

/**
 * `KMS` with a key encrypts; `NONE` or no type does not (a key alone leaves Terraform's
 * `encryption_type` at its `NONE` default).
 */
function encryptionState(stream: Resource): SettingState {
  const { encryption, kmsKeyId } = stream.attributes
  if (!encryption) return 'off'
  const type = literal(encryption)
  if (type === undefined) return 'unknown'
  if (type.toUpperCase() !== 'KMS') return 'off'
  return kmsKeyId ? keyState(kmsKeyId) : 'on'
}

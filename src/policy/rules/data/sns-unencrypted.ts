import type { Rule } from '../../types.js'
import {
  keyState,
  reportSetting,
  resourceLabel,
  resourcesOfKind
} from '../lib/resource-settings.js'

export const snsUnencrypted: Rule = {
  id: 'sns-unencrypted',
  title: 'SNS topic without KMS encryption',
  severity: 'medium',
  area: 'data',
  rationale:
    'Unlike SQS, SNS does not encrypt topics by default. Without a KMS key, messages published to the topic (order events, notifications with personal data) are stored unencrypted while SNS delivers them, and who may read them is governed by the topic policy alone rather than also by a key policy.',
  remediation: {
    text: 'Set a KMS key on the topic (`KmsMasterKeyId`, `kms_master_key_id`): the AWS managed `alias/aws/sns` key, or a customer managed key whose policy lets the publishers and subscribers use it.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrdersTopic:\n      Type: AWS::SNS::Topic\n      Properties:\n        KmsMasterKeyId: alias/aws/sns',
      sam: 'OrdersTopic:\n  Type: AWS::SNS::Topic\n  Properties:\n    KmsMasterKeyId: !Ref TopicKey',
      cloudformation: 'Type: AWS::SNS::Topic\nProperties:\n  KmsMasterKeyId: alias/aws/sns',
      terraform: 'resource "aws_sns_topic" "orders" {\n  kms_master_key_id = "alias/aws/sns"\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_26'],
    kics: ['9d13b150', '28545147'],
    cfnNag: ['W47'],
    cdkNag: ['NIST.800.53.R5-SNSEncryptedKMS']
  },
  check(ctx) {
    for (const topic of resourcesOfKind(ctx.service, 'topic')) {
      const key = topic.attributes.kmsKeyId
      reportSetting(
        ctx,
        topic,
        keyState(key),
        key,
        {
          evidence: 'no KMS key',
          message: `${resourceLabel(topic)} has no KMS key: its messages are stored unencrypted`
        },
        'whether the topic has a KMS key is not known before deployment'
      )
    }
  }
}

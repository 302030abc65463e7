import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { keyState, resourceLabel, resourcesOfKind } from '../lib/resource-settings.js'

export const sqsUnencrypted: Rule = {
  id: 'sqs-unencrypted',
  title: 'SQS queue with server-side encryption turned off',
  severity: 'medium',
  area: 'data',
  rationale:
    'Messages often carry order details, personal data or tokens, and they sit in the queue until a consumer reads them. Since 2022 AWS encrypts new queues with SQS-managed keys (SSE-SQS) unless the template turns it off, so a queue that sets neither setting is encrypted and is not reported. A queue that sets `SqsManagedSseEnabled: false` (`sqs_managed_sse_enabled = false`) without a KMS key stores its messages unencrypted at rest.',
  remediation: {
    text: 'Remove `SqsManagedSseEnabled: false` so the default SQS-managed encryption applies, or set a KMS key (`KmsMasterKeyId`) to control who can decrypt the messages.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrdersQueue:\n      Type: AWS::SQS::Queue\n      Properties:\n        SqsManagedSseEnabled: true',
      sam: 'OrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    KmsMasterKeyId: alias/aws/sqs',
      cloudformation: 'Type: AWS::SQS::Queue\nProperties:\n  SqsManagedSseEnabled: true',
      terraform: 'resource "aws_sqs_queue" "orders" {\n  sqs_managed_sse_enabled = true\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_27'],
    kics: ['12726829', '6e8849c1'],
    cdkNag: ['AwsSolutions-SQS2']
  },
  check({ service, report, undecidable }) {
    for (const queue of resourcesOfKind(service, 'queue')) {
      const { kmsKeyId, sseEnabled } = queue.attributes
      const key = keyState(kmsKeyId)
      if (key === 'on' || !sseEnabled) continue
      const sse = literal(sseEnabled)
      if (sse === true) continue
      if (key === 'unknown' || sse === undefined) {
        undecidable({
          resource: queue.id,
          reason: 'whether the queue is encrypted is not known before deployment',
          location: sseEnabled.loc
        })
        continue
      }
      report({
        resource: queue.id,
        evidence: 'managed encryption off, no KMS key',
        location: sseEnabled.loc,
        message: `${resourceLabel(queue)} turns off SQS-managed encryption and sets no KMS key: its messages are stored unencrypted`
      })
    }
  }
}

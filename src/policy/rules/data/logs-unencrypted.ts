import type { Rule } from '../../types.js'
import {
  keyState,
  reportSetting,
  resourceLabel,
  resourcesOfKind
} from '../lib/resource-settings.js'

export const logsUnencrypted: Rule = {
  id: 'logs-unencrypted',
  title: 'CloudWatch log group without a KMS key',
  severity: 'low',
  area: 'data',
  rationale:
    'Function logs end up holding request payloads, user identifiers and, by accident, tokens. CloudWatch Logs encrypts them with a key AWS owns, so anyone with `logs:GetLogEvents` on the group can read them. A customer managed KMS key adds a second gate: reading the logs then also needs `kms:Decrypt` on that key, and disabling the key cuts access to them at once.',
  remediation: {
    text: 'Set a customer managed KMS key on the log group (`KmsKeyId`, `kms_key_id`) and let the CloudWatch Logs service principal of the region use it in the key policy.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    AuditLogGroup:\n      Type: AWS::Logs::LogGroup\n      Properties:\n        KmsKeyId: !GetAtt LogsKey.Arn',
      sam: 'AuditLogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    KmsKeyId: !GetAtt LogsKey.Arn',
      cloudformation: 'Type: AWS::Logs::LogGroup\nProperties:\n  KmsKeyId: !GetAtt LogsKey.Arn',
      terraform:
        'resource "aws_cloudwatch_log_group" "audit" {\n  kms_key_id = aws_kms_key.logs.arn\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-5'],
  equivalents: {
    checkov: ['CKV_AWS_158'],
    kics: ['0afbcfe9'],
    cfnNag: ['W84'],
    cdkNag: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted']
  },
  check(ctx) {
    for (const group of resourcesOfKind(ctx.service, 'log-group')) {
      const key = group.attributes.kmsKeyId
      reportSetting(
        ctx,
        group,
        keyState(key),
        key,
        {
          evidence: 'no KMS key',
          message: `${resourceLabel(group)} has no KMS key: anyone allowed to read the logs can read everything in them`
        },
        'whether the log group has a KMS key is not known before deployment'
      )
    }
  }
}

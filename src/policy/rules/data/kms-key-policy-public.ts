import type { Rule } from '../../types.js'
import { reportPublicPolicies } from '../lib/public-policy-check.js'

export const kmsKeyPolicyPublic: Rule = {
  id: 'kms-key-policy-public',
  title: 'KMS key policy open to anyone',
  severity: 'high',
  area: 'data',
  rationale:
    'The key policy is the primary gate on a KMS key. A statement that allows Principal `*` without a condition lets principals of any AWS account use or manage the key: decrypt everything it protects, or schedule its deletion and make that data unreadable. The usual "enable IAM policies" statement names the account root, not `*`.',
  remediation: {
    text: 'Grant the key to the account root (`arn:aws:iam::<account>:root`) and named roles, or keep Principal `*` only together with a `kms:CallerAccount` or `aws:PrincipalOrgID` condition that limits it to your accounts.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    DataKey:\n      Type: AWS::KMS::Key\n      Properties:\n        KeyPolicy:\n          Statement:\n            - Effect: Allow\n              Principal:\n                AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n              Action: kms:*\n              Resource: "*"',
      sam: 'KeyPolicy:\n  Statement:\n    - Effect: Allow\n      Principal:\n        AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n      Action: kms:*\n      Resource: "*"',
      cloudformation:
        'KeyPolicy:\n  Statement:\n    - Effect: Allow\n      Principal:\n        AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n      Action: kms:*\n      Resource: "*"',
      terraform:
        'statement {\n  actions   = ["kms:*"]\n  resources = ["*"]\n  principals {\n    type        = "AWS"\n    identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-7'],
  equivalents: {
    checkov: ['CKV_AWS_33'],
    kics: ['f6049677'],
    cfnNag: ['F76']
  },
  check(ctx) {
    reportPublicPolicies(ctx, 'kms-key', 'key policy')
  }
}

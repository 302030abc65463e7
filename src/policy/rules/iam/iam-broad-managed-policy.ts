import type { Rule } from '../../types.js'
import { ADMIN_MANAGED_POLICIES, FULL_ACCESS_POLICY, managedPolicyIn } from '../lib/iam-actions.js'
import { awsManagedPolicies } from '../lib/managed-policies.js'
import { statementOwner } from '../lib/iam-scope.js'

export const iamBroadManagedPolicy: Rule = {
  id: 'iam-broad-managed-policy',
  title: 'Role has a broad AWS managed FullAccess policy',
  severity: 'medium',
  area: 'iam',
  rationale:
    'AWS managed `*FullAccess` policies (such as `AmazonS3FullAccess` or `AmazonDynamoDBFullAccess`) grant every action of a service on every resource in the account, and AWS adds new actions to them over time. A function rarely needs more than a few actions on its own resources.',
  remediation: {
    text: 'Replace the managed policy with statements listing the actions the function calls on its own resources, or with a narrower SAM policy template.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: arn:aws:s3:::uploads/*',
      sam: 'Policies:\n  - S3CrudPolicy:\n      BucketName: !Ref UploadsBucket',
      cloudformation:
        'Policies:\n  - PolicyName: uploads\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: !Sub "${UploadsBucket.Arn}/*"',
      terraform:
        'statement {\n  actions   = ["s3:GetObject", "s3:PutObject"]\n  resources = ["${aws_s3_bucket.uploads.arn}/*"]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies',
    'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: {},
  check({ service, report }) {
    for (const use of awsManagedPolicies(service)) {
      const name = use.name
      // Symbolic ARNs are reported as undecided by `iam-admin-access`, once.
      if (name === undefined || !isBroad(name)) continue
      const { resource, holder } = statementOwner(service, use)
      report({
        resource,
        evidence: name,
        location: use.arn.loc,
        message: `${holder} has the AWS managed policy \`${name}\` attached, which allows every ${serviceOf(name)} action on every resource of the account`
      })
    }
  }
}

/**
 * `AmazonS3FullAccess`, `IAMFullAccess`, as `s3:*` or `iam:*` on `*` written inline are reported by
 * `iam-wildcard-action`; not the administrator ones, reported by `iam-admin-access`.
 */
function isBroad(name: string): boolean {
  return !managedPolicyIn(ADMIN_MANAGED_POLICIES, name) && FULL_ACCESS_POLICY.test(name)
}

/** `AmazonDynamoDBFullAccess` → `DynamoDB`, for messages. */
function serviceOf(name: string): string {
  return (
    name.replace(/_?FullAccess(?:_v\d+)?$/i, '').replace(/^(Amazon|AWS)(?=[A-Z0-9])/, '') || name
  )
}

import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { isFullWildcard, isServiceWildcard } from '../lib/iam-actions.js'
import { statementOwner } from '../lib/iam-scope.js'
import { holderOf, identityStatements, isAllow } from '../lib/statements.js'

export const iamWildcardAction: Rule = {
  id: 'iam-wildcard-action',
  title: 'IAM statement allows every action of a service',
  severity: 'medium',
  area: 'iam',
  rationale:
    'A wildcard action grants every current and future action of the service (or of AWS, for `*`), including deletes and permission changes the function never needs. If the function is compromised, the blast radius is the whole service.',
  remediation: {
    text: 'List the actions the function calls (for example `s3:GetObject`, `s3:PutObject`) instead of `service:*`.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action:\n            - s3:GetObject\n          Resource: arn:aws:s3:::my-bucket/*',
      sam: 'Policies:\n  - S3ReadPolicy:\n      BucketName: my-bucket',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action:\n      - s3:GetObject\n    Resource: !Sub "${Bucket.Arn}/*"',
      terraform:
        'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.b.arn}/*"]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4', 'CIS-AWS-Foundations:1.16'],
  equivalents: {
    checkov: ['CKV_AWS_49', 'CKV_AWS_63'],
    cfnNag: ['F3', 'F4', 'F5'],
    cdkNag: ['AwsSolutions-IAM5']
  },
  check({ service, report }) {
    for (const placed of identityStatements(service)) {
      const { statement, role } = placed
      if (!isAllow(statement)) continue
      const { resource, holder } = placed.principal
        ? statementOwner(service, placed)
        : { resource: role?.id ?? service.id, holder: holderOf(service, role) }
      for (const action of statement.actions) {
        const name = literal(action)
        if (name === undefined) continue
        const all = isFullWildcard(name)
        if (!all && !isServiceWildcard(name)) continue
        report({
          resource,
          evidence: name,
          location: action.loc,
          severity: all ? 'high' : 'medium',
          message: all
            ? `${holder} allows every AWS action (\`${name}\`)`
            : `${holder} allows \`${name}\`: every ${name.split(':')[0]} action`
        })
      }
    }
  }
}

import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { resourceLabel, resourcesOfKind } from '../lib/resource-settings.js'

export const cognitoUnauthenticatedIdentities: Rule = {
  id: 'cognito-unauthenticated-identities',
  title: 'Cognito identity pool hands out AWS credentials to unauthenticated users',
  severity: 'medium',
  area: 'data',
  rationale:
    "An identity pool that allows unauthenticated identities gives temporary AWS credentials for its unauthenticated role to anyone who calls it: no sign-in needed. Whatever that role allows (reading a bucket, invoking a function, writing to a table) is then open to the internet, and the role's permissions tend to grow over time.",
  remediation: {
    text: 'Turn off unauthenticated identities (`AllowUnauthenticatedIdentities: false`, `allow_unauthenticated_identities = false`). If guest access is a product feature, keep the unauthenticated role to the few actions guests need, on named resources only.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    IdentityPool:\n      Type: AWS::Cognito::IdentityPool\n      Properties:\n        AllowUnauthenticatedIdentities: false',
      sam: 'IdentityPool:\n  Type: AWS::Cognito::IdentityPool\n  Properties:\n    AllowUnauthenticatedIdentities: false',
      cloudformation:
        'Type: AWS::Cognito::IdentityPool\nProperties:\n  AllowUnauthenticatedIdentities: false',
      terraform:
        'resource "aws_cognito_identity_pool" "app" {\n  allow_unauthenticated_identities = false\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2'],
  equivalents: {
    checkov: ['CKV_AWS_366'],
    cfnNag: ['W57'],
    cdkNag: ['AwsSolutions-COG7']
  },
  check({ service, report, undecidable }) {
    for (const pool of resourcesOfKind(service, 'identity-pool')) {
      const attr = pool.attributes.allowUnauthenticated
      if (!attr) continue
      const allowed = literal(attr)
      if (allowed === undefined) {
        undecidable({
          resource: pool.id,
          reason: 'whether unauthenticated identities are allowed is not known before deployment',
          location: attr.loc
        })
      } else if (allowed) {
        report({
          resource: pool.id,
          evidence: 'unauthenticated identities allowed',
          location: attr.loc,
          message: `${resourceLabel(pool)} gives AWS credentials to unauthenticated users: anyone can act with its unauthenticated role`
        })
      }
    }
  }
}

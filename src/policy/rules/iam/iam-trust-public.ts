import { literal } from '../../../model/attr.js'
import type { PolicyStatement, Principal } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import { conditionRestricts } from '../lib/resource-policies.js'
import { listForMessage } from '../lib/iam-scope.js'
import { isAllow } from '../lib/statements.js'

export const iamTrustPublic: Rule = {
  id: 'iam-trust-public',
  title: 'Role can be assumed by anyone',
  severity: 'critical',
  area: 'iam',
  rationale:
    'A trust policy that allows the principal `*` without a condition naming the account, organisation, source or external id (wildcard values such as `arn:aws:iam::*` and negated operators such as `StringNotEquals` name nobody) lets any AWS account in the world assume the role and use every permission it has. Whatever the role can read or change is effectively public.',
  remediation: {
    text: 'Name the service or account that assumes the role (for a function: `Service: lambda.amazonaws.com`). For cross-account access, name the account and require `sts:ExternalId` or `aws:PrincipalOrgID` in a condition.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    WorkerRole:\n      Type: AWS::IAM::Role\n      Properties:\n        AssumeRolePolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: lambda.amazonaws.com }\n              Action: sts:AssumeRole',
      sam: 'AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: lambda.amazonaws.com }\n      Action: sts:AssumeRole',
      cloudformation:
        'AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: arn:aws:iam::111122223333:root }\n      Action: sts:AssumeRole\n      Condition:\n        StringEquals:\n          sts:ExternalId: partner-id',
      terraform:
        'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["lambda.amazonaws.com"]\n    }\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: { checkov: ['CKV_AWS_60'] },
  check({ service, report, undecidable }) {
    // One trust statement may be several roles' (SAM `Globals` `AssumeRolePolicyDocument`): each
    // place is reported once, naming every role it opens.
    const open = new Map<
      string,
      { roles: string[]; principal: Principal; statement: PolicyStatement }
    >()
    for (const role of service.roles) {
      for (const statement of role.trustPolicy?.statements ?? []) {
        if (!isAllow(statement)) continue
        // A condition naming the account, organisation, source or external id limits who can assume it.
        const narrowed =
          statement.condition === undefined ? false : conditionRestricts(statement.condition)
        if (narrowed === true) continue
        for (const principal of statement.principals) {
          if (!canBeAnyone(principal)) continue
          if (narrowed === undefined) {
            undecidable({
              resource: role.id,
              reason: 'the condition of the trust policy is not known before deployment',
              location: statement.condition?.loc ?? statement.loc
            })
            break
          }
          if (literal(principal.value) === undefined) {
            undecidable({
              resource: role.id,
              reason: 'a principal of the trust policy is not known before deployment',
              location: principal.value.loc
            })
            continue
          }
          const { file, line, column } = principal.value.loc
          const key = `${file}:${line}:${column}`
          const seen = open.get(key)
          if (seen) seen.roles.push(role.id)
          else open.set(key, { roles: [role.id], principal, statement })
        }
      }
    }
    for (const { roles, principal, statement } of open.values()) {
      const whose =
        roles.length > 1 ? `roles ${listForMessage(roles, roles.length)}` : `role \`${roles[0]}\``
      report({
        resource: roles.join(', '),
        evidence: principal.type === '*' ? 'Principal: *' : `Principal: ${principal.type}: *`,
        location: principal.value.loc,
        message: `${whose} can be assumed by anyone: ${roles.length > 1 ? 'their' : 'its'} trust policy allows the principal \`*\` ${conditionWording(statement)}`
      })
    }
  }
}

function conditionWording(statement: PolicyStatement): string {
  return statement.condition
    ? 'with a condition that does not name the account, organisation, source or external id'
    : 'without a condition'
}

/** A bare `*` or an `AWS` principal that is `*` (or symbolic, which could be `*`). */
function canBeAnyone(principal: Principal): boolean {
  if (principal.type !== '*' && principal.type !== 'AWS') return false
  const value = literal(principal.value)
  return value === undefined || value === '*'
}

import { literal } from '../../../model/attr.js'
import type { PolicyStatement, Principal } from '../../../model/types.js'
import type { SourceLocation } from '../../../model/location.js'
import type { Rule, RuleContext } from '../../types.js'
import { isGitHubActionsProvider, pinsGitHubSubject } from '../lib/github-oidc.js'
import { conditionRestricts } from '../lib/resource-policies.js'
import { listForMessage } from '../lib/iam-scope.js'
import { isAllow } from '../lib/statements.js'

export const iamTrustPublic: Rule = {
  id: 'iam-trust-public',
  title: 'Role can be assumed by anyone',
  severity: 'critical',
  area: 'iam',
  rationale:
    "A trust policy that allows the principal `*` without a condition naming the account, organisation, source or external id (wildcard values such as `arn:aws:iam::*` and negated operators such as `StringNotEquals` name nobody) lets any AWS account in the world assume the role and use every permission it has. Whatever the role can read or change is effectively public. A role trusting GitHub's OIDC provider (`token.actions.githubusercontent.com`) without a `sub` condition naming the repository owner is the same: every workflow of every repository on GitHub gets a token from that provider.",
  remediation: {
    text: 'Name the service or account that assumes the role (for a function: `Service: lambda.amazonaws.com`). For cross-account access, name the account and require `sts:ExternalId` or `aws:PrincipalOrgID` in a condition. For GitHub Actions, require `token.actions.githubusercontent.com:sub` to match your repository (`repo:my-org/my-repo:ref:refs/heads/main`, or at least `repo:my-org/*`).',
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
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: { checkov: ['CKV_AWS_60', 'CKV_AWS_358'] },
  check(ctx) {
    checkAnyone(ctx)
    checkGitHubActions(ctx)
  }
}

/**
 * One trust statement may be several roles' (SAM `Globals` `AssumeRolePolicyDocument`): each
 * place is reported once, naming every role it opens.
 */
class OpenPlaces {
  private readonly places = new Map<
    string,
    {
      roles: string[]
      evidence: string
      location: SourceLocation
      why: (whose: string, its: string) => string
    }
  >()

  add(
    roleId: string,
    evidence: string,
    location: SourceLocation,
    why: (whose: string, its: string) => string
  ): void {
    const key = `${location.file}:${location.line}:${location.column}`
    const seen = this.places.get(key)
    if (seen) seen.roles.push(roleId)
    else this.places.set(key, { roles: [roleId], evidence, location, why })
  }

  reportTo(report: RuleContext['report']): void {
    for (const { roles, evidence, location, why } of this.places.values()) {
      const many = roles.length > 1
      const whose = many ? `roles ${listForMessage(roles, roles.length)}` : `role \`${roles[0]}\``
      report({
        resource: roles.join(', '),
        evidence,
        location,
        message: why(whose, many ? 'their' : 'its')
      })
    }
  }
}

function checkAnyone({ service, report, undecidable }: RuleContext): void {
  const open = new OpenPlaces()
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
          undecidable(conditionUnknown(role.id, statement))
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
        const evidence = principal.type === '*' ? 'Principal: *' : `Principal: ${principal.type}: *`
        open.add(
          role.id,
          evidence,
          principal.value.loc,
          (whose, its) =>
            `${whose} can be assumed by anyone: ${its} trust policy allows the principal \`*\` ${conditionWording(statement)}`
        )
      }
    }
  }
  open.reportTo(report)
}

/** A role GitHub Actions assumes, open to the workflows of every repository on GitHub. */
function checkGitHubActions({ service, report, undecidable }: RuleContext): void {
  const open = new OpenPlaces()
  for (const role of service.roles) {
    for (const statement of role.trustPolicy?.statements ?? []) {
      if (!isAllow(statement)) continue
      const github = statement.principals.find(p =>
        isGitHubActionsProvider(p, service.rawResources)
      )
      if (!github) continue
      const pinned = pinsGitHubSubject(statement.condition)
      if (pinned === true) continue
      if (pinned === undefined) {
        undecidable(conditionUnknown(role.id, statement))
        continue
      }
      open.add(
        role.id,
        'Federated: token.actions.githubusercontent.com, no sub condition naming an owner',
        github.value.loc,
        (whose, its) =>
          `${whose} can be assumed by the GitHub Actions workflows of any repository: ${its} trust policy trusts GitHub's OIDC provider without a \`token.actions.githubusercontent.com:sub\` condition naming the repository owner`
      )
    }
  }
  open.reportTo(report)
}

function conditionUnknown(roleId: string, statement: PolicyStatement) {
  return {
    resource: roleId,
    reason: 'the condition of the trust policy is not known before deployment',
    location: statement.condition?.loc ?? statement.loc
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

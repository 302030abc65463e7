import { display, literal } from '../../../model/attr.js'
import type { Rule, RuleContext } from '../../types.js'
import { everyOfType, escalationTargetIn } from '../lib/arn-wildcards.js'
import { conditionBoundsEscalation } from '../lib/escalation-conditions.js'
import {
  ESCALATION_MANAGED_POLICIES,
  escalationActionsIn,
  managedPolicyIn
} from '../lib/iam-actions.js'
import { awsManagedPolicies } from '../lib/managed-policies.js'
import { listForMessage, resourceReach, statementOwner } from '../lib/iam-scope.js'
import { escalatesOnlyWithPassRole, mayPassRole } from '../lib/pass-role.js'
import { identityStatements, isAllow } from '../lib/statements.js'

export const iamPrivilegeEscalation: Rule = {
  id: 'iam-privilege-escalation',
  title: 'IAM statement allows privilege escalation',
  severity: 'high',
  area: 'iam',
  rationale:
    "Some actions let whoever holds them gain more permissions than they were given: passing any role to a new function, attaching or writing policies, creating access keys, rewriting the code of other functions, assuming any role. Granted on `*`, or on an ARN that names every resource of the kind they act on (`arn:aws:iam::*:role/*`, `arn:${AWS::Partition}:iam::${AWS::AccountId}:role*`, whatever the account), a compromised function can turn them into administrator access. A path or name prefix (`role/service-role/*`, `role/orders-*`) is a scope chosen for the app and is not reported. Nor is a statement whose condition pins `iam:PermissionsBoundary` to a boundary policy (the IAM user guide's pattern for delegating role administration) or `iam:PolicyARN` to AWS managed policies other than the administrator and escalation ones: what it grants stays within them. The AWS managed policies `IAMFullAccess` and `AWSLambda_FullAccess` grant such actions on `*` and are reported as the same actions written in a statement.",
  remediation: {
    text: 'Grant these actions only on the specific roles, users or functions they are meant for (for `iam:PassRole`, the role ARN and an `iam:PassedToService` condition), or remove them from the role.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: iam:PassRole\n          Resource: !GetAtt WorkerRole.Arn',
      sam: 'Policies:\n  - Statement:\n      - Effect: Allow\n        Action: iam:PassRole\n        Resource: !GetAtt WorkerRole.Arn',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action: iam:PassRole\n    Resource: !GetAtt WorkerRole.Arn\n    Condition:\n      StringEquals:\n        iam:PassedToService: states.amazonaws.com',
      terraform:
        'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.worker.arn]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: {
    checkov: ['CKV_AWS_110', 'CKV_AWS_286'],
    kics: ['e39bee8c', 'eb64f1e9', 'f465fff1', 'c583f0f9', 'fa62ac4f', 'e835bd0d', '1b3af2f9'],
    cfnNag: ['F38', 'F39', 'F40']
  },
  check(ctx) {
    reportEscalationStatements(ctx)
    reportEscalationManagedPolicies(ctx)
  }
}

/** Escalation actions granted on `*`, or on an ARN naming every resource they act on. */
function reportEscalationStatements({ service, report, undecidable }: RuleContext): void {
  for (const placed of identityStatements(service)) {
    const { statement } = placed
    if (!isAllow(statement) || conditionBoundsEscalation(statement)) continue
    const { reach, at } = resourceReach(statement, service)
    const wildcards = statement.resources.flatMap(r => {
      const covered = everyOfType(r)
      return covered ? [{ resource: r, covered }] : []
    })
    if (!at && wildcards.length === 0) continue
    const { resource, holder } = statementOwner(service, placed)
    for (const action of statement.actions) {
      const name = literal(action)
      // `*` on `*` is administrator access, reported by `iam-admin-access`.
      const covered = name === undefined ? [] : escalationActionsIn(name)
      if (name === undefined || covered.length === 0) continue
      const exact = covered.length === 1 && covered[0]?.toLowerCase() === name.toLowerCase()
      const broad =
        reach === 'any' || wildcards.some(w => covered.some(c => escalationTargetIn(c, w.covered)))
      // Creating a function or a stack escalates only for whoever may pass it a role.
      if (broad && covered.every(escalatesOnlyWithPassRole)) {
        const pass = mayPassRole(service, placed)
        if (pass === 'no') continue
        if (pass === 'unknown') {
          undecidable({
            resource,
            reason: `\`${name}\` escalates only with \`iam:PassRole\`, and whether ${holder} may pass a role is not known before deployment`,
            location: action.loc
          })
          continue
        }
      }
      if (reach === 'any') {
        report({
          resource,
          evidence: name,
          location: action.loc,
          message: exact
            ? `${holder} allows \`${name}\` on every resource (\`*\`), which ${howItEscalates(name)}`
            : `${holder} allows \`${name}\` on every resource (\`*\`), which includes privilege-escalation actions ${listForMessage(covered)}`
        })
        continue
      }
      // `arn:aws:iam::*:role/*` is every role: as broad as `*` for the actions that act on roles.
      const wildcard = wildcards.find(w => covered.some(c => escalationTargetIn(c, w.covered)))
      if (wildcard) {
        const onIt = covered.filter(c => escalationTargetIn(c, wildcard.covered))
        const type = escalationTargetIn(onIt[0] ?? '', wildcard.covered) ?? 'resource'
        const arn = display(wildcard.resource)
        report({
          resource,
          evidence: `${name} on ${arn}`,
          location: action.loc,
          message: exact
            ? `${holder} allows \`${name}\` on \`${arn}\`, every ${typeName(type)} of the account, which ${howItEscalates(name)}`
            : `${holder} allows \`${name}\` on \`${arn}\`, every ${typeName(type)} of the account, which includes privilege-escalation actions ${listForMessage(onIt)}`
        })
        continue
      }
      if (reach === 'unknown' && at) {
        undecidable({
          resource,
          reason: `whether \`${name}\` is granted on \`*\` is not known before deployment`,
          location: at.loc
        })
      }
    }
  }
}

/**
 * `IAMFullAccess` and `AWSLambda_FullAccess` attached: they grant `iam:*` or `lambda:*` (with
 * `iam:PassRole` to Lambda) on `*`, reported as those actions written inline are.
 */
function reportEscalationManagedPolicies({ service, report }: RuleContext): void {
  for (const use of awsManagedPolicies(service)) {
    const name = use.name && managedPolicyIn(ESCALATION_MANAGED_POLICIES, use.name)
    if (!name) continue
    const { resource, holder } = statementOwner(service, use)
    const grants = name === 'IAMFullAccess' ? '`iam:*`' : '`lambda:*`'
    report({
      resource,
      evidence: name,
      location: use.arn.loc,
      message: `${holder} has the AWS managed policy \`${name}\` attached, which allows ${grants} on every resource (\`*\`) and ${howItEscalates(name === 'IAMFullAccess' ? 'iam:PutRolePolicy' : 'lambda:UpdateFunctionCode')}`
    })
  }
}

/** The resource type of a wildcard ARN, for messages. */
function typeName(type: string): string {
  return type === 'devendpoint' ? 'development endpoint' : type
}

/** What an escalation action lets its holder do, for messages. */
function howItEscalates(action: string): string {
  const a = action.toLowerCase()
  if (a === 'iam:passrole')
    return 'lets it hand any role, including more powerful ones, to a function or service it controls'
  if (a === 'sts:assumerole') return 'lets it assume any role that trusts this account'
  if (/^iam:(put|attach)\w*policy$|^iam:(createpolicyversion|setdefaultpolicyversion)$/.test(a))
    return 'lets it grant itself any permission'
  if (/^iam:(createaccesskey|createloginprofile|updateloginprofile|addusertogroup)$/.test(a))
    return 'lets it take over IAM users'
  if (a === 'iam:updateassumerolepolicy') return 'lets it make any role assumable by itself'
  if (a.startsWith('lambda:'))
    return "lets it run code of its choosing under other functions' roles"
  return 'lets it escalate its own privileges'
}

import { display, literal } from '../../../model/attr.js'
import type { Policy, Role } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { ADMIN_MANAGED_POLICIES, isFullWildcard, managedPolicyIn } from '../lib/iam-actions.js'
import { listForMessage, resourceReach, statementOwner } from '../lib/iam-scope.js'
import { awsManagedPolicies } from '../lib/managed-policies.js'
import { hasSymbolic, identityStatements, isAllow } from '../lib/statements.js'

export const iamAdminAccess: Rule = {
  id: 'iam-admin-access',
  title: 'IAM role or policy grants administrator access',
  severity: 'critical',
  area: 'iam',
  rationale:
    'A function with administrator access can do anything in the AWS account: read every secret and table, create users and keys, delete resources. One injection bug or vulnerable dependency in the function hands the whole account to an attacker. Every action on every resource (`*` on `*`, `AdministratorAccess`), and every action but a few on every resource (`Allow` with `NotAction` on `*`, `PowerUserAccess`), are reported.',
  remediation: {
    text: 'Grant only the actions the function calls on the resources it uses. Replace `AdministratorAccess` and `PowerUserAccess` (and `Allow` with `NotAction` on `*`, which is what `PowerUserAccess` grants) with narrow statements or SAM policy templates.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [dynamodb:GetItem, dynamodb:PutItem]\n          Resource: !GetAtt OrdersTable.Arn',
      sam: 'Policies:\n  - DynamoDBCrudPolicy:\n      TableName: !Ref OrdersTable',
      cloudformation:
        'Policies:\n  - PolicyName: orders\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Action: [dynamodb:GetItem, dynamodb:PutItem]\n          Resource: !GetAtt OrdersTable.Arn',
      terraform:
        'statement {\n  actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]\n  resources = [aws_dynamodb_table.orders.arn]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4', 'CIS-AWS-Foundations:1.16', 'AWS-FSBP:IAM.1'],
  equivalents: {
    checkov: ['CKV_AWS_1', 'CKV_AWS_62', 'CKV_AWS_274', 'CKV2_AWS_56'],
    kics: ['953b3cdb', '2f37c4a3', '59ebb4f3', 'a0ae0a4e', 'f62aa827'],
    cfnNag: ['W43', 'W44'],
    cdkNag: [
      'HIPAA.Security-IAMPolicyNoStatementsWithAdminAccess',
      'NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess'
    ]
  },
  check(ctx) {
    reportAdminStatements(ctx)
    reportAllButStatements(ctx)
    reportAdminManagedPolicies(ctx)
    reportUnknownDocuments(ctx)
  }
}

/** Allow statements granting every action on every resource. */
function reportAdminStatements({ service, report, undecidable }: RuleContext): void {
  for (const placed of identityStatements(service)) {
    const { statement } = placed
    if (!isAllow(statement)) continue
    const action = statement.actions.find(a => isFullWildcard(literal(a) ?? ''))
    const { reach, at } = resourceReach(statement, service)
    const { resource, holder } = statementOwner(service, placed)
    if (action && reach === 'any') {
      report({
        resource,
        evidence: `${literal(action)} on *`,
        location: action.loc,
        message: `${holder} allows every action (\`${literal(action)}\`) on every resource (\`*\`): full administrator access to the AWS account`
      })
    } else if ((action || hasSymbolic(statement.actions)) && reach !== 'scoped') {
      // Either side could still turn out to be `*`: say so, never guess.
      undecidable({
        resource,
        reason: 'the actions or resources of this statement are not known before deployment',
        location: (action ?? at ?? statement).loc
      })
    }
  }
}

/**
 * Allow statements granting every action but those listed (`NotAction`) on every resource: what
 * `PowerUserAccess` grants (every action outside IAM and Organizations), reported as it is.
 */
function reportAllButStatements({ service, report }: RuleContext): void {
  for (const placed of identityStatements(service)) {
    const { statement } = placed
    const first = statement.notActions[0]
    if (!first || !isAllow(statement)) continue
    if (statement.notResources.length === 0 && resourceReach(statement, service).reach !== 'any')
      continue
    const { resource, holder } = statementOwner(service, placed)
    const except = statement.notActions.map(a => display(a))
    report({
      resource,
      evidence: `NotAction: ${except.join(', ')} on *`,
      location: first.loc,
      message: `${holder} allows every action except ${listForMessage(except)} on every resource: administrator access but for the actions listed, as \`PowerUserAccess\` grants`
    })
  }
}

/**
 * Identity policies whose whole document is an expression (Terraform `templatefile(...)`, a
 * `file(...)` the gate could not read, a CloudFormation `!If`): their statements cannot be checked.
 */
function reportUnknownDocuments({ service, undecidable }: RuleContext): void {
  const seen = new Set<Policy>()
  const check = (policy: Policy, role?: Role): void => {
    const symbolic = policy.document?.symbolic
    if (!symbolic || seen.has(policy)) return
    seen.add(policy)
    undecidable({
      resource: statementOwner(service, { policy, role }).resource,
      reason: `the policy document (${symbolic.expr}) is not known before deployment`,
      location: policy.document?.loc ?? policy.loc
    })
  }
  for (const role of service.roles) for (const policy of role.policies) check(policy, role)
  for (const policy of service.policies) check(policy)
}

/** `AdministratorAccess` and `PowerUserAccess` attached to a role. */
function reportAdminManagedPolicies({ service, report, undecidable }: RuleContext): void {
  for (const use of awsManagedPolicies(service)) {
    const { resource, holder } = statementOwner(service, use)
    if (use.name === undefined) {
      undecidable({
        resource,
        reason: 'the AWS managed policy attached is not known before deployment',
        location: use.arn.loc
      })
      continue
    }
    const admin = adminPolicyName(use.name)
    if (!admin) continue
    report({
      resource,
      evidence: admin,
      location: use.arn.loc,
      message: `${holder} has the AWS managed policy \`${admin}\` attached, ${consequence(admin)}`
    })
  }
}

function adminPolicyName(name: string): string | undefined {
  return managedPolicyIn(ADMIN_MANAGED_POLICIES, name)
}

function consequence(policy: string): string {
  if (policy === 'PowerUserAccess') return 'which allows every action outside IAM on every resource'
  return 'which allows every action on every resource'
}

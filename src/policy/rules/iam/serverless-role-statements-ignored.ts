import type { Rule } from '../../types.js'

export const serverlessRoleStatementsIgnored: Rule = {
  id: 'serverless-role-statements-ignored',
  title: 'Function-level iamRoleStatements have no effect without their plugin',
  severity: 'info',
  area: 'iam',
  rationale:
    "The Serverless Framework reads `iamRoleStatements` under a function only through the serverless-iam-roles-per-function plugin. When `plugins` does not list it, the framework ignores them: the function runs as the provider's role, with every statement of `provider.iam.role`, and the narrower permissions written under the function do nothing. The gate checks the provider's role for that function.",
  remediation: {
    text: 'Add `serverless-iam-roles-per-function` to `plugins` (and to the project dependencies) so the function gets its own role, or move the statements to `provider.iam.role.statements` if every function needs them.',
    snippets: {
      serverless:
        'plugins:\n  - serverless-iam-roles-per-function\nfunctions:\n  createOrder:\n    iamRoleStatements:\n      - Effect: Allow\n        Action: dynamodb:PutItem\n        Resource: !GetAtt OrdersTable.Arn'
    }
  },
  references: [
    'https://github.com/functionalone/serverless-iam-roles-per-function',
    'https://www.serverless.com/framework/docs/providers/aws/guide/iam'
  ],
  compliance: [],
  equivalents: {},
  check({ service, report }) {
    for (const fn of service.functions) {
      if (!fn.ignoredRoleStatements) continue
      report({
        resource: fn.id,
        evidence: 'iamRoleStatements without serverless-iam-roles-per-function',
        location: fn.ignoredRoleStatements,
        message: `function \`${fn.id}\`'s own \`iamRoleStatements\` have no effect: \`plugins\` does not list serverless-iam-roles-per-function, so the function runs as the provider's role`
      })
    }
  }
}

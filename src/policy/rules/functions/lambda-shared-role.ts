import type { Rule } from '../../types.js'
import { functionsPhrase } from '../lib/per-setting.js'
import { writeGrantOf } from '../lib/role-grants.js'
import { functionsUsing } from '../lib/statements.js'

export const lambdaSharedRole: Rule = {
  id: 'lambda-shared-role',
  title: 'Several functions share a role that can write',
  severity: 'low',
  area: 'functions',
  rationale:
    'When functions share one execution role, each gets the union of the permissions all of them need. A flaw in the least important function (an injection in a public endpoint, a vulnerable dependency) then gives an attacker the write access of the most powerful one.',
  remediation: {
    text: 'Give each function its own role with only the actions and resources it uses (Serverless: per-function `iamRoleStatements` with the serverless-iam-roles-per-function plugin, or a `role` per function; SAM: `Policies` per function).',
    snippets: {
      serverless:
        'functions:\n  createOrder:\n    iamRoleStatements:\n      - Effect: Allow\n        Action: dynamodb:PutItem\n        Resource: !GetAtt OrdersTable.Arn',
      sam: 'CreateOrderFunction:\n  Type: AWS::Serverless::Function\n  Properties:\n    Policies:\n      - DynamoDBWritePolicy:\n          TableName: !Ref OrdersTable',
      cloudformation:
        'CreateOrderRole:\n  Type: AWS::IAM::Role\n  # one role per function, with only the actions that function needs',
      terraform:
        'resource "aws_iam_role" "create_order" {\n  # one role per function, with only the actions that function needs\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: { kics: ['ae03f542', '4ba74f01', '165aae3b'] },
  check({ service, report, undecidable }) {
    for (const role of service.roles) {
      const fns = functionsUsing(service, role.id)
      if (fns.length < 2) continue
      const ids = fns.map(f => f.id)
      const grant = writeGrantOf(service, role)
      if (grant.evidence === '') {
        if (grant.undecided) {
          undecidable({
            resource: role.id,
            reason: `role ${role.id} is shared by ${fns.length} functions, and some of its permissions are not known before deployment`,
            location: role.loc
          })
        }
        continue
      }
      report({
        resource: role.id,
        evidence: grant.evidence,
        location: role.loc,
        message: `role \`${role.id}\` is shared by ${functionsPhrase(ids)} and ${grant.phrase}: a flaw in any of them gets the write access all of them need`
      })
    }
  }
}

import type { PathRule } from './types.js'

export const pathPublicAdminFunction: PathRule = {
  id: 'path-public-admin-function',
  title: 'Anyone on the internet can call a function with administrator or escalation rights',
  severity: 'critical',
  area: 'paths',
  reach: 'internet',
  needs: 'privileged',
  rationale:
    'Anyone on the internet can invoke the function, and its role may do anything in the account or grant itself more (`*` on `*`, `iam:PassRole` or policy writes on `*`, `AdministratorAccess`). One bug in the function, in its code or in anything it ships, gives the account away. Severity from the attack-path matrix.',
  remediation: {
    text: "Grant the function only the actions it calls on the resources it uses, or require authorization on its route or URL. Either link removed closes the path; removing the role's administrator rights is the lasting fix.",
    snippets: {
      sam: 'Policies:\n  - DynamoDBReadPolicy:\n      TableName: !Ref OrdersTable',
      terraform:
        'statement {\n  actions   = ["dynamodb:GetItem"]\n  resources = [aws_dynamodb_table.orders.arn]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {}
}

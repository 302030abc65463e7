import type { PathRule } from './types.js'

export const pathCrossAccountInvokePrivileged: PathRule = {
  id: 'path-cross-account-invoke-privileged',
  title: 'Any AWS account can invoke a function with administrator or escalation rights',
  severity: 'critical',
  area: 'paths',
  reach: 'any-account',
  needs: 'privileged',
  rationale:
    'A resource-based permission lets any AWS account (principal `*`, no source account, ARN or organisation) invoke the function, or the queue, topic, bucket or event bus that triggers it lets any AWS account put events into it, and its role may do anything in the account or grant itself more. Anyone with an AWS account can run your most powerful code with their input. Severity from the attack-path matrix.',
  remediation: {
    text: "Name the calling account, service or organisation in the permission (`SourceArn`, `SourceAccount`, `PrincipalOrgID`) or in the event source's policy (an `aws:SourceArn` or `aws:SourceAccount` condition), and grant the function only what it needs.",
    snippets: {
      cloudformation:
        'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: 123456789012',
      terraform:
        'resource "aws_lambda_permission" "caller" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.this.function_name\n  principal     = "123456789012"\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {}
}

import type { PathRule } from './types.js'

export const pathCrossAccountVulnerableFunction: PathRule = {
  id: 'path-cross-account-vulnerable-function',
  title: 'Any AWS account can invoke a function that ships a vulnerable package',
  severity: 'high',
  area: 'paths',
  reach: 'any-account',
  needs: 'vulnerable',
  rationale:
    'A resource-based permission lets any AWS account invoke the function directly, or the queue, topic, bucket or event bus that triggers it lets any AWS account put events into it, and the function ships a package with a high or critical known vulnerability: whoever holds an AWS account can send it the exploit. Severity from the attack-path matrix (critical when the function may also administer, read secrets or write data).',
  remediation: {
    text: "Upgrade the package to the fixed version, or name the calling account, service or organisation in the permission or in the event source's policy (`SourceArn`, `SourceAccount`, `PrincipalOrgID`, `aws:SourceArn`).",
    snippets: {
      cloudformation:
        'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt Uploads.Arn'
    }
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-6'],
  equivalents: {}
}

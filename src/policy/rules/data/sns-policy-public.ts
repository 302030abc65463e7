import type { Rule } from '../../types.js'
import { reportPublicPolicies } from '../lib/public-policy-check.js'

export const snsPolicyPublic: Rule = {
  id: 'sns-policy-public',
  title: 'SNS topic policy open to anyone',
  severity: 'high',
  area: 'data',
  rationale:
    'A topic policy statement that allows Principal `*` without a condition lets any AWS account publish to the topic or subscribe to it. Forged events then fan out to every subscriber (functions, queues, emails, SMS) as if your own service sent them, and an outside subscriber receives every message the topic carries.',
  remediation: {
    text: 'Name the principal that needs access (an account, a role, or a service such as `events.amazonaws.com`) and, for a service, tie the statement to the source with an `aws:SourceArn` or `aws:SourceAccount` condition.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    AlertsTopicPolicy:\n      Type: AWS::SNS::TopicPolicy\n      Properties:\n        Topics: [!Ref AlertsTopic]\n        PolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: cloudwatch.amazonaws.com }\n              Action: sns:Publish\n              Resource: !Ref AlertsTopic\n              Condition:\n                StringEquals:\n                  aws:SourceAccount: !Ref AWS::AccountId',
      sam: 'Statement:\n  - Effect: Allow\n    Principal: { Service: cloudwatch.amazonaws.com }\n    Action: sns:Publish\n    Resource: !Ref AlertsTopic\n    Condition:\n      StringEquals:\n        aws:SourceAccount: !Ref AWS::AccountId',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Principal: { Service: cloudwatch.amazonaws.com }\n    Action: sns:Publish\n    Resource: !Ref AlertsTopic\n    Condition:\n      StringEquals:\n        aws:SourceAccount: !Ref AWS::AccountId',
      terraform:
        'statement {\n  actions   = ["sns:Publish"]\n  resources = [aws_sns_topic.alerts.arn]\n  principals {\n    type        = "Service"\n    identifiers = ["cloudwatch.amazonaws.com"]\n  }\n  condition {\n    test     = "StringEquals"\n    variable = "aws:SourceAccount"\n    values   = [data.aws_caller_identity.current.account_id]\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {
    checkov: ['CKV_AWS_169'],
    kics: ['ae53ce91'],
    cfnNag: ['F18']
  },
  check(ctx) {
    reportPublicPolicies(ctx, 'topic', 'topic policy')
  }
}

import type { Rule } from '../../types.js'
import { reportPublicPolicies } from '../lib/public-policy-check.js'

export const sqsPolicyPublic: Rule = {
  id: 'sqs-policy-public',
  title: 'SQS queue policy open to anyone',
  severity: 'high',
  area: 'data',
  rationale:
    'A queue policy statement that allows Principal `*` without a condition lets any AWS account, and for some actions anyone at all, send messages to the queue, read and delete them, or purge it. Forged messages then reach the functions that consume the queue as if they came from your own producers, and real ones can be stolen or dropped.',
  remediation: {
    text: 'Name the principal that needs access (an account, a role, or a service such as `sns.amazonaws.com`) and, for a service, tie the statement to the source with an `aws:SourceArn` or `aws:SourceAccount` condition.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrdersQueuePolicy:\n      Type: AWS::SQS::QueuePolicy\n      Properties:\n        Queues: [!Ref OrdersQueue]\n        PolicyDocument:\n          Statement:\n            - Effect: Allow\n              Principal: { Service: sns.amazonaws.com }\n              Action: sqs:SendMessage\n              Resource: !GetAtt OrdersQueue.Arn\n              Condition:\n                ArnEquals:\n                  aws:SourceArn: !Ref OrdersTopic',
      sam: 'Statement:\n  - Effect: Allow\n    Principal: { Service: sns.amazonaws.com }\n    Action: sqs:SendMessage\n    Resource: !GetAtt OrdersQueue.Arn\n    Condition:\n      ArnEquals:\n        aws:SourceArn: !Ref OrdersTopic',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Principal: { Service: sns.amazonaws.com }\n    Action: sqs:SendMessage\n    Resource: !GetAtt OrdersQueue.Arn\n    Condition:\n      ArnEquals:\n        aws:SourceArn: !Ref OrdersTopic',
      terraform:
        'statement {\n  actions   = ["sqs:SendMessage"]\n  resources = [aws_sqs_queue.orders.arn]\n  principals {\n    type        = "Service"\n    identifiers = ["sns.amazonaws.com"]\n  }\n  condition {\n    test     = "ArnEquals"\n    variable = "aws:SourceArn"\n    values   = [aws_sns_topic.orders.arn]\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3', 'OWASP-Serverless-Top10:SAS-4'],
  equivalents: {
    checkov: ['CKV_AWS_168'],
    kics: ['9b6a3f5b'],
    cfnNag: ['F21']
  },
  check(ctx) {
    reportPublicPolicies(ctx, 'queue', 'queue policy')
  }
}

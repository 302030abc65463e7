import type { Rule } from '../../types.js'
import { reportPublicPolicies } from '../lib/public-policy-check.js'

export const eventbridgeBusPolicyPublic: Rule = {
  id: 'eventbridge-bus-policy-public',
  title: 'EventBridge event bus policy open to anyone',
  severity: 'high',
  area: 'data',
  rationale:
    'An event bus policy statement that allows Principal `*` without a condition lets any AWS account put events on the bus. Rules match those events like any other, so forged events trigger your functions, workflows and targets as if your own services had sent them.',
  remediation: {
    text: 'Name the accounts that may put events, or keep Principal `*` only together with an `aws:PrincipalOrgID` condition for your organisation.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrgPutEvents:\n      Type: AWS::Events::EventBusPolicy\n      Properties:\n        EventBusName: !Ref OrdersBus\n        StatementId: OrgPutEvents\n        Statement:\n          Effect: Allow\n          Principal: "*"\n          Action: events:PutEvents\n          Resource: !GetAtt OrdersBus.Arn\n          Condition:\n            StringEquals:\n              aws:PrincipalOrgID: o-exampleorgid',
      sam: 'Statement:\n  Effect: Allow\n  Principal: "*"\n  Action: events:PutEvents\n  Resource: !GetAtt OrdersBus.Arn\n  Condition:\n    StringEquals:\n      aws:PrincipalOrgID: o-exampleorgid',
      cloudformation:
        'Type: AWS::Events::EventBusPolicy\nProperties:\n  EventBusName: !Ref OrdersBus\n  StatementId: OrgPutEvents\n  Statement:\n    Effect: Allow\n    Principal: "*"\n    Action: events:PutEvents\n    Resource: !GetAtt OrdersBus.Arn\n    Condition:\n      StringEquals:\n        aws:PrincipalOrgID: o-exampleorgid',
      terraform:
        'statement {\n  actions   = ["events:PutEvents"]\n  resources = [aws_cloudwatch_event_bus.orders.arn]\n  principals {\n    type        = "AWS"\n    identifiers = ["123456789012"]\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-1', 'OWASP-Serverless-Top10:SAS-3'],
  equivalents: { cdkNag: ['AwsSolutions-EVB1'] },
  check(ctx) {
    reportPublicPolicies(ctx, 'event-bus', 'bus policy')
  }
}

import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import type { Attr } from '../../../model/types.js'
import {
  reportSetting,
  resourceLabel,
  resourcesOfKind,
  type SettingState
} from '../lib/resource-settings.js'

export const stepfunctionsLoggingDisabled: Rule = {
  id: 'stepfunctions-logging-disabled',
  title: 'Step Functions state machine without execution logging',
  severity: 'low',
  area: 'data',
  rationale:
    'A state machine orchestrates functions, payments and data changes. With logging off (the default), failed or unexpected executions leave no trace in CloudWatch Logs: an incident cannot be investigated and abuse of the workflow goes unnoticed. Express workflows keep no execution history at all without it.',
  remediation: {
    text: 'Send execution history to a log group: a logging level of `ERROR` or `ALL` and a CloudWatch Logs destination. Leave `IncludeExecutionData` off if the payloads hold personal data.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrderFlow:\n      Type: AWS::StepFunctions::StateMachine\n      Properties:\n        LoggingConfiguration:\n          Level: ERROR\n          Destinations:\n            - CloudWatchLogsLogGroup:\n                LogGroupArn: !GetAtt OrderFlowLogs.Arn',
      sam: 'OrderFlow:\n  Type: AWS::Serverless::StateMachine\n  Properties:\n    Logging:\n      Level: ERROR\n      Destinations:\n        - CloudWatchLogsLogGroup:\n            LogGroupArn: !GetAtt OrderFlowLogs.Arn',
      cloudformation:
        'Type: AWS::StepFunctions::StateMachine\nProperties:\n  LoggingConfiguration:\n    Level: ERROR\n    Destinations:\n      - CloudWatchLogsLogGroup:\n          LogGroupArn: !GetAtt OrderFlowLogs.Arn',
      terraform:
        'resource "aws_sfn_state_machine" "order_flow" {\n  logging_configuration {\n    level           = "ERROR"\n    log_destination = "${aws_cloudwatch_log_group.order_flow.arn}:*"\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-5'],
  equivalents: { checkov: ['CKV_AWS_285'], cdkNag: ['AwsSolutions-SF1'] },
  check(ctx) {
    for (const machine of resourcesOfKind(ctx.service, 'state-machine')) {
      const attr = machine.attributes.loggingLevel
      reportSetting(
        ctx,
        machine,
        levelState(attr),
        attr,
        {
          evidence: 'logging off',
          message: `${resourceLabel(machine)} does not log its executions: failures and misuse of the workflow leave no trace`
        },
        'the logging level is not known before deployment'
      )
    }
  }
}

/** No level, or `OFF` (the default), logs nothing; `ERROR`, `FATAL` and `ALL` log. */
function levelState(a: Attr<string> | undefined): SettingState {
  if (!a) return 'off'
  const level = literal(a)
  if (level === undefined) return 'unknown'
  return level.toUpperCase() === 'OFF' ? 'off' : 'on'
}

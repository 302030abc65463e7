import type { Rule } from '../../types.js'
import { deployedStages, stageLabel } from '../lib/api.js'

export const apiAccessLoggingDisabled: Rule = {
  id: 'api-access-logging-disabled',
  title: 'API stage without access logging',
  severity: 'medium',
  area: 'api',
  rationale:
    'Access logs record who called which route, from where and with what result. Without them you cannot tell whether an endpoint was abused, trace an incident back to a caller, or notice scanning and credential stuffing against the API.',
  remediation: {
    text: 'Send the stage access logs to a CloudWatch log group (or Firehose stream) with a format that includes the request id, source IP, caller identity, route and status.',
    snippets: {
      serverless:
        'provider:\n  logs:\n    restApi:\n      accessLogging: true\n      fullExecutionData: false\n    httpApi: true',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    AccessLogSetting:\n      DestinationArn: !GetAtt ApiAccessLogs.Arn\n      Format: $context.requestId $context.identity.sourceIp $context.routeKey $context.status',
      cloudformation:
        'Type: AWS::ApiGateway::Stage\nProperties:\n  AccessLogSetting:\n    DestinationArn: !GetAtt ApiAccessLogs.Arn\n    Format: $context.requestId $context.identity.sourceIp $context.status',
      terraform:
        'resource "aws_api_gateway_stage" "prod" {\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId $context.identity.sourceIp $context.status"\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-5', 'AWS-FSBP:APIGateway.9'],
  equivalents: {
    checkov: ['CKV_AWS_76', 'CKV_AWS_95'],
    kics: ['80d45af4', '06ec63e3', '0a994e04', 'a4d32883', '1b6799eb'],
    cfnNag: ['W45', 'W46', 'W69'],
    cdkNag: ['AwsSolutions-APIG1']
  },
  check({ service, report }) {
    for (const stage of deployedStages(service)) {
      // A symbolic destination is still a destination: logging is configured.
      if (stage.attributes.accessLogDestination) continue
      report({
        resource: stage.id,
        evidence: 'no access log destination',
        location: stage.loc,
        message: `${stageLabel(stage)} does not write access logs, so calls to the API leave no record of who made them`
      })
    }
  }
}

import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { stageLabel, stagesWithSettings } from '../lib/api.js'

export const apiDataTraceEnabled: Rule = {
  id: 'api-data-trace-enabled',
  title: 'API stage logs full requests and responses',
  severity: 'medium',
  area: 'api',
  rationale:
    'Data tracing (full request and response logging) writes every payload, header and token that passes through the API into CloudWatch Logs. Passwords, access tokens and personal data then live in logs that far more people and tools can read than the API itself.',
  remediation: {
    text: 'Turn data tracing off on the stage; use access logs and execution logging at INFO or ERROR level instead.',
    snippets: {
      serverless: 'provider:\n  logs:\n    restApi:\n      fullExecutionData: false',
      sam: 'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    LoggingLevel: ERROR\n    DataTraceEnabled: false',
      cloudformation:
        'MethodSettings:\n  - ResourcePath: /*\n    HttpMethod: "*"\n    LoggingLevel: ERROR\n    DataTraceEnabled: false',
      terraform:
        'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  settings {\n    logging_level      = "ERROR"\n    data_trace_enabled = false\n  }\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-7'],
  equivalents: { checkov: ['CKV_AWS_276'] },
  check({ service, report, undecidable }) {
    for (const stage of stagesWithSettings(service)) {
      const dataTrace = stage.attributes.dataTrace
      if (!dataTrace) continue
      const on = literal(dataTrace)
      if (on === undefined) {
        undecidable({
          resource: stage.id,
          reason: 'whether full request and response logging is on is not known before deployment',
          location: dataTrace.loc
        })
      } else if (on) {
        report({
          resource: stage.id,
          evidence: 'data trace on',
          location: dataTrace.loc,
          message: `${stageLabel(stage)} logs full request and response data, so payloads, tokens and personal data end up in CloudWatch Logs`
        })
      }
    }
  }
}

import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { deployedStages, isRestStage, stageLabel } from '../lib/api.js'

export const apiTracingDisabled: Rule = {
  id: 'api-tracing-disabled',
  title: 'REST API stage without X-Ray tracing',
  severity: 'low',
  area: 'api',
  rationale:
    'X-Ray tracing follows each request from the API into the functions and services it calls. Without it, investigating an incident or an abuse pattern means stitching separate logs together by hand.',
  remediation: {
    text: 'Turn on X-Ray tracing for the REST API stage.',
    snippets: {
      serverless: 'provider:\n  tracing:\n    apiGateway: true',
      sam: 'Globals:\n  Api:\n    TracingEnabled: true',
      cloudformation: 'Type: AWS::ApiGateway::Stage\nProperties:\n  TracingEnabled: true',
      terraform: 'resource "aws_api_gateway_stage" "prod" {\n  xray_tracing_enabled = true\n}'
    }
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html'],
  compliance: ['OWASP-Serverless-Top10:SAS-5', 'AWS-FSBP:APIGateway.3'],
  equivalents: {
    checkov: ['CKV_AWS_73'],
    kics: ['4ab10c48', 'c757c6a3', '434945e5', '5813ef56'],
    cdkNag: ['Serverless-APIGWXrayEnabled']
  },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      // HTTP and WebSocket APIs have no X-Ray integration: only REST stages are checked.
      if (!isRestStage(service, stage)) continue
      const tracing = stage.attributes.tracing
      const on = literal(tracing)
      if (on === true) continue
      if (tracing && on === undefined) {
        undecidable({
          resource: stage.id,
          reason: 'whether X-Ray tracing is on is not known before deployment',
          location: tracing.loc
        })
        continue
      }
      report({
        resource: stage.id,
        evidence: 'tracing off',
        location: tracing?.loc ?? stage.loc,
        message: `${stageLabel(stage)} ${tracing ? 'turns X-Ray tracing off' : 'does not turn on X-Ray tracing'}`
      })
    }
  }
}

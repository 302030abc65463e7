import type { Rule } from '../../types.js'
import { isUndecidable, literal } from '../../../model/attr.js'
import { deployedStages, endpointLabel, stageEndpoints, stageLabel } from '../lib/api.js'
import { listForMessage } from '../lib/iam-scope.js'

export const apiThrottlingMissing: Rule = {
  id: 'api-throttling-missing',
  title: 'API stage without throttling limits',
  severity: 'low',
  area: 'api',
  rationale:
    'Without stage throttling, one client can use the whole account-level request quota: a flood of requests scales the functions up, runs up the bill and starves other APIs in the account (denial of wallet). A usage plan (`AWS::ApiGateway::UsagePlan`, `aws_api_gateway_usage_plan`, Serverless `provider.apiGateway.usagePlan`) counts only for endpoints that require an API key: it limits requests carrying one of its keys and nothing else.',
  remediation: {
    text: 'Set a burst and a rate limit on the stage (or its default route settings) sized for expected traffic.',
    snippets: {
      serverless:
        'provider:\n  apiGateway:\n    usagePlan:\n      throttle:\n        burstLimit: 200\n        rateLimit: 100',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    MethodSettings:\n      - ResourcePath: /*\n        HttpMethod: "*"\n        ThrottlingBurstLimit: 200\n        ThrottlingRateLimit: 100',
      cloudformation:
        'Type: AWS::ApiGatewayV2::Stage\nProperties:\n  DefaultRouteSettings:\n    ThrottlingBurstLimit: 200\n    ThrottlingRateLimit: 100',
      terraform:
        'resource "aws_apigatewayv2_stage" "prod" {\n  default_route_settings {\n    throttling_burst_limit = 200\n    throttling_rate_limit  = 100\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-8'],
  equivalents: { cdkNag: ['Serverless-APIGWDefaultThrottling'] },
  check({ service, report, undecidable }) {
    for (const stage of deployedStages(service)) {
      const { throttlingBurstLimit, throttlingRateLimit } = stage.attributes
      // Either limit (even symbolic) means throttling was configured on purpose.
      if (throttlingBurstLimit || throttlingRateLimit) continue
      const { usagePlanBurstLimit, usagePlanRateLimit } = stage.attributes
      if (usagePlanBurstLimit || usagePlanRateLimit) {
        // A usage plan holds only requests carrying one of its API keys to its limits.
        const keyless = stageEndpoints(service, stage).filter(
          e => literal(e.apiKeyRequired) !== true
        )
        const unknown = keyless.find(e => isUndecidable(e.apiKeyRequired))
        if (keyless.length === 0) continue
        if (unknown) {
          undecidable({
            resource: stage.id,
            reason: `whether ${endpointLabel(unknown)} requires an API key (and so is held to the usage plan's limits) is not known before deployment`,
            location: unknown.apiKeyRequired?.loc ?? unknown.loc
          })
          continue
        }
        report({
          resource: stage.id,
          evidence: 'usage plan only, endpoints without API key',
          location: stage.loc,
          message: `${stageLabel(stage)} is throttled only by a usage plan, which limits requests carrying an API key; ${listForMessage(keyless.map(endpointLabel))} ${keyless.length === 1 ? 'does' : 'do'} not require one, so requests to ${keyless.length === 1 ? 'it' : 'them'} are not limited`
        })
        continue
      }
      report({
        resource: stage.id,
        evidence: 'no throttling limits',
        location: stage.loc,
        message: `${stageLabel(stage)} sets no throttling limits, so a single client can exhaust the account's request quota and scale the functions without bound`
      })
    }
  }
}

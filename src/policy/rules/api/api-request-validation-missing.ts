import { literal } from '../../../model/attr.js'
import type { Rule } from '../../types.js'
import { endpointLabel, isPreflight } from '../lib/api.js'

export const apiRequestValidationMissing: Rule = {
  id: 'api-request-validation-missing',
  title: 'REST method without request validation',
  severity: 'low',
  area: 'api',
  rationale:
    'Request validation lets API Gateway reject malformed bodies, missing parameters and unexpected fields before they reach the function. Without it, every function must validate its own input, and injection payloads reach the code (and the bill) unfiltered.',
  remediation: {
    text: 'Attach a request validator with a request model (JSON schema) or required parameters to the method.',
    snippets: {
      serverless:
        'functions:\n  createOrder:\n    events:\n      - http:\n          path: /orders\n          method: post\n          request:\n            schemas:\n              application/json: ${file(schemas/order.json)}',
      sam: 'Events:\n  CreateOrder:\n    Type: Api\n    Properties:\n      Path: /orders\n      Method: post\n      RequestModel:\n        Model: Order\n        Required: true\n        ValidateBody: true',
      cloudformation:
        'Type: AWS::ApiGateway::Method\nProperties:\n  RequestValidatorId: !Ref BodyValidator\n  RequestModels:\n    application/json: !Ref OrderModel',
      terraform:
        'resource "aws_api_gateway_method" "create_order" {\n  request_validator_id = aws_api_gateway_request_validator.body.id\n  request_models       = { "application/json" = aws_api_gateway_model.order.name }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-1'],
  equivalents: { checkov: ['CKV2_AWS_53'], cdkNag: ['AwsSolutions-APIG2'] },
  check({ service, report }) {
    for (const endpoint of service.endpoints) {
      // HTTP APIs have no request validation; CORS preflights carry no input.
      if (endpoint.kind !== 'rest' || isPreflight(endpoint)) continue
      const validation = endpoint.requestValidation
      // A validator or model, even one named by reference, means requests are validated.
      if (validation && literal(validation) !== false) continue
      report({
        resource: endpoint.id,
        evidence: 'no request validation',
        location: validation?.loc ?? endpoint.loc,
        message: `REST method ${endpointLabel(endpoint)} does not validate requests: any input reaches the function`
      })
    }
  }
}

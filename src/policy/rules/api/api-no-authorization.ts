import { literal } from '../../../model/attr.js'
import type { Endpoint, Service } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import {
  apiResource,
  endpointLabel,
  isPreflight,
  isPrivateApi,
  resourcePolicyGate,
  routeDenied,
  routeOpening
} from '../lib/api.js'

export const apiNoAuthorization: Rule = {
  id: 'api-no-authorization',
  title: 'API route without authorization',
  severity: 'high',
  area: 'api',
  rationale:
    'A route with no authorizer can be called by anyone on the internet who finds the URL: the function then has to authenticate every request itself, and one forgotten check exposes its data. An API key does not change that: keys identify clients for usage plans, ship inside apps and are not meant to authenticate callers.',
  remediation: {
    text: 'Protect the route with an authorizer (Cognito, JWT, Lambda) or IAM authorization, or set a default authorizer on the API. Routes that are public on purpose can be suppressed with a reason.',
    snippets: {
      serverless:
        'functions:\n  createOrder:\n    events:\n      - httpApi:\n          method: POST\n          path: /orders\n          authorizer:\n            name: jwtAuthorizer',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    StageName: prod\n    Auth:\n      DefaultAuthorizer: CognitoAuthorizer\n      Authorizers:\n        CognitoAuthorizer:\n          UserPoolArn: !GetAtt UserPool.Arn',
      cloudformation:
        'Type: AWS::ApiGateway::Method\nProperties:\n  AuthorizationType: COGNITO_USER_POOLS\n  AuthorizerId: !Ref CognitoAuthorizer',
      terraform:
        'resource "aws_api_gateway_method" "create_order" {\n  authorization = "COGNITO_USER_POOLS"\n  authorizer_id = aws_api_gateway_authorizer.cognito.id\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2', 'AWS-FSBP:APIGateway.8'],
  equivalents: {
    checkov: ['CKV_AWS_59', 'CKV2_AWS_70', 'CKV_AWS_309'],
    kics: ['1056dfbb', '15ccec05'],
    cfnNag: ['W59'],
    cdkNag: ['AwsSolutions-APIG4']
  },
  check({ service, report, undecidable }) {
    for (const endpoint of service.endpoints) {
      if (!needsAuthorization(endpoint)) continue
      const location = endpoint.auth.loc ?? endpoint.loc
      if (endpoint.auth.type === 'unknown') {
        undecidable({
          resource: endpoint.id,
          reason: 'the authorization of this route is not known before deployment',
          location
        })
        continue
      }
      if (endpoint.auth.type !== 'none' || denied(service, endpoint)) continue
      const who = callers(service, endpoint)
      if (who === undefined) {
        undecidable({
          resource: endpoint.id,
          reason: 'the resource policy of its API is not known before deployment',
          location
        })
        continue
      }
      const keyOnly = literal(endpoint.apiKeyRequired) === true
      report({
        resource: endpoint.id,
        evidence: keyOnly ? 'API key only' : 'no authorization',
        location,
        severity: who === INTERNET ? undefined : 'medium',
        message: messageFor(endpoint, keyOnly, who)
      })
    }
  }
}

/** REST methods, HTTP routes and the WebSocket `$connect` route; never CORS preflights. */
function needsAuthorization(endpoint: Endpoint): boolean {
  if (endpoint.kind === 'rest' || endpoint.kind === 'http') return !isPreflight(endpoint)
  // WebSocket authorization happens once, on `$connect`; other routes cannot have an authorizer.
  return endpoint.kind === 'websocket' && literal(endpoint.path) === '$connect'
}

/** A route its API's resource policy refuses to everyone: no caller reaches it. */
function denied(service: Service, endpoint: Endpoint): boolean {
  const api = endpoint.kind === 'rest' ? apiResource(service, endpoint.apiId) : undefined
  return api !== undefined && routeDenied(api, endpoint)
}

const INTERNET = 'anyone on the internet'
/** A private API's policy opening it to `*`: API Gateway admits requests through any VPC endpoint. */
const ANY_VPC_ENDPOINT =
  'anyone through a VPC endpoint in any AWS account (the resource policy of its private API lets `*` invoke it with no `aws:SourceVpce` or `aws:SourceVpc` condition)'

/**
 * Who can call a route without authorization: everyone who can reach a private API (through any
 * account's VPC endpoints when its policy lets `*` invoke the route unconditioned), those the
 * resource policy of a REST API admits (an IP range, VPC endpoints), else the internet.
 * Undefined when the resource policy is not known before deployment.
 */
function callers(service: Service, endpoint: Endpoint): string | undefined {
  if (isPrivateApi(service, endpoint)) {
    // Without an aws:SourceVpce or aws:SourceVpc condition, `*` takes in every account's endpoints.
    const api = apiResource(service, endpoint.apiId)
    const opening = api && routeOpening(api, endpoint)
    return opening && opening !== 'unknown'
      ? ANY_VPC_ENDPOINT
      : 'anyone who can reach the private API'
  }
  const gate = resourcePolicyGate(service, endpoint)
  if (gate === 'undecided') return undefined
  return gate === 'restricted' ? 'anyone the resource policy of its API lets in' : INTERNET
}

function messageFor(endpoint: Endpoint, keyOnly: boolean, who: string): string {
  const route = `route ${endpointLabel(endpoint)}`
  if (keyOnly) {
    return `${route} requires only an API key, which is not authorization: ${who} holding the key can call it`
  }
  return `${route} has no authorization: ${who} can call it`
}

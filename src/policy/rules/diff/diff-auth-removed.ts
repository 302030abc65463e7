import { pairEndpoints } from '../../engine/pairing.js'
import type { DiffRule } from '../../types.js'
import { describeEndpoint } from '../lib/endpoints.js'

export const diffAuthRemoved: DiffRule = {
  id: 'diff-auth-removed',
  title: 'Endpoint lost its authorization',
  severity: 'critical',
  area: 'diff',
  rationale:
    'An endpoint that required an authorizer, IAM signature or JWT on the base branch accepts anonymous requests after this change. Whatever it exposes, it now exposes to the internet.',
  remediation: {
    text: 'Restore the authorizer on the endpoint, or, if the endpoint really must be public, suppress this finding with the reason.',
    snippets: {
      serverless:
        'events:\n  - httpApi:\n      method: GET\n      path: /orders\n      authorizer:\n        name: ordersJwt',
      sam: 'Events:\n  List:\n    Type: Api\n    Properties:\n      Auth:\n        Authorizer: CognitoAuth',
      cloudformation: 'AuthorizationType: COGNITO_USER_POOLS\nAuthorizerId: !Ref CognitoAuthorizer',
      terraform:
        'authorization = "COGNITO_USER_POOLS"\nauthorizer_id = aws_api_gateway_authorizer.cognito.id'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-2'],
  equivalents: {},
  compare({ pair, report }) {
    if (!pair.base || !pair.head) return
    for (const { base: was, head: endpoint } of pairEndpoints(
      pair.base.endpoints,
      pair.head.endpoints
    )) {
      if (!was || !endpoint || endpoint.auth.type !== 'none') continue
      if (was.auth.type === 'none' || was.auth.type === 'unknown') continue
      report({
        resource: endpoint.id,
        evidence: `${was.auth.type} → none`,
        location: endpoint.auth.loc ?? endpoint.loc,
        message: `${describeEndpoint(endpoint)} required ${was.auth.type} authorization on the base branch and is public after this change`
      })
    }
  }
}

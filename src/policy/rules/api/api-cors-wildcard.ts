import { literal } from '../../../model/attr.js'
import { formatLocation } from '../../../model/location.js'
import type { Cors, Endpoint } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { endpointLabel } from '../lib/api.js'

export const apiCorsWildcard: Rule = {
  id: 'api-cors-wildcard',
  title: 'API CORS allows any origin on credentialed or authorized routes',
  severity: 'medium',
  area: 'api',
  rationale:
    "CORS `*` tells browsers that any website may call the API from a visitor's browser. On routes that take cookies, credentials or an authorization token, a malicious page can then act with the visitor's session or read authorized responses as soon as the browser, or a later change that reflects the origin, lets it through.",
  remediation: {
    text: 'List the web origins that use the API (for example `https://app.example.com`) instead of `*`, and allow credentials only for those origins.',
    snippets: {
      serverless:
        'functions:\n  getOrder:\n    events:\n      - http:\n          path: /orders/{id}\n          method: get\n          cors:\n            origin: https://app.example.com\n            allowCredentials: true',
      sam: 'OrdersApi:\n  Type: AWS::Serverless::Api\n  Properties:\n    Cors:\n      AllowOrigin: "\'https://app.example.com\'"\n      AllowCredentials: true',
      cloudformation:
        'Type: AWS::ApiGatewayV2::Api\nProperties:\n  CorsConfiguration:\n    AllowOrigins: [https://app.example.com]\n    AllowCredentials: true',
      terraform:
        'cors_configuration {\n  allow_origins     = ["https://app.example.com"]\n  allow_credentials = true\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {},
  check(ctx) {
    for (const [cors, endpoints] of corsSettings(ctx.service.endpoints).values()) {
      checkCors(ctx, cors, endpoints)
    }
  }
}

/**
 * API routes grouped by the CORS setting that covers them (by where it is written): one setting
 * (an API's, the provider's) often covers many routes and is reported once.
 */
function corsSettings(endpoints: Endpoint[]): Map<string, [Cors, Endpoint[]]> {
  const out = new Map<string, [Cors, Endpoint[]]>()
  for (const e of endpoints) {
    // Function URL CORS is a function setting, checked with the function rules.
    if (!e.cors || e.kind === 'function-url' || e.kind === 'alb') continue
    const key = formatLocation(e.cors.loc)
    const group = out.get(key) ?? [e.cors, []]
    group[1].push(e)
    out.set(key, group)
  }
  return out
}

function checkCors(ctx: RuleContext, cors: Cors, endpoints: Endpoint[]): void {
  const first = endpoints[0] as Endpoint
  const anyOrigin = cors.allowOrigins.find(o => literal(o) === '*')
  const unknownOrigin = cors.allowOrigins.find(o => literal(o) === undefined)
  const credentials = cors.allowCredentials
  const authorized = endpoints.find(e => !['none', 'unknown'].includes(e.auth.type))
  const withCredentials = credentials !== undefined && literal(credentials) === true
  const undecided = (reason: string, location = cors.loc): void =>
    ctx.undecidable({ resource: first.apiId ?? first.id, reason, location })

  if (!anyOrigin) {
    if (unknownOrigin && (withCredentials || authorized))
      undecided('the allowed CORS origins are not known before deployment', unknownOrigin.loc)
    return
  }
  if (!withCredentials && !authorized) {
    if (credentials && literal(credentials) === undefined)
      undecided('whether CORS allows credentials is not known before deployment', credentials.loc)
    return
  }
  const target = withCredentials ? first : (authorized as Endpoint)
  const shared = endpoints.length > 1 && first.apiId !== undefined
  const subject = shared
    ? `CORS of API \`${first.apiId}\` (${endpoints.length} routes)`
    : `CORS of route ${endpointLabel(target)}`
  ctx.report({
    resource: shared ? (first.apiId as string) : target.id,
    evidence: withCredentials ? 'origin * with credentials' : 'origin * on authorized route',
    location: anyOrigin.loc,
    message: withCredentials
      ? `${subject} allows any origin (\`*\`) together with credentials`
      : `${subject} allows any origin (\`*\`) although ${shared ? `route ${endpointLabel(target)}` : 'the route'} requires ${target.auth.type === 'iam' ? 'IAM authorization' : 'an authorizer'}`
  })
}

import type { Attr, Endpoint, EndpointKind } from '../../../model/types.js'
import { asString, entry, get } from '../../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt } from '../../shared/attrs.js'
import { authFrom, corsFrom, authSettingAt } from './auth.js'
import type { Draft } from './draft.js'
import { nested, type TfBlock } from './folder.js'
import { linkFunction } from './links.js'

const V2_AUTH = { NONE: 'none', AWS_IAM: 'iam', JWT: 'jwt', CUSTOM: 'lambda' } as const

/**
 * API Gateway HTTP and WebSocket APIs: each `aws_apigatewayv2_route` is an endpoint, linked
 * through its integration to the function it invokes; quick-create APIs (`target`) get one.
 */
export function mapHttpApis(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_apigatewayv2_api')) api(draft, b)
  for (const b of draft.folder.ofType('aws_apigatewayv2_route')) route(draft, b)
  for (const b of draft.folder.ofType('aws_apigatewayv2_stage')) stage(draft, b)
  for (const b of draft.folder.ofType('aws_apigatewayv2_domain_name')) {
    const config = nested(b.body, 'domain_name_configuration')
    draft.addResource({
      id: b.address,
      kind: 'api-domain',
      type: b.type,
      name: stringAt(b.body, 'domain_name'),
      policies: [],
      attributes: {
        securityPolicy: stringAt(config, 'security_policy'),
        endpointType: stringAt(config, 'endpoint_type')
      },
      loc: b.loc
    })
  }
}

function kindOf(api: TfBlock | undefined): EndpointKind {
  return asString(get(api?.body, 'protocol_type'))?.toUpperCase() === 'WEBSOCKET'
    ? 'websocket'
    : 'http'
}

function api(draft: Draft, b: TfBlock): void {
  draft.addResource({
    id: b.address,
    kind: 'api',
    type: b.type,
    name: stringAt(b.body, 'name'),
    policies: [],
    attributes: { protocol: stringAt(b.body, 'protocol_type') },
    loc: b.loc
  })
  const target = entry(b.body, 'target')
  if (!target) return
  // Quick create: one `$default` route, without authorization, straight to the target.
  const loc = locOfEntry(target)
  const endpoint: Endpoint = {
    id: `${b.address}.$default`,
    kind: kindOf(b),
    path: stringAt(b.body, 'route_key') ?? { value: '$default', loc },
    apiId: b.address,
    functionIds: [],
    auth: { type: 'none' },
    cors: corsFrom(nested(b.body, 'cors_configuration')),
    loc
  }
  draft.addEndpoint(endpoint)
  linkFunction(
    draft,
    endpoint,
    target.value,
    endpoint.kind === 'websocket' ? 'websocket' : 'http-api',
    loc
  )
}

function route(draft: Draft, b: TfBlock): void {
  const body = b.body
  const apiBlock = draft.folder.referenced(get(body, 'api_id'), 'aws_apigatewayv2_api')
  const kind = kindOf(apiBlock)
  const { method, path } = splitRouteKey(stringAt(body, 'route_key'), kind)
  const endpoint: Endpoint = {
    id: b.address,
    kind,
    method,
    path,
    apiId: apiBlock?.address,
    functionIds: [],
    auth: authFrom(
      V2_AUTH,
      authSettingAt(body, 'authorization_type'),
      stringAt(body, 'authorizer_id')
    ),
    apiKeyRequired: booleanAt(body, 'api_key_required'),
    cors: apiBlock ? corsFrom(nested(apiBlock.body, 'cors_configuration')) : undefined,
    loc: b.loc
  }
  draft.addEndpoint(endpoint)
  const integration = draft.folder.referenced(get(body, 'target'), 'aws_apigatewayv2_integration')
  const uri = integration ? get(integration.body, 'integration_uri') : undefined
  linkFunction(draft, endpoint, uri, kind === 'websocket' ? 'websocket' : 'http-api', b.loc)
}

/** `GET /items` → method and path; a websocket route key (`$connect`) is a path alone. */
function splitRouteKey(
  key: Attr<string> | undefined,
  kind: EndpointKind
): { method?: Attr<string>; path?: Attr<string> } {
  if (!key || typeof key.value !== 'string' || kind === 'websocket') return { path: key }
  const space = key.value.indexOf(' ')
  if (space < 0) return { path: key }
  return {
    method: { value: key.value.slice(0, space), loc: key.loc },
    path: { value: key.value.slice(space + 1).trim(), loc: key.loc }
  }
}

function stage(draft: Draft, b: TfBlock): void {
  const defaults = nested(b.body, 'default_route_settings')
  const name = stringAt(b.body, 'name')
  draft.addResource({
    id: b.address,
    kind: 'api-stage',
    type: b.type,
    name,
    policies: [],
    attributes: {
      apiId: draft.folder.referenced(get(b.body, 'api_id'), 'aws_apigatewayv2_api')?.address,
      stageName: name,
      accessLogDestination: stringAt(nested(b.body, 'access_log_settings'), 'destination_arn'),
      loggingLevel: stringAt(defaults, 'logging_level'),
      dataTrace: booleanAt(defaults, 'data_trace_enabled'),
      throttlingBurstLimit: numberAt(defaults, 'throttling_burst_limit'),
      throttlingRateLimit: numberAt(defaults, 'throttling_rate_limit')
    },
    loc: b.loc
  })
}

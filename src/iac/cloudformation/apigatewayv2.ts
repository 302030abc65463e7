import type { Attr, AuthType, Endpoint } from '../../model/types.js'
import { entry, get, type Value } from '../../model/value.js'
import { booleanAt, numberAt, stringAt } from '../shared/attrs.js'
import { endpointAuth, linkEndpointFunctions } from './apigateway.js'
import { compact, pushStage } from './apigateway-stage.js'
import { corsFrom, derived, stringAtPath } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { apiIdOf, refsOfType } from './refs.js'
import { mapOpenApiRoutes } from './openapi/index.js'

/** API Gateway HTTP and WebSocket APIs (`AWS::ApiGatewayV2::*`). */

export const V2_AUTH: Readonly<Record<string, AuthType>> = {
  NONE: 'none',
  AWS_IAM: 'iam',
  JWT: 'jwt',
  CUSTOM: 'lambda'
}

/** `AWS::ApiGatewayV2::Api` → an `api` resource; quick create (`Target`) adds its default route. */
export function mapV2Api(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  mapOpenApiRoutes(ctx, r, 'http')
  ctx.service.resources.push({
    id: r.id,
    kind: 'api',
    type: r.type,
    name: stringAt(p, 'Name'),
    policies: [],
    attributes: compact({ protocol: stringAt(p, 'ProtocolType') }),
    loc: r.loc
  })
  const cors = corsFrom(entry(p, 'CorsConfiguration'))
  const target = get(p, 'Target')
  if (target) {
    const endpoint: Endpoint = {
      id: `${r.id}.DefaultRoute`,
      kind: 'http',
      ...routeParts(stringAt(p, 'RouteKey') ?? derived('$default', r.loc), 'http'),
      apiId: r.id,
      functionIds: [],
      auth: { type: 'none' },
      loc: r.loc
    }
    ctx.service.endpoints.push(endpoint)
    linkEndpointFunctions(ctx, endpoint, target, 'http-api')
  }
  if (!cors) return
  ctx.later(() => {
    for (const e of ctx.service.endpoints) if (e.apiId === r.id && !e.cors) e.cors = cors
  })
}

/** `AWS::ApiGatewayV2::Route` → an HTTP or WebSocket endpoint. */
export function mapRoute(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const apiId = apiIdOf(ctx, get(p, 'ApiId'))
  const protocol = apiId ? stringAt(ctx.resources.get(apiId)?.props, 'ProtocolType') : undefined
  const kind = protocol?.value === 'WEBSOCKET' ? 'websocket' : 'http'
  const endpoint: Endpoint = {
    id: r.id,
    kind,
    ...routeParts(stringAt(p, 'RouteKey'), kind),
    apiId,
    functionIds: [],
    auth: endpointAuth(ctx, r, 'AWS::ApiGatewayV2::Authorizer', V2_AUTH),
    apiKeyRequired: booleanAt(p, 'ApiKeyRequired'),
    loc: r.loc
  }
  ctx.service.endpoints.push(endpoint)
  const target = get(p, 'Target')
  const integrations = refsOfType(ctx, target, ['AWS::ApiGatewayV2::Integration'])
  const trigger = kind === 'websocket' ? 'websocket' : 'http-api'
  for (const id of integrations) {
    const uri = get(ctx.resources.get(id)?.props, 'IntegrationUri')
    linkEndpointFunctions(ctx, endpoint, uri, trigger)
  }
}

/** `GET /items` → method and path; `$default` → any method; WebSocket route keys are paths. */
function routeParts(
  key: Attr<string> | undefined,
  kind: 'http' | 'websocket'
): Pick<Endpoint, 'method' | 'path'> {
  if (!key) return {}
  if (typeof key.value !== 'string' || kind === 'websocket') return { path: key }
  const space = key.value.indexOf(' ')
  if (space < 0) return { method: { value: 'ANY', loc: key.loc }, path: key }
  return {
    method: { value: key.value.slice(0, space).toUpperCase(), loc: key.loc },
    path: { value: key.value.slice(space + 1).trim(), loc: key.loc }
  }
}

/** `AWS::ApiGatewayV2::Stage` → an `api-stage` resource. */
export function mapV2Stage(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const route = get(p, 'DefaultRouteSettings')
  const attributes = {
    stageName: stringAt(p, 'StageName'),
    accessLogDestination: stringAtPath(p, ['AccessLogSettings', 'DestinationArn']),
    ...defaultRouteSettings(route)
  }
  pushStage(ctx, r.id, r.type, apiIdOf(ctx, get(p, 'ApiId')), attributes, r.loc)
}

/** HTTP/WebSocket `DefaultRouteSettings`. */
export function defaultRouteSettings(route: Value | undefined) {
  return {
    dataTrace: booleanAt(route, 'DataTraceEnabled'),
    loggingLevel: stringAt(route, 'LoggingLevel'),
    throttlingBurstLimit: numberAt(route, 'ThrottlingBurstLimit'),
    throttlingRateLimit: numberAt(route, 'ThrottlingRateLimit')
  }
}

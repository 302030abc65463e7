import { literal } from '../../model/attr.js'
import type { Attr, AuthType, Endpoint, EndpointAuth } from '../../model/types.js'
import { entry, get, getPath, type Value } from '../../model/value.js'
import { booleanAt, locOfEntry, stringAt, stringList } from '../shared/attrs.js'
import { addTrigger, authFrom, authSettingAt, derived } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { documentAt } from './iam.js'
import { apiIdOf, functionIdsIn, refsOfType } from './refs.js'
import { mapOpenApiRoutes } from './openapi/index.js'
import { ownValue } from '../../model/own.js'

/** API Gateway REST APIs: the API, its resource tree and its methods (the endpoints). */

export const REST_AUTH: Readonly<Record<string, AuthType>> = {
  NONE: 'none',
  AWS_IAM: 'iam',
  CUSTOM: 'lambda',
  COGNITO_USER_POOLS: 'cognito'
}

/** Authorizer `Type` (REST) or `AuthorizerType` (HTTP/WebSocket) → auth type. */
const AUTHORIZER_AUTH: Readonly<Record<string, AuthType>> = {
  TOKEN: 'lambda',
  REQUEST: 'lambda',
  COGNITO_USER_POOLS: 'cognito',
  JWT: 'jwt'
}

/** `AWS::ApiGateway::RestApi` → an `api` resource with its resource policy. */
export function mapRestApi(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  mapOpenApiRoutes(ctx, r, 'rest')
  const policy = documentAt(p, 'Policy')
  ctx.service.resources.push({
    id: r.id,
    kind: 'api',
    type: r.type,
    name: stringAt(p, 'Name'),
    policies: policy ? [policy] : [],
    attributes: {
      protocol: derived('REST', r.loc),
      endpointType: stringList(getPath(p, ['EndpointConfiguration', 'Types']))[0]
    },
    loc: r.loc
  })
}

/** `AWS::ApiGateway::Method` → a REST endpoint, and a trigger on the functions it integrates. */
export function mapMethod(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const endpoint: Endpoint = {
    id: r.id,
    kind: 'rest',
    method: stringAt(p, 'HttpMethod'),
    path: pathOfMethod(ctx, r),
    apiId: apiIdOf(ctx, get(p, 'RestApiId')),
    functionIds: [],
    auth: endpointAuth(ctx, r, 'AWS::ApiGateway::Authorizer', REST_AUTH),
    apiKeyRequired: booleanAt(p, 'ApiKeyRequired'),
    requestValidation: requestValidationOf(ctx, r),
    loc: r.loc
  }
  ctx.service.endpoints.push(endpoint)
  linkEndpointFunctions(ctx, endpoint, getPath(p, ['Integration', 'Uri']), 'rest-api')
}

/** Adds the functions an integration URI names to the endpoint, and the trigger to each function. */
export function linkEndpointFunctions(
  ctx: MapContext,
  endpoint: Endpoint,
  uri: Value | undefined,
  kind: 'rest-api' | 'http-api' | 'websocket'
): void {
  if (!uri) return
  ctx.later(() => {
    for (const id of functionIdsIn(ctx, uri)) {
      if (!endpoint.functionIds.includes(id)) endpoint.functionIds.push(id)
      addTrigger(ctx.functionById(id), {
        kind,
        source: routeLabel(endpoint),
        endpointId: endpoint.id,
        async: false,
        loc: endpoint.loc
      })
    }
  })
}

/** `METHOD /path` of an endpoint, when both are literal. */
export function routeLabel(endpoint: Endpoint): Attr<string> | undefined {
  const method = literal(endpoint.method)
  const path = literal(endpoint.path)
  if (path === undefined) return undefined
  return derived(method === undefined ? path : `${method} ${path}`, endpoint.loc)
}

/**
 * A REST method's or an HTTP/WebSocket route's auth: its `AuthorizationType`, with the authorizer
 * (of `authorizerResource` type) its `AuthorizerId` names; types are read with `types`.
 */
export function endpointAuth(
  ctx: MapContext,
  r: TemplateResource,
  authorizerResource: string,
  types: Readonly<Record<string, AuthType>>
): EndpointAuth {
  const authorizerEntry = entry(r.props, 'AuthorizerId')
  const authorizerId = refsOfType(ctx, authorizerEntry?.value, [authorizerResource])[0]
  const authorizer = authorizerEntry
    ? authorizerId
      ? derived(authorizerId, locOfEntry(authorizerEntry))
      : stringAt(r.props, 'AuthorizerId')
    : undefined
  const type = authSettingAt(r.props, 'AuthorizationType')
  if (type || !authorizer) return authFrom(type, types, authorizer)
  // An authorizer without a type: its own type tells the kind.
  return { type: authorizerType(ctx, authorizerId), authorizer, loc: authorizer.loc }
}

/** The auth type an authorizer resource (REST or HTTP/WebSocket) provides. */
export function authorizerType(ctx: MapContext, id: string | undefined): AuthType {
  const props = id ? ctx.resources.get(id)?.props : undefined
  const type = stringAt(props, 'Type') ?? stringAt(props, 'AuthorizerType')
  return typeof type?.value === 'string'
    ? (ownValue(AUTHORIZER_AUTH, type.value) ?? 'unknown')
    : 'unknown'
}

function requestValidationOf(
  ctx: MapContext,
  r: TemplateResource
): Attr<boolean | string> | undefined {
  const validator = entry(r.props, 'RequestValidatorId')
  if (validator) {
    const id = refsOfType(ctx, validator.value, ['AWS::ApiGateway::RequestValidator'])[0]
    return id ? derived(id, locOfEntry(validator)) : stringAt(r.props, 'RequestValidatorId')
  }
  const models = entry(r.props, 'RequestModels')
  return models ? derived(true, locOfEntry(models)) : undefined
}

/** The full path of a method: its resource's `PathPart`s up to the API root. */
function pathOfMethod(ctx: MapContext, r: TemplateResource): Attr<string> | undefined {
  const e = entry(r.props, 'ResourceId')
  if (!e) return undefined
  const path = resourcePath(ctx, e.value, new Set())
  const loc = locOfEntry(e)
  if (path !== undefined) return { value: path, loc }
  return e.value.kind === 'symbolic' ? { value: e.value, loc } : undefined
}

function resourcePath(ctx: MapContext, v: Value, seen: Set<string>): string | undefined {
  if (v.kind === 'symbolic' && v.fn === 'Fn::GetAtt' && /RootResourceId/.test(v.expr)) return '/'
  const id = refsOfType(ctx, v, ['AWS::ApiGateway::Resource'])[0]
  if (v.kind !== 'symbolic' || v.fn !== 'Ref' || !id || seen.has(id)) return undefined
  seen.add(id)
  const props = ctx.resources.get(id)?.props
  const part = get(props, 'PathPart')
  const parent = get(props, 'ParentId')
  if (part?.kind !== 'scalar' || !parent) return undefined
  const base = resourcePath(ctx, parent, seen)
  if (base === undefined) return undefined
  return `${base === '/' ? '' : base}/${String(part.value)}`
}

import type { SourceLocation } from '../../model/location.js'
import type {
  Attr,
  AuthType,
  Cors,
  Endpoint,
  EndpointAuth,
  LambdaFunction
} from '../../model/types.js'
import { entry, get, isMap, type MapEntry, type Value } from '../../model/value.js'
import { attrFromEntry, booleanAt, locOfEntry, stringAt, stringList } from '../shared/attrs.js'
import { eitherBranch } from '../shared/either-branch.js'
import { routeLabel } from '../cloudformation/apigateway.js'
import { addTrigger, corsFrom, derived } from '../cloudformation/common.js'
import type { MapContext } from '../cloudformation/context.js'
import type { SamApi, SamApis } from './apis.js'

/** SAM `Api` and `HttpApi` events → endpoints, with the auth their API and event give them. */

/** An `Api`/`HttpApi` event of a function. */
export function mapApiEvent(
  ctx: MapContext,
  apis: SamApis,
  fn: LambdaFunction,
  event: MapEntry,
  kind: 'rest' | 'http'
): void {
  const endpoint = apiEventEndpoint(ctx, apis, fn.id, event, kind)
  endpoint.functionIds.push(fn.id)
  addTrigger(fn, {
    kind: kind === 'rest' ? 'rest-api' : 'http-api',
    source: routeLabel(endpoint),
    endpointId: endpoint.id,
    async: false,
    loc: endpoint.loc
  })
}

/**
 * The route an `Api`/`HttpApi` event of `ownerId` (a function, or a state machine whose route
 * starts an execution) adds to its API, in the service, with no function yet.
 */
export function apiEventEndpoint(
  ctx: MapContext,
  apis: SamApis,
  ownerId: string,
  event: MapEntry,
  kind: 'rest' | 'http'
): Endpoint {
  const p = get(event.value, 'Properties')
  const loc = locOfEntry(event)
  const written = get(p, kind === 'rest' ? 'RestApiId' : 'ApiId')
  const { id: apiId, api } = apis.forEvent(ctx, kind, written, loc)
  const endpoint: Endpoint = {
    id: `${ownerId}.${event.key}`,
    kind,
    method: methodOf(p, kind, loc),
    path: stringAt(p, 'Path') ?? (kind === 'http' ? derived('$default', loc) : undefined),
    apiId,
    functionIds: [],
    auth: eventAuth(get(p, 'Auth'), api, written !== undefined),
    apiKeyRequired:
      attrFromEntry('boolean', entry(get(p, 'Auth'), 'ApiKeyRequired')) ??
      attrFromEntry('boolean', entry(get(api?.props, 'Auth'), 'ApiKeyRequired')),
    cors: apiCors(api),
    requestValidation: kind === 'rest' ? requestValidation(p) : undefined,
    loc
  }
  ctx.service.endpoints.push(endpoint)
  return endpoint
}

function methodOf(
  p: Value | undefined,
  kind: 'rest' | 'http',
  loc: SourceLocation
): Attr<string> | undefined {
  const method = stringAt(p, 'Method')
  if (!method) return kind === 'http' ? derived('ANY', loc) : undefined
  return typeof method.value === 'string'
    ? { ...method, value: method.value.toUpperCase() }
    : method
}

/**
 * The event's `Auth.Authorizer` (`NONE` and `AWS_IAM` included) wins; otherwise the API's
 * `Auth.DefaultAuthorizer`; otherwise nothing sets auth and the endpoint is public. An API that is
 * not a SAM API of this template (`RestApiId` to another resource) cannot be read: unknown.
 */
function eventAuth(
  eventAuthValue: Value | undefined,
  api: SamApi | undefined,
  apiWritten: boolean
): EndpointAuth {
  const apiAuth = get(api?.props, 'Auth')
  const chosen = entry(eventAuthValue, 'Authorizer') ?? entry(apiAuth, 'DefaultAuthorizer')
  if (chosen) return namedAuthorizer(chosen, apiAuth)
  if (!api && apiWritten) return { type: 'unknown' }
  return { type: 'none' }
}

/** The auth an authorizer name gives (`NONE`, `AWS_IAM`, or one of the API's `Authorizers`). */
export function namedAuthorizer(e: MapEntry, apiAuth: Value | undefined): EndpointAuth {
  const loc = locOfEntry(e)
  const v = e.value
  if (v.kind === 'symbolic') return { type: 'unknown', loc, symbolic: v }
  const name = v.kind === 'scalar' && v.value !== null ? String(v.value) : ''
  const authorizer = { value: name, loc }
  if (name === 'NONE') return { type: 'none', loc }
  if (name === 'AWS_IAM') return { type: 'iam', authorizer, loc }
  return { type: authorizerKind(get(get(apiAuth, 'Authorizers'), name)), authorizer, loc }
}

/** The kind of a SAM authorizer definition, from the keys that define it. */
export function authorizerKind(definition: Value | undefined): AuthType {
  if (!isMap(definition)) return 'unknown'
  if (definition.entries.has('UserPoolArn')) return 'cognito'
  if (definition.entries.has('JwtConfiguration')) return 'jwt'
  if (definition.entries.has('FunctionArn')) return 'lambda'
  return 'unknown'
}

function requestValidation(p: Value | undefined): Attr<boolean> | undefined {
  const model = entry(p, 'RequestModel') ?? entry(p, 'RequestParameters')
  return model ? derived(true, locOfEntry(model)) : undefined
}

/** The CORS setting of a SAM API (`Cors` of a REST API, `CorsConfiguration` of an HTTP API). */
export function apiCors(api: SamApi | undefined): Cors | undefined {
  if (!api) return undefined
  return api.kind === 'rest'
    ? restCors(entry(api.props, 'Cors'))
    : httpCors(entry(api.props, 'CorsConfiguration'))
}

/** REST `Cors`: `"'*'"`, or `{ AllowOrigin, AllowMethods, AllowHeaders, AllowCredentials }`. */
function restCors(e: MapEntry | undefined): Cors | undefined {
  if (!e) return undefined
  const loc = locOfEntry(e)
  if (!isMap(e.value)) {
    const origin = attrFromEntry('string', e)
    return {
      allowOrigins: origin ? [unquote(origin)] : [],
      allowMethods: [],
      allowHeaders: [],
      loc
    }
  }
  // A value behind `Fn::If` is each of its branches: either may be deployed.
  const list = (key: string): Attr<string>[] =>
    stringList(eitherBranch(get(e.value, key))).flatMap(a => {
      if (typeof a.value !== 'string') return [a]
      const items = a.value.replace(/^'(.*)'$/, '$1').split(',')
      return items.map(item => ({ value: item.trim(), loc: a.loc }))
    })
  return {
    allowOrigins: list('AllowOrigin'),
    allowMethods: list('AllowMethods'),
    allowHeaders: list('AllowHeaders'),
    allowCredentials: booleanAt(e.value, 'AllowCredentials'),
    loc
  }
}

/** SAM writes REST CORS values as quoted strings (`"'*'"`). */
function unquote(a: Attr<string>): Attr<string> {
  if (typeof a.value !== 'string') return a
  return { ...a, value: a.value.replace(/^'(.*)'$/, '$1') }
}

/** HTTP `CorsConfiguration: true` (every origin) or the CORS map. */
function httpCors(e: MapEntry | undefined): Cors | undefined {
  if (!e) return undefined
  if (isMap(e.value)) return corsFrom(e)
  if (attrFromEntry('boolean', e)?.value !== true) return undefined
  const loc = locOfEntry(e)
  return { allowOrigins: [{ value: '*', loc }], allowMethods: [], allowHeaders: [], loc }
}

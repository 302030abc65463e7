import type { SourceLocation } from '../../../model/location.js'
import type { Attr, Endpoint, Trigger } from '../../../model/types.js'
import { display, isSymbolicValue } from '../../../model/attr.js'
import { asBoolean, entry, get, isMap, type Value } from '../../../model/value.js'
import { booleanAt, locOfEntry, stringAt } from '../../shared/attrs.js'
import type { SlsContext } from '../context.js'
import { httpApiAuth, restAuth } from './auth.js'
import { restCors, v2Cors } from './cors.js'
import type { EventInput } from './types.js'

/** `http` (REST API) and `httpApi` (HTTP API) events: each one route of the service's API. */

interface Route {
  method?: Attr<string>
  path?: Attr<string>
}

/** `GET users/{id}` or `{ method, path }`; `httpApi: '*'` is the catch-all `$default` route. */
function routeOf(ev: EventInput, ctx: SlsContext): Route {
  const v = ev.value
  if (isMap(v)) {
    return {
      method: normalised(stringAt(v, 'method'), method),
      path: normalised(stringAt(v, 'path'), path)
    }
  }
  if (v.kind === 'symbolic')
    return { method: { value: v, loc: ev.loc }, path: { value: v, loc: ev.loc } }
  const written = v.kind === 'scalar' && v.value !== null ? String(v.value).trim() : ''
  if (written === '*')
    return { method: { value: 'ANY', loc: ev.loc }, path: { value: '$default', loc: ev.loc } }
  const [m, p] = written.split(/\s+/, 2)
  if (!m || !p) {
    ctx.warn(
      `${ev.type} event of function ${ev.fnId} should read "METHOD path"`,
      ev.loc,
      'invalid-event'
    )
    return {}
  }
  return { method: { value: method(m), loc: ev.loc }, path: { value: path(p), loc: ev.loc } }
}

function normalised(
  a: Attr<string> | undefined,
  f: (s: string) => string
): Attr<string> | undefined {
  if (!a || isSymbolicValue(a.value)) return a
  return { ...a, value: f(a.value) }
}

function method(m: string): string {
  return m === '*' ? 'ANY' : m.toUpperCase()
}

function path(p: string): string {
  return p.startsWith('/') || p === '$default' ? p : `/${p}`
}

function routeSource(route: Route, loc: SourceLocation): Attr<string> | undefined {
  const { method: m, path: p } = route
  if (!m || !p) return undefined
  const symbolic = [m.value, p.value].find(isSymbolicValue)
  return { value: symbolic ?? `${display(m)} ${display(p)}`, loc }
}

function routeId(api: string, route: Route): string {
  return `${api} ${display(route.method) || '?'} ${display(route.path) || '?'}`
}

/** `request.schemas` (v3) or `request.schema` (v1) make API Gateway validate the body. */
function requestValidation(settings: Value | undefined): Attr<boolean> | undefined {
  const request = get(settings, 'request')
  const e = entry(request, 'schemas') ?? entry(request, 'schema')
  return e ? { value: true, loc: locOfEntry(e) } : undefined
}

export function restEvent(ev: EventInput, ctx: SlsContext): Trigger {
  const endpoint = restEndpoint(ev, ctx, [ev.fnId])
  const route = { method: endpoint.method, path: endpoint.path }
  const settings = isMap(ev.value) ? ev.value : undefined
  return {
    kind: 'rest-api',
    source: routeSource(route, ev.loc),
    endpointId: endpoint.id,
    // An `async: true` lambda integration is invoked with the Event invocation type.
    async: asBoolean(get(settings, 'async')) === true,
    loc: ev.loc
  }
}

/** The REST API route an `http` event adds, handled by `functionIds` (none for a state machine's). */
export function restEndpoint(ev: EventInput, ctx: SlsContext, functionIds: string[]): Endpoint {
  const route = routeOf(ev, ctx)
  const settings = isMap(ev.value) ? ev.value : undefined
  const endpoint: Endpoint = {
    id: ctx.endpointId(routeId(ctx.apis.rest, route)),
    kind: 'rest',
    ...route,
    apiId: ctx.apis.rest,
    functionIds,
    auth: restAuth(entry(settings, 'authorizer')),
    apiKeyRequired: booleanAt(settings, 'private'),
    cors: restCors(entry(settings, 'cors')),
    requestValidation: requestValidation(settings),
    loc: ev.loc
  }
  ctx.service.endpoints.push(endpoint)
  return endpoint
}

export function httpApiEvent(ev: EventInput, ctx: SlsContext): Trigger {
  const route = routeOf(ev, ctx)
  const settings = isMap(ev.value) ? ev.value : undefined
  const endpoint: Endpoint = {
    id: ctx.endpointId(routeId(ctx.apis.http, route)),
    kind: 'http',
    ...route,
    apiId: ctx.apis.http,
    functionIds: [ev.fnId],
    auth: httpApiAuth(entry(settings, 'authorizer'), ctx),
    cors: v2Cors(entry(get(ctx.provider, 'httpApi'), 'cors')),
    loc: ev.loc
  }
  ctx.service.endpoints.push(endpoint)
  return {
    kind: 'http-api',
    source: routeSource(route, ev.loc),
    endpointId: endpoint.id,
    async: false,
    loc: ev.loc
  }
}

import { endpointKey } from '../../../model/endpoints.js'
import type { Cors, Endpoint } from '../../../model/types.js'
import { entry, get, type MapEntry, type MapValue, type Value } from '../../../model/value.js'
import { linkEndpointFunctions } from '../apigateway.js'
import type { MapContext, TemplateResource } from '../context.js'
import { locOfEntry } from '../../shared/attrs.js'
import { openApiCors } from './cors.js'
import { inlineOpenApiDefinition, OPENAPI_NOT_READ } from './definition.js'
import { operationsOf, referencedPathItems, type Operation } from './operations.js'
import { OpenApiSecurity, type AuthorizerOverlay } from './security.js'
import { requestValidatorOf } from './validation.js'

export { OPENAPI_NOT_READ } from './definition.js'
export type { AuthorizerOverlay } from './security.js'

/**
 * The routes an API's inline OpenAPI definition writes, as endpoints of that API: each operation
 * is located at its method key, with the authorization its `security` gives it. A definition that
 * is not inline gets a warning instead (see `inlineOpenApiDefinition`).
 */
export function mapOpenApiRoutes(
  ctx: MapContext,
  r: TemplateResource,
  kind: 'rest' | 'http',
  overlay?: AuthorizerOverlay
): void {
  const definition = inlineOpenApiDefinition(ctx, r)
  if (!definition) return
  const { routes, referenced } = openApiRoutes(r.id, kind, definition, overlay)
  for (const { path, ref } of referenced)
    ctx.warn(referencedWhy(r.id, path), locOfEntry(ref), OPENAPI_NOT_READ)
  // Routes that SAM events also add to this API are theirs (SAM merges them into the definition).
  ctx.later(() => {
    const taken = new Set(ctx.service.endpoints.map(endpointKey))
    for (const { endpoint, uri } of routes) {
      if (taken.has(endpointKey(endpoint))) continue
      ctx.service.endpoints.push(endpoint)
      linkEndpointFunctions(ctx, endpoint, uri, TRIGGER[kind])
    }
  })
}

export const TRIGGER = { rest: 'rest-api', http: 'http-api' } as const

/** One route an OpenAPI definition writes, with the integration URI it invokes. */
export interface OpenApiRoute {
  endpoint: Endpoint
  uri: Value | undefined
}

/**
 * The routes of an API's OpenAPI definition (any format's: a CloudFormation `Body`, a Terraform
 * `body`), each with the authorization its `security` gives it, and the path items written by
 * reference, whose methods are not read.
 */
export function openApiRoutes(
  apiId: string,
  kind: 'rest' | 'http',
  definition: MapValue,
  overlay?: AuthorizerOverlay
): { routes: OpenApiRoute[]; referenced: { path: string; ref: MapEntry }[] } {
  const security = new OpenApiSecurity(definition, overlay)
  // CORS in the definition is an HTTP API extension; REST APIs answer preflights with OPTIONS.
  const cors = kind === 'http' ? openApiCors(definition) : undefined
  const route = { apiId, kind, definition, security, cors }
  const routes = operationsOf(definition).map(op => {
    const integration = get(op.entry.value, 'x-amazon-apigateway-integration')
    return { endpoint: endpointOf(route, op), uri: get(integration, 'uri') }
  })
  return { routes, referenced: referencedPathItems(definition) }
}

/** Why a path item written by reference is said. */
export function referencedWhy(apiId: string, path: string): string {
  return `${apiId} defines the methods of ${path} by reference ($ref), which is not read: the authorization of those routes is not checked`
}

/** What the routes of one definition share. */
interface RouteContext {
  apiId: string
  kind: 'rest' | 'http'
  definition: MapValue
  security: OpenApiSecurity
  cors?: Cors
}

function endpointOf(route: RouteContext, op: Operation): Endpoint {
  const { apiId, kind, definition, security } = route
  const operation = op.entry.value
  const integrated = entry(operation, 'x-amazon-apigateway-integration') !== undefined
  const { auth, apiKeyRequired } = security.authOf(operation, integrated)
  return {
    id: `${apiId} ${String(op.method.value)} ${String(op.path.value)}`,
    kind,
    method: op.method,
    path: op.path,
    apiId,
    functionIds: [],
    auth,
    apiKeyRequired,
    cors: route.cors,
    // HTTP APIs have no request validation.
    requestValidation: kind === 'rest' ? requestValidatorOf(definition, operation) : undefined,
    loc: op.method.loc
  }
}

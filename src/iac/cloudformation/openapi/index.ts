import { literal } from '../../../model/attr.js'
import type { Endpoint } from '../../../model/types.js'
import { entry, get } from '../../../model/value.js'
import { linkEndpointFunctions } from '../apigateway.js'
import type { MapContext, TemplateResource } from '../context.js'
import { inlineOpenApiDefinition } from './definition.js'
import { operationsOf, type Operation } from './operations.js'
import { OpenApiSecurity, type AuthorizerOverlay } from './security.js'

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
  const security = new OpenApiSecurity(definition, overlay)
  const operations = operationsOf(definition)
  // Routes that SAM events also add to this API are theirs (SAM merges them into the definition).
  ctx.later(() => {
    for (const op of operations) {
      const endpoint = endpointOf(r.id, kind, op, security)
      if (ctx.service.endpoints.some(e => sameRoute(e, endpoint))) continue
      ctx.service.endpoints.push(endpoint)
      const integration = get(op.entry.value, 'x-amazon-apigateway-integration')
      linkEndpointFunctions(ctx, endpoint, get(integration, 'uri'), TRIGGER[kind])
    }
  })
}

const TRIGGER = { rest: 'rest-api', http: 'http-api' } as const

function endpointOf(
  apiId: string,
  kind: 'rest' | 'http',
  op: Operation,
  security: OpenApiSecurity
): Endpoint {
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
    loc: op.method.loc
  }
}

function sameRoute(a: Endpoint, b: Endpoint): boolean {
  return (
    a.apiId === b.apiId &&
    literal(a.method) === literal(b.method) &&
    literal(a.path) === literal(b.path)
  )
}

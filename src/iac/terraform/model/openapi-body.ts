import { diagnostic } from '../../../model/location.js'
import { endpointKey } from '../../../model/endpoints.js'
import type { Cors } from '../../../model/types.js'
import {
  asString,
  get,
  isMap,
  relocate,
  type MapEntry,
  type MapValue
} from '../../../model/value.js'
import {
  OPENAPI_NOT_READ,
  openApiRoutes,
  referencedWhy,
  TRIGGER
} from '../../cloudformation/openapi/index.js'
import { loadDocument } from '../../document/yaml.js'
import { locOfEntry } from '../../shared/attrs.js'
import { corsFrom } from './auth.js'
import type { Draft } from './draft.js'
import { nested } from './folder.js'
import { linkFunction } from './links.js'
import { documentOfFile } from './policy-files.js'

/** An API whose `body` may write routes: its address, kind and the `body` as written. */
export interface OpenApiBody {
  apiId: string
  kind: 'rest' | 'http'
  body: MapEntry
  /** The API's own CORS (`cors_configuration`), set after the import: it wins over the body's. */
  cors?: Cors
}

/**
 * The routes of `aws_api_gateway_rest_api` and `aws_apigatewayv2_api` OpenAPI bodies (which
 * WebSocket APIs do not take), after the API's method and route resources: a route written both
 * ways is the resource's.
 */
export function mapOpenApiBodies(draft: Draft): void {
  for (const b of draft.folder.ofType('aws_api_gateway_rest_api')) {
    const body = b.body.entries.get('body')
    if (body) mapOpenApiBody(draft, { apiId: b.address, kind: 'rest', body })
  }
  for (const b of draft.folder.ofType('aws_apigatewayv2_api')) {
    const body = b.body.entries.get('body')
    if (!body || asString(get(b.body, 'protocol_type'))?.toUpperCase() === 'WEBSOCKET') continue
    const cors = corsFrom(nested(b.body, 'cors_configuration'))
    mapOpenApiBody(draft, { apiId: b.address, kind: 'http', body, cors })
  }
}

/**
 * The routes one OpenAPI body writes, each an endpoint of the API invoking the function its
 * integration names. A body that is not read (a template file, a value known only at plan) is a
 * warning at it: the authorization of the routes written only there is not checked. Returns the
 * ids of the endpoints added.
 */
export function mapOpenApiBody(draft: Draft, api: OpenApiBody): string[] {
  const definition = definitionOf(draft, api.body)
  if (!definition) {
    const why = `${api.apiId} defines routes in an OpenAPI definition (body), which is not read: the authorization of routes written only there is not checked`
    warn(draft, why, api.body)
    return []
  }
  const { routes, referenced } = openApiRoutes(api.apiId, api.kind, definition)
  for (const { path, ref } of referenced) warn(draft, referencedWhy(api.apiId, path), ref)
  const taken = new Set(draft.service.endpoints.map(endpointKey))
  const added: string[] = []
  for (const { endpoint, uri } of routes) {
    if (taken.has(endpointKey(endpoint))) continue
    if (api.kind === 'http' && api.cors) endpoint.cors = api.cors
    draft.addEndpoint(endpoint)
    linkFunction(draft, endpoint, uri, TRIGGER[api.kind], endpoint.loc)
    added.push(endpoint.id)
  }
  return added
}

/**
 * The definition a body holds: a `jsonencode({...})` object, a JSON or YAML string known before
 * the plan, a JSON file read with `file(...)` or a JSON or YAML template rendered with
 * `templatefile(...)` (located in that file). Undefined otherwise.
 */
function definitionOf(draft: Draft, body: MapEntry): MapValue | undefined {
  const v = body.value
  if (isMap(v)) return v
  if (v.kind === 'scalar' && typeof v.value === 'string') {
    const loaded = loadDocument(v.loc.file, v.value)
    const value = loaded.diagnostics.length === 0 ? loaded.value : undefined
    return value && isMap(value) ? (relocate(value, locOfEntry(body)) as MapValue) : undefined
  }
  const file = v.kind === 'symbolic' ? draft.policyFiles.get(v.expr) : undefined
  const read = file && documentOfFile(file)
  return read && isMap(read) ? read : undefined
}

function warn(draft: Draft, message: string, at: MapEntry): void {
  const loc = locOfEntry(at)
  draft.diagnostics.push(diagnostic(loc.file, message, OPENAPI_NOT_READ, loc, 'warning'))
}

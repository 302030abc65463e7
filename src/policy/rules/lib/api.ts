import { literal } from '../../../model/attr.js'
import type { Endpoint, Resource, Service } from '../../../model/types.js'
import { externalName, externalTargetsOfKind, isExternal } from './resource-settings.js'
import { ownValue } from '../../../model/own.js'
import { statementCoversRoute, statementDeniesRoute } from './execute-api-routes.js'
import {
  openStatementsGranting,
  publicStatementsOf,
  type PublicStatement
} from './resource-policies.js'

/** API Gateway helpers shared by the `api` rules: stages, their protocol, endpoint labels. */

export type ApiProtocol = 'REST' | 'HTTP' | 'WEBSOCKET'

/** The `api` resource a stage or endpoint belongs to, when the service defines it. */
export function apiResource(service: Service, apiId: string | undefined): Resource | undefined {
  if (apiId === undefined) return undefined
  return service.resources.find(r => r.kind === 'api' && r.id === apiId)
}

/** A PRIVATE REST API is reachable only through VPC endpoints: still open, but not to the internet. */
export function isPrivateApi(service: Service, endpoint: Endpoint): boolean {
  const type = literal(apiResource(service, endpoint.apiId)?.attributes.endpointType)
  return type?.toUpperCase() === 'PRIVATE'
}

/**
 * What the resource policy of a REST API leaves open to a route without authorization. API
 * Gateway then admits a request only when the policy explicitly allows it and nothing denies it,
 * so a policy whose every Allow is tied to source IPs, VPC endpoints or named accounts keeps the
 * rest of the internet out (`restricted`). `open` without a policy (HTTP and websocket APIs have
 * none) or when a statement lets anyone invoke the route (its Resource takes in the method and
 * path); `undecided` when a statement is not known before deployment.
 */
export type PolicyGate = 'open' | 'restricted' | 'undecided'

export function resourcePolicyGate(service: Service, endpoint: Endpoint): PolicyGate {
  if (endpoint.kind !== 'rest') return 'open'
  const api = apiResource(service, endpoint.apiId)
  const written = api?.policies.some(d => d.symbolic || d.statements.length > 0)
  if (!api || !written) return 'open'
  const opening = routeOpening(api, endpoint)
  if (opening === 'unknown') return 'undecided'
  if (opening) return 'open'
  return publicStatementsOf(api).undecided.length > 0 ? 'undecided' : 'restricted'
}

/**
 * The statement of the API's resource policy that lets anyone invoke this route: one whose
 * Resource takes in the route's method and path (a statement for `GET /public` opens no other
 * route), unless an unconditioned Deny to everyone takes in the whole route. `unknown` when a
 * statement letting anyone invoke names resources not known before deployment and none is known
 * to cover the route.
 */
export function routeOpening(
  api: Resource,
  endpoint: Endpoint
): PublicStatement | 'unknown' | undefined {
  if (routeDenied(api, endpoint)) return undefined
  const open = openStatementsGranting(api, 'execute-api:Invoke')
  const coverage = open.map(p => statementCoversRoute(p.statement, endpoint))
  const index = coverage.indexOf('match')
  if (index >= 0) return open[index]
  return coverage.includes('unknown') ? 'unknown' : undefined
}

/** Whether an unconditioned Deny to everyone in the API's resource policy shuts the whole route. */
export function routeDenied(api: Resource, endpoint: Endpoint): boolean {
  return api.policies.some(d => d.statements.some(st => statementDeniesRoute(st, endpoint)))
}

/**
 * Whether the API a stage belongs to is deployed by this service: an `api` resource or at least
 * one endpoint of it. A stage of an API defined elsewhere (imported, or a framework default with no
 * routes) is not this service's to configure. A stage without an API id is its own resource.
 */
export function apiExists(service: Service, apiId: string | undefined): boolean {
  if (apiId === undefined) return true
  return apiResource(service, apiId) !== undefined || service.endpoints.some(e => e.apiId === apiId)
}

/** The API stages of the service whose API it deploys. */
export function deployedStages(service: Service): Resource[] {
  return service.resources.filter(
    r => r.kind === 'api-stage' && apiExists(service, r.attributes.apiId)
  )
}

/** The endpoints a stage serves: those of its API (every endpoint when the stage names no API). */
export function stageEndpoints(service: Service, stage: Resource): Endpoint[] {
  const apiId = stage.attributes.apiId
  return service.endpoints.filter(e => apiId === undefined || e.apiId === apiId)
}

/**
 * Deployed stages, then stages of other stacks this service sets method settings on: only what a
 * setting turns on can be judged for those, never what is missing.
 */
export function stagesWithSettings(service: Service): Resource[] {
  return [...deployedStages(service), ...externalTargetsOfKind(service, 'api-stage')]
}

const ENDPOINT_PROTOCOL: Partial<Record<Endpoint['kind'], ApiProtocol>> = {
  rest: 'REST',
  http: 'HTTP',
  websocket: 'WEBSOCKET'
}

/** Serverless Framework's logical ids for its implicit APIs. */
const IMPLICIT_API_PROTOCOL: Readonly<Record<string, ApiProtocol>> = {
  ApiGatewayRestApi: 'REST',
  HttpApi: 'HTTP',
  WebsocketsApi: 'WEBSOCKET'
}

/**
 * The protocol of a stage: the API's declared protocol, else the kind of its endpoints, else the
 * stage's resource type, else the framework's implicit API id. Undefined when nothing tells.
 */
export function stageProtocol(service: Service, stage: Resource): ApiProtocol | undefined {
  const apiId = stage.attributes.apiId
  const declared =
    literal(apiResource(service, apiId)?.attributes.protocol) ?? literal(stage.attributes.protocol)
  const normalised = declared?.toUpperCase()
  if (normalised === 'REST' || normalised === 'HTTP' || normalised === 'WEBSOCKET') {
    return normalised
  }
  const endpoint = service.endpoints.find(e => apiId !== undefined && e.apiId === apiId)
  const byEndpoint = endpoint ? ENDPOINT_PROTOCOL[endpoint.kind] : undefined
  return byEndpoint ?? protocolOfType(stage.type) ?? ownValue(IMPLICIT_API_PROTOCOL, apiId ?? '')
}

function protocolOfType(type: string): ApiProtocol | undefined {
  if (/ApiGatewayV2|apigatewayv2|Serverless::HttpApi/i.test(type)) return 'HTTP'
  if (/^AWS::ApiGateway::|^aws_api_gateway_|^AWS::Serverless::Api$/.test(type)) return 'REST'
  return undefined
}

/** REST stages: where WAF, X-Ray tracing and caching apply (HTTP APIs support none of them). */
export function isRestStage(service: Service, stage: Resource): boolean {
  return stageProtocol(service, stage) === 'REST'
}

/** "stage `prod` of API `OrdersApi`", for messages. */
export function stageLabel(stage: Resource): string {
  if (isExternal(stage)) return `stage ${externalName(stage)}`
  const name = literal(stage.attributes.stageName)
  const apiId = stage.attributes.apiId
  const what = name ? `stage \`${name}\`` : `stage \`${stage.id}\``
  return apiId ? `${what} of API \`${apiId}\`` : what
}

/** `GET /orders`, or the endpoint id when the route is not literal. */
export function routeOf(endpoint: Endpoint): string {
  const method = literal(endpoint.method)
  const path = literal(endpoint.path)
  if (path === undefined) return endpoint.id
  return method === undefined ? path : `${method.toUpperCase()} ${path}`
}

/** "`GET /orders` (function `create`)", for messages. */
export function endpointLabel(endpoint: Endpoint): string {
  const fns = endpoint.functionIds
  const target =
    fns.length === 0
      ? ''
      : ` (function${fns.length > 1 ? 's' : ''} ${fns.map(f => `\`${f}\``).join(', ')})`
  return `\`${routeOf(endpoint)}\`${target}`
}

/** A CORS preflight method: browsers send it without credentials, so it cannot be authorized. */
export function isPreflight(endpoint: Endpoint): boolean {
  return literal(endpoint.method)?.toUpperCase() === 'OPTIONS'
}

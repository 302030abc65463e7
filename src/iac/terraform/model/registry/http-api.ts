import type { Attr, Endpoint, EndpointAuth, Resource } from '../../../../model/types.js'
import { entry, get, type MapEntry } from '../../../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt } from '../../../shared/attrs.js'
import { authFrom, authSettingAt, corsFrom } from '../auth.js'
import type { Draft } from '../draft.js'
import { linkFunction } from '../links.js'
import { mapOpenApiBody } from '../openapi-body.js'
import type { ModuleInputs } from './known.js'
import { ownValue } from '../../../../model/own.js'

const V2_AUTH = { NONE: 'none', AWS_IAM: 'iam', JWT: 'jwt', CUSTOM: 'lambda' } as const
const AUTHORIZER_AUTH = { JWT: 'JWT', REQUEST: 'CUSTOM' } as const

/**
 * terraform-aws-modules/apigateway-v2/aws: the API, one endpoint per route (`routes` from 5.x,
 * `integrations` before; each key is `METHOD /path`), its CORS, the default stage with its access
 * logs, and the custom domain. A route without `authorization_type` is public, unless it names an
 * authorizer of the call's `authorizers`. Routes its OpenAPI `body` writes are endpoints too.
 */
export function mapHttpApiModule(draft: Draft, inputs: ModuleInputs): void {
  if (inputs.creates('create', true) === false) return
  const b = inputs.block
  const protocol = inputs.text('protocol_type')
  inputs.add(draft, {
    id: b.address,
    kind: 'api',
    type: 'aws_apigatewayv2_api',
    name: inputs.text('name'),
    policies: [],
    attributes: { protocol: protocol ?? { value: 'HTTP', loc: b.loc } },
    loc: b.loc
  })
  const websocket =
    typeof protocol?.value === 'string' && protocol.value.toUpperCase() === 'WEBSOCKET'
  const kind = websocket ? 'websocket' : 'http'
  const cors = corsFrom(inputs.map('cors_configuration'))
  const v5 = inputs.major === undefined || inputs.major >= 5
  const keys =
    inputs.major === undefined ? ['routes', 'integrations'] : [v5 ? 'routes' : 'integrations']
  for (const key of keys) {
    const routes = inputs.map(key)
    for (const e of routes?.entries.values() ?? []) route(draft, inputs, e, kind, cors)
  }
  const body = inputs.body.entries.get('body')
  if (body && !websocket) {
    const api = { apiId: b.address, kind: 'http' as const, body, cors }
    inputs.call.modelled.push(...mapOpenApiBody(draft, api))
  }
  stage(draft, inputs, v5)
  domain(draft, inputs, v5)
}

function route(
  draft: Draft,
  inputs: ModuleInputs,
  e: MapEntry,
  kind: 'http' | 'websocket',
  cors: Endpoint['cors']
): void {
  const loc = locOfEntry(e)
  const [method, ...rest] = e.key.split(' ')
  const path = rest.join(' ').trim()
  const endpoint: Endpoint = {
    id: `${inputs.block.address}.routes["${e.key}"]`,
    kind,
    ...(kind === 'http' && path
      ? { method: { value: method ?? '', loc }, path: { value: path, loc } }
      : { path: { value: e.key, loc } }),
    apiId: inputs.block.address,
    functionIds: [],
    auth: routeAuth(inputs, e),
    apiKeyRequired: booleanAt(e.value, 'api_key_required'),
    cors,
    loc
  }
  if (endpoint.auth.type === 'unknown')
    inputs.note(
      `${e.key}.authorization_type`,
      'not known before deployment',
      endpoint.auth.loc ?? loc
    )
  draft.addEndpoint(endpoint)
  inputs.call.modelled.push(endpoint.id)
  const integration = get(e.value, 'integration')
  const target =
    get(integration, 'uri') ?? get(e.value, 'lambda_arn') ?? get(e.value, 'integration_uri')
  linkFunction(draft, endpoint, target, kind === 'websocket' ? 'websocket' : 'http-api', loc)
}

function routeAuth(inputs: ModuleInputs, e: MapEntry): EndpointAuth {
  const written = authSettingAt(e.value, 'authorization_type')
  const authorizer = stringAt(e.value, 'authorizer_key') ?? stringAt(e.value, 'authorizer_id')
  if (written || !authorizer) return authFrom(V2_AUTH, written, authorizer)
  // Only an authorizer named: the route uses it, with the authorizer's own type.
  const key = typeof authorizer.value === 'string' ? authorizer.value : undefined
  const type = key
    ? stringAt(get(get(inputs.body, 'authorizers'), key), 'authorizer_type')
    : undefined
  const name = typeof type?.value === 'string' ? type.value.toUpperCase() : undefined
  const setting: Attr<string> = {
    value: (name && ownValue(AUTHORIZER_AUTH, name)) ?? 'UNKNOWN',
    loc: authorizer.loc
  }
  return authFrom(V2_AUTH, setting, authorizer)
}

/** The default stage (`create_stage` from 5.x, `create_default_stage` before). */
function stage(draft: Draft, inputs: ModuleInputs, v5: boolean): void {
  if (inputs.creates(v5 ? 'create_stage' : 'create_default_stage', true) === false) return
  const b = inputs.block
  const settings = inputs.map(v5 ? 'stage_default_route_settings' : 'default_route_settings')
  const stageName = v5 ? inputs.text('stage_name') : undefined
  const r: Resource = {
    id: `${b.address}.stage`,
    kind: 'api-stage',
    type: 'aws_apigatewayv2_stage',
    name: stageName ?? { value: '$default', loc: b.loc },
    policies: [],
    attributes: {
      apiId: b.address,
      stageName: stageName ?? { value: '$default', loc: b.loc },
      accessLogDestination: accessLogs(inputs, v5),
      loggingLevel: stringAt(settings, 'logging_level'),
      dataTrace: booleanAt(settings, 'data_trace_enabled'),
      throttlingBurstLimit: numberAt(settings, 'throttling_burst_limit'),
      throttlingRateLimit: numberAt(settings, 'throttling_rate_limit')
    },
    loc: b.loc
  }
  inputs.add(draft, r)
}

/**
 * 5.x writes access logs to a log group it creates unless `stage_access_log_settings` turns
 * `create_log_group` off without a `destination_arn`; before 5.x only
 * `default_stage_access_log_destination_arn` turns them on.
 */
function accessLogs(inputs: ModuleInputs, v5: boolean): Attr<string> | undefined {
  if (!v5) return inputs.text('default_stage_access_log_destination_arn')
  const settings = inputs.map('stage_access_log_settings')
  const destination = stringAt(settings, 'destination_arn')
  if (destination) return destination
  const create = entry(settings, 'create_log_group')
  const createLogGroup = booleanAt(settings, 'create_log_group')
  if (create && createLogGroup?.value === false) return undefined
  return {
    value: 'log group created by the module',
    loc: create ? locOfEntry(create) : inputs.block.loc
  }
}

/** The custom domain (`create_domain_name` from 5.x, `create_api_domain_name` before): TLS 1.2. */
function domain(draft: Draft, inputs: ModuleInputs, v5: boolean): void {
  const name = inputs.text('domain_name')
  if (!name || name.value === '') return
  if (inputs.creates(v5 ? 'create_domain_name' : 'create_api_domain_name', true) === false) return
  inputs.add(draft, {
    id: `${inputs.block.address}.domain`,
    kind: 'api-domain',
    type: 'aws_apigatewayv2_domain_name',
    name,
    policies: [],
    attributes: {
      securityPolicy: { value: 'TLS_1_2', loc: inputs.block.loc },
      endpointType: { value: 'REGIONAL', loc: inputs.block.loc }
    },
    loc: inputs.block.loc
  })
}

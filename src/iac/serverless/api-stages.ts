import type { SourceLocation } from '../../model/location.js'
import type { Attr, Resource, ResourceAttributes } from '../../model/types.js'
import { display } from '../../model/attr.js'
import {
  asBoolean,
  asString,
  entry,
  get,
  isMap,
  type MapEntry,
  type Value
} from '../../model/value.js'
import { booleanAt, locOfEntry, numberAt, stringAt } from '../shared/attrs.js'
import { usagePlanLimits } from '../shared/usage-plan.js'
import type { SlsContext } from './context.js'
import { HTTP_API_ID, REST_API_ID, WEBSOCKET_API_ID } from './names.js'

/**
 * The stages of the APIs the framework creates for `http`, `httpApi` and `websocket` events,
 * with the settings written under `provider`: access and execution logging (`logs.restApi`,
 * `logs.httpApi`, `logs.websocket`), X-Ray tracing, usage-plan throttling and the endpoint type.
 * Only made when the service creates the API: routes joining an API that another stack owns
 * (`apiGateway.restApiId`, ...) carry that API's id, and its stage is not this service's.
 */
export function mapApiStages(ctx: SlsContext): void {
  const apis = new Set(ctx.service.endpoints.map(e => e.apiId))
  if (apis.has(REST_API_ID)) ctx.service.resources.push(restStage(ctx))
  if (apis.has(HTTP_API_ID)) ctx.service.resources.push(httpStage(ctx))
  if (apis.has(WEBSOCKET_API_ID)) ctx.service.resources.push(websocketStage(ctx))
}

function stageLoc(ctx: SlsContext): SourceLocation {
  const provider = entry(ctx.doc, 'provider')
  return provider ? locOfEntry(provider) : ctx.service.loc
}

function restStage(ctx: SlsContext): Resource {
  const p = ctx.provider
  const logs = entry(get(p, 'logs'), 'restApi')
  const attributes = compact({
    apiId: REST_API_ID,
    stageName: stringAt(p, 'stage'),
    tracing: booleanAt(get(p, 'tracing'), 'apiGateway'),
    endpointType: stringAt(p, 'endpointType'),
    ...accessLogging(logs, logGroupName('api-gateway', ctx)),
    ...executionLogging(logs),
    ...throttling(entry(get(p, 'apiGateway'), 'usagePlan'))
  })
  return {
    id: 'ApiGatewayStage',
    kind: 'api-stage',
    type: 'AWS::ApiGateway::Stage',
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  }
}

function httpStage(ctx: SlsContext): Resource {
  const p = ctx.provider
  const logs = entry(get(p, 'logs'), 'httpApi')
  const attributes = compact({
    apiId: HTTP_API_ID,
    stageName: stringAt(p, 'stage'),
    ...accessLogging(logs, logGroupName('http-api', ctx))
  })
  return {
    id: 'HttpApiStage',
    kind: 'api-stage',
    type: 'AWS::ApiGatewayV2::Stage',
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  }
}

/**
 * The websocket API's stage (`WebsocketsDeploymentStage`). `logs.websocket` turns on access and
 * execution logging like `logs.restApi`; the framework has no throttling setting for it.
 */
function websocketStage(ctx: SlsContext): Resource {
  const p = ctx.provider
  const logs = entry(get(p, 'logs'), 'websocket')
  const attributes = compact({
    apiId: WEBSOCKET_API_ID,
    protocol: { value: 'WEBSOCKET', loc: stageLoc(ctx) },
    stageName: stringAt(p, 'stage'),
    ...accessLogging(logs, logGroupName('websocket', ctx)),
    ...executionLogging(logs)
  })
  return {
    id: 'WebsocketsDeploymentStage',
    kind: 'api-stage',
    type: 'AWS::ApiGatewayV2::Stage',
    policies: [],
    attributes,
    loc: stageLoc(ctx)
  }
}

/** The log group the framework creates for access logs: `/aws/api-gateway/<service>-<stage>`. */
function logGroupName(kind: string, ctx: SlsContext): string {
  const stage = stringAt(ctx.provider, 'stage')
  return `/aws/${kind}/${ctx.service.name}-${stage ? display(stage) : 'dev'}`
}

function enabled(logs: MapEntry | undefined): logs is MapEntry {
  return logs !== undefined && (isMap(logs.value) || asBoolean(logs.value) === true)
}

/** `logs.restApi: true` or a map turns access logging on unless `accessLogging: false`. */
function accessLogging(logs: MapEntry | undefined, logGroup: string): ResourceAttributes {
  if (logs?.value.kind === 'symbolic')
    return { accessLogDestination: { value: logs.value, loc: locOfEntry(logs) } }
  if (!enabled(logs)) return {}
  const access = entry(logs.value, 'accessLogging')
  if (access && asBoolean(access.value) === false) return {}
  return { accessLogDestination: { value: logGroup, loc: locOfEntry(access ?? logs) } }
}

/**
 * REST execution logging is on with `logs.restApi` (level INFO) unless `executionLogging: false`;
 * `fullExecutionData` (full request and response bodies in the logs) defaults to true.
 */
function executionLogging(logs: MapEntry | undefined): ResourceAttributes {
  if (!enabled(logs)) return {}
  const loc = locOfEntry(logs)
  const execution = entry(logs.value, 'executionLogging')
  if (execution && asBoolean(execution.value) === false) {
    return { loggingLevel: { value: 'OFF', loc: locOfEntry(execution) } }
  }
  const level = entry(logs.value, 'level')
  const loggingLevel: Attr<string> = level
    ? {
        value: level.value.kind === 'symbolic' ? level.value : (asString(level.value) ?? 'INFO'),
        loc: locOfEntry(level)
      }
    : { value: 'INFO', loc }
  const dataTrace = booleanAt(logs.value, 'fullExecutionData') ?? { value: true, loc }
  return { loggingLevel, dataTrace }
}

/**
 * `provider.apiGateway.usagePlan` (or the first of several named plans, the first that throttles
 * when one does): the limits every API key is held to, and its quota.
 */
function throttling(usagePlan: MapEntry | undefined): ResourceAttributes {
  if (!usagePlan) return {}
  const value = usagePlan.value
  const plans: [string, Value][] =
    value.kind === 'list' ? value.items.flatMap(namedPlans) : [['usagePlan', value]]
  const [name, plan] = plans.find(([, p]) => get(p, 'throttle') !== undefined) ??
    plans[0] ?? ['usagePlan', value]
  const throttle = get(plan, 'throttle')
  const quota = get(plan, 'quota')
  return usagePlanLimits(
    { value: name, loc: locOfEntry(usagePlan) },
    { burst: numberAt(throttle, 'burstLimit'), rate: numberAt(throttle, 'rateLimit') },
    { limit: numberAt(quota, 'limit'), period: stringAt(quota, 'period') }
  )
}

/** `- free: { throttle: ... }`: each named plan and its settings. */
function namedPlans(item: Value): [string, Value][] {
  return item.kind === 'map' ? [...item.entries].map(([k, e]) => [k, e.value]) : []
}

/** Attributes are present only when something sets them. */
function compact(attributes: ResourceAttributes): ResourceAttributes {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, v]) => v !== undefined)
  ) as ResourceAttributes
}

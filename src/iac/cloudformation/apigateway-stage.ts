import { literal } from '../../model/attr.js'
import type { SourceLocation } from '../../model/location.js'
import type { ResourceAttributes } from '../../model/types.js'
import {
  asList,
  asString,
  get,
  getPath,
  isMap,
  type MapValue,
  type Value
} from '../../model/value.js'
import { booleanAt, numberAt, stringAt, stringList } from '../shared/attrs.js'
import { markPossiblyProtected } from '../shared/waf-association.js'
import { stringAtPath } from './common.js'
import type { MapContext, TemplateResource } from './context.js'
import { apiIdOf, fullText, refsIn } from './refs.js'

/** API Gateway stages, deployments, custom domains and WAF associations. */

/**
 * Stage settings written on the stage (or `StageDescription`) and in `MethodSettings`. Settings on
 * the stage win; among method settings the `/*` `*` entry (every method) comes first.
 */
export function stageAttributes(stage: Value | undefined): ResourceAttributes {
  const methods = orderedMethodSettings(get(stage, 'MethodSettings'))
  const pick = <T>(read: (v: Value | undefined) => T | undefined): T | undefined => {
    const own = read(stage)
    if (own !== undefined) return own
    for (const m of methods) {
      const found = read(m)
      if (found !== undefined) return found
    }
    return undefined
  }
  return {
    stageName: stringAt(stage, 'StageName'),
    accessLogDestination: stringAtPath(stage, ['AccessLogSetting', 'DestinationArn']),
    tracing: booleanAt(stage, 'TracingEnabled'),
    cacheEnabled:
      pick(v => booleanAt(v, 'CachingEnabled')) ?? booleanAt(stage, 'CacheClusterEnabled'),
    cacheEncrypted: pick(v => booleanAt(v, 'CacheDataEncrypted')),
    dataTrace: pick(v => booleanAt(v, 'DataTraceEnabled')),
    loggingLevel: pick(v => stringAt(v, 'LoggingLevel')),
    throttlingBurstLimit: pick(v => numberAt(v, 'ThrottlingBurstLimit')),
    throttlingRateLimit: pick(v => numberAt(v, 'ThrottlingRateLimit'))
  }
}

function orderedMethodSettings(v: Value | undefined): MapValue[] {
  const all = asList(v).filter(isMap)
  const everyMethod = (m: MapValue) =>
    asString(get(m, 'ResourcePath')) === '/*' && asString(get(m, 'HttpMethod')) === '*'
  return [...all.filter(everyMethod), ...all.filter(m => !everyMethod(m))]
}

/** Drops attributes the template does not set, so each present attribute means "written". */
export function compact(attributes: ResourceAttributes): ResourceAttributes {
  // A loop, not entries and filter: this runs for every resource of a template.
  const all = attributes as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key in all) {
    const value = all[key]
    if (value !== undefined) out[key] = value
  }
  return out as ResourceAttributes
}

export function pushStage(
  ctx: MapContext,
  id: string,
  type: string,
  apiId: string | undefined,
  attributes: ResourceAttributes,
  loc: SourceLocation
): void {
  ctx.service.resources.push({
    id,
    kind: 'api-stage',
    type,
    name: attributes.stageName,
    policies: [],
    attributes: compact({ ...attributes, apiId }),
    loc
  })
}

/** `AWS::ApiGateway::Stage` → an `api-stage` resource. */
export function mapRestStage(ctx: MapContext, r: TemplateResource): void {
  const apiId = apiIdOf(ctx, get(r.props, 'RestApiId'))
  pushStage(ctx, r.id, r.type, apiId, stageAttributes(r.props), r.loc)
}

/** `AWS::ApiGateway::Deployment` with a `StageName` creates a stage, set by `StageDescription`. */
export function mapDeployment(ctx: MapContext, r: TemplateResource): void {
  const description = get(r.props, 'StageDescription')
  const stageName = stringAt(r.props, 'StageName')
  if (!description && !stageName) return
  const apiId = apiIdOf(ctx, get(r.props, 'RestApiId'))
  const attributes = { ...stageAttributes(description), stageName }
  pushStage(ctx, `${r.id}.Stage`, r.type, apiId, attributes, r.loc)
}

/** `AWS::ApiGateway::DomainName` and `AWS::ApiGatewayV2::DomainName` → `api-domain`. */
export function mapDomainName(ctx: MapContext, r: TemplateResource): void {
  const p = r.props
  const v2 = get(p, 'DomainNameConfigurations')
  const config = v2 ? asList(v2)[0] : p
  ctx.service.resources.push({
    id: r.id,
    kind: 'api-domain',
    type: r.type,
    name: stringAt(p, 'DomainName'),
    policies: [],
    attributes: compact({
      securityPolicy: stringAt(config, 'SecurityPolicy'),
      endpointType:
        stringAt(config, 'EndpointType') ??
        stringList(getPath(p, ['EndpointConfiguration', 'Types']))[0]
    }),
    loc: r.loc
  })
}

/** `AWS::WAFv2::WebACLAssociation` → the web ACL of the API stage it protects. */
export function mapWebAclAssociation(ctx: MapContext, r: TemplateResource): void {
  const arn = get(r.props, 'ResourceArn')
  // WAFv2 names the ACL by ARN, WAF Classic (regional) by id.
  const acl = stringAt(r.props, 'WebACLArn') ?? stringAt(r.props, 'WebACLId')
  if (!arn || !acl) return
  ctx.later(() => {
    const refs = refsIn(arn)
    const text = fullText(arn)
    const stages = ctx.service.resources.filter(s => s.kind === 'api-stage')
    const direct = stages.filter(s => refs.includes(s.id))
    const byApi = stages.filter(s => {
      const apiId = s.attributes.apiId
      const name = literal(s.attributes.stageName)
      return (
        apiId !== undefined &&
        refs.includes(apiId) &&
        (!name || text.includes(`/stages/${name}`) || text.includes('.Stage}'))
      )
    })
    const matched = direct.length > 0 ? direct : byApi
    for (const stage of matched) stage.attributes.wafAclId = acl
    const written = stringAt(r.props, 'ResourceArn')
    if (matched.length === 0 && written) markPossiblyProtected(stages, text, written)
  })
}

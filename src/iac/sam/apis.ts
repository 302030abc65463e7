import type { SourceLocation } from '../../model/location.js'
import type { Attr, PolicyDocument, ResourceAttributes } from '../../model/types.js'
import { entry, get, getPath, isMap, type MapValue, type Value } from '../../model/value.js'
import { attrFromEntry, locOfEntry, stringAt } from '../shared/attrs.js'
import { statementsFrom } from '../shared/policy-document.js'
import { compact, stageAttributes } from '../cloudformation/apigateway-stage.js'
import { defaultRouteSettings } from '../cloudformation/apigatewayv2.js'
import { derived, stringAtPath } from '../cloudformation/common.js'
import { emptyMap, type MapContext, type TemplateResource } from '../cloudformation/context.js'
import { apiIdOf } from '../cloudformation/refs.js'
import { mapOpenApiRoutes } from '../cloudformation/openapi/index.js'
import { apiCors } from './api-events.js'
import { samAuthOverlay } from './openapi-auth.js'

/** SAM APIs: `AWS::Serverless::Api`/`HttpApi`, and the implicit APIs events create. */

export type SamApiKind = 'rest' | 'http'

const API_TYPE: Record<SamApiKind, string> = {
  rest: 'AWS::Serverless::Api',
  http: 'AWS::Serverless::HttpApi'
}
const IMPLICIT_ID: Record<SamApiKind, string> = {
  rest: 'ServerlessRestApi',
  http: 'ServerlessHttpApi'
}

/** The SAM API an event is attached to, with its (Globals-merged) properties. */
export interface SamApi {
  id: string
  kind: SamApiKind
  props: MapValue
  implicit: boolean
}

export class SamApis {
  private readonly implicitDone = new Set<SamApiKind>()

  constructor(private readonly globals: Map<string, MapValue>) {}

  /**
   * The API of an event: the SAM API its `RestApiId`/`ApiId` names, or the implicit API (which
   * has only what `Globals` gives it). `api` is absent when the id names another kind of API.
   */
  forEvent(
    ctx: MapContext,
    kind: SamApiKind,
    written: Value | undefined,
    loc: SourceLocation
  ): { id?: string; api?: SamApi } {
    if (!written) {
      const id = IMPLICIT_ID[kind]
      const props = this.globals.get(API_TYPE[kind]) ?? emptyMap(loc)
      const api: SamApi = { id, kind, props, implicit: true }
      if (!this.implicitDone.has(kind)) {
        this.implicitDone.add(kind)
        pushApiResources(ctx, api, API_TYPE[kind], loc)
      }
      return { id, api }
    }
    const id = apiIdOf(ctx, written)
    const r = id ? ctx.resources.get(id) : undefined
    if (!r || r.type !== API_TYPE[kind]) return { id }
    return { id, api: { id: r.id, kind, props: r.props, implicit: false } }
  }
}

export function mapSamApi(ctx: MapContext, r: TemplateResource): void {
  mapSamApiOfKind(ctx, r, 'rest')
}

export function mapSamHttpApi(ctx: MapContext, r: TemplateResource): void {
  mapSamApiOfKind(ctx, r, 'http')
}

function mapSamApiOfKind(ctx: MapContext, r: TemplateResource, kind: SamApiKind): void {
  const api: SamApi = { id: r.id, kind, props: r.props, implicit: false }
  mapOpenApiRoutes(ctx, r, kind, samAuthOverlay(r.props))
  pushApiResources(ctx, api, r.type, r.loc)
  // SAM writes the API's CORS setting into its definition: it covers the routes written there.
  const cors = apiCors(api)
  if (!cors) return
  ctx.later(() => {
    for (const e of ctx.service.endpoints) if (e.apiId === r.id) e.cors = cors
  })
}

/** The `api` resource, its stage, and its custom domain when one is set. */
function pushApiResources(ctx: MapContext, api: SamApi, type: string, loc: SourceLocation): void {
  const p = api.props
  const securityPolicy = stringAtPath(p, ['Domain', 'SecurityPolicy'])
  ctx.service.resources.push({
    id: api.id,
    kind: 'api',
    type,
    name: stringAt(p, 'Name'),
    policies: api.kind === 'rest' ? resourcePolicyOf(p) : [],
    attributes: compact({
      protocol: derived(api.kind === 'rest' ? 'REST' : 'HTTP', loc),
      endpointType: endpointTypeOf(entry(p, 'EndpointConfiguration')),
      securityPolicy
    }),
    loc
  })
  const stage = api.kind === 'rest' ? restStage(p, api.implicit, loc) : httpStage(p, loc)
  const stageName = typeof stage.stageName?.value === 'string' ? stage.stageName.value : ''
  ctx.service.resources.push({
    id: `${api.id}${api.kind === 'http' && !entry(p, 'StageName') ? 'ApiGatewayDefault' : stageName}Stage`,
    kind: 'api-stage',
    type,
    name: stage.stageName,
    policies: [],
    attributes: compact({ ...stage, apiId: api.id }),
    loc
  })
  const domain = entry(p, 'Domain')
  if (!domain || !isMap(domain.value)) return
  ctx.service.resources.push({
    id: `${api.id}Domain`,
    kind: 'api-domain',
    type,
    name: stringAt(domain.value, 'DomainName'),
    policies: [],
    attributes: compact({
      securityPolicy,
      endpointType: endpointTypeOf(entry(domain.value, 'EndpointConfiguration'))
    }),
    loc: { ...domain.keyLoc, value: domain.value.loc.value }
  })
}

function restStage(p: MapValue, implicit: boolean, loc: SourceLocation): ResourceAttributes {
  const attributes = stageAttributes(p)
  if (implicit) attributes.stageName = derived('Prod', loc)
  return attributes
}

function httpStage(p: MapValue, loc: SourceLocation): ResourceAttributes {
  return {
    stageName: stringAt(p, 'StageName') ?? derived('$default', loc),
    accessLogDestination: stringAtPath(p, ['AccessLogSettings', 'DestinationArn']),
    ...defaultRouteSettings(get(p, 'DefaultRouteSettings'))
  }
}

/**
 * A REST API's `Auth.ResourcePolicy.CustomStatements`, as written. SAM's other keys (account, IP
 * range and VPC allow and block lists) add statements that narrow who gets in, which the gate
 * does not rebuild: with any of them the policy is left out, so it lets no caller in.
 */
function resourcePolicyOf(p: MapValue): PolicyDocument[] {
  const policy = getPath(p, ['Auth', 'ResourcePolicy'])
  if (!isMap(policy) || policy.entries.size !== 1) return []
  const custom = entry(policy, 'CustomStatements')
  if (!custom || custom.value.kind === 'symbolic') return []
  return [{ statements: statementsFrom(custom.value), loc: locOfEntry(custom) }]
}

/** `EndpointConfiguration: REGIONAL` or `{ Type: REGIONAL }`. */
function endpointTypeOf(e: ReturnType<typeof entry>): Attr<string> | undefined {
  if (!e) return undefined
  return isMap(e.value) ? stringAt(e.value, 'Type') : attrFromEntry('string', e)
}

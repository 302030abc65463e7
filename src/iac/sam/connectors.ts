import type { SourceLocation } from '../../model/location.js'
import type { Attr, PolicyStatement } from '../../model/types.js'
import { asList, entry, get, isMap, type MapValue, type Value } from '../../model/value.js'
import { ownValue } from '../../model/own.js'
import { locOfEntry, writtenSub } from '../shared/attrs.js'
import { allowStatement } from '../shared/policy-document.js'
import type { MapContext, TemplateResource } from '../cloudformation/context.js'
import { refsIn, roleIdOf } from '../cloudformation/refs.js'
import {
  ARN_BY_REF,
  CONNECTIONS,
  GENERATED_TYPES,
  type Category,
  type Connection,
  type Grant
} from './connector-profiles.js'

/**
 * `AWS::Serverless::Connector`, and the `Connectors` a resource embeds: SAM turns each connection
 * into what its profile writes (see connector-profiles): statements on the source's role (or on
 * the destination function's role, for the queue or table stream it polls), a Lambda permission
 * for the source's service, or a queue or topic policy for it. A connection SAM does not support,
 * or whose role is not in the template, is a located warning.
 */

/** A source or destination: a resource of the template (`Id`), or one written by `Type` and `Arn`. */
interface End {
  id?: string
  type: string
  /** The reference as written (`Id`, `Qualifier`, or `Type`, `Arn`, `Name`, `ResourceId`...). */
  written: MapValue
}

/** Where a connection is written: the connector, and the suffix SAM numbers destinations with. */
interface Site {
  connectorId: string
  suffix: string
  permissions: Value[]
  loc: SourceLocation
}

/** `AWS::Serverless::Connector`. */
export function mapSamConnector(ctx: MapContext, r: TemplateResource): void {
  const source = get(r.props, 'Source')
  if (isMap(source)) connect(ctx, r.id, r.props, () => endOf(ctx, source))
}

/**
 * The `Connectors` a resource embeds (a resource attribute beside `Properties`): each one's
 * `Properties`, with the resource as source.
 */
export function mapEmbeddedConnectors(ctx: MapContext, r: TemplateResource): void {
  const connectors = r.connectors
  if (!connectors || !isMap(connectors)) return
  const type = ownValue(GENERATED_TYPES, r.type) ?? r.type
  for (const [name, e] of connectors.entries) {
    const props = get(e.value, 'Properties')
    if (!isMap(props)) continue
    // `SourceReference` may narrow the source (an API's `Qualifier`).
    const narrowed = get(props, 'SourceReference')
    const written = isMap(narrowed)
      ? narrowed
      : { kind: 'map' as const, entries: new Map(), loc: r.loc }
    connect(ctx, `${r.id}${name}`, props, () => ({ id: r.id, type, written }))
  }
}

/**
 * Applies each destination's connection once every resource is mapped and linked (roles are
 * linked by deferred work, so this waits behind it).
 */
function connect(
  ctx: MapContext,
  connectorId: string,
  props: MapValue,
  sourceOf: () => End | undefined
): void {
  ctx.later(() =>
    ctx.later(() => {
      const source = sourceOf()
      const destinations = asList(get(props, 'Destination'))
      const permissions = asList(get(props, 'Permissions'))
      destinations.forEach((d, i) => {
        if (!isMap(d)) return
        const suffix = destinations.length > 1 ? `${i}` : ''
        connectOne(ctx, { connectorId, suffix, permissions, loc: d.loc }, source, d)
      })
    })
  )
}

/** One destination: what SAM writes for the connection, or a warning where it supports none. */
function connectOne(ctx: MapContext, site: Site, source: End | undefined, d: MapValue): void {
  const destination = endOf(ctx, d)
  const connection =
    source && destination && ownValue(ownValue(CONNECTIONS, source.type) ?? {}, destination.type)
  if (source && destination && connection) {
    apply(ctx, site, source, destination, connection)
    return
  }
  const what = `${source?.type ?? 'this source'} to ${destination?.type ?? 'this destination'}`
  const typeEntry = entry(d, 'Type') ?? entry(d, 'Id')
  ctx.warn(
    `connector ${site.connectorId}: what a connection from ${what} grants is not modelled`,
    typeEntry ? locOfEntry(typeEntry) : d.loc,
    'connector-not-modelled'
  )
}

function apply(ctx: MapContext, site: Site, source: End, destination: End, c: Connection): void {
  if (c.kind === 'source-role') {
    addToRole(
      ctx,
      site,
      sourceRoleId(ctx, source, destination),
      statements(site, c.grants, destination),
      source
    )
  } else if (c.kind === 'destination-role') {
    const roleId = ctx.functionById(destination.id)?.roleId
    addToRole(ctx, site, roleId, statements(site, c.grants, source), destination)
  } else if (writes(site)) {
    if (c.kind === 'invoke-permission') addPermission(ctx, site, source, destination, c)
    else addQueueOrTopicPolicy(ctx, site, source, destination, c)
  }
}

/** The statements each permission written (`Read`, `Write`) grants on `on`. */
function statements(
  site: Site,
  grants: Partial<Record<Category, readonly Grant[]>>,
  on: End
): PolicyStatement[] {
  return site.permissions.flatMap(p => {
    const category = literalText(p) as Category | undefined
    const chosen = category === undefined ? undefined : ownValue(grants, category)
    return (chosen ?? []).map(g =>
      allowStatement(
        p.loc,
        g.actions,
        g.resources.map(r => filled(r, on, site.loc))
      )
    )
  })
}

function addToRole(
  ctx: MapContext,
  site: Site,
  roleId: string | undefined,
  granted: PolicyStatement[],
  holder: End
): void {
  const role = ctx.roleById(roleId)
  if (!role) {
    ctx.warn(
      `connector ${site.connectorId}: the role of ${holder.id ?? holder.type} is not in the template, so what the connector grants it is not modelled`,
      site.loc,
      'connector-not-modelled'
    )
    return
  }
  if (granted.length === 0) return
  role.policies.push({
    id: `${site.connectorId}Policy${site.suffix}`,
    kind: 'inline',
    document: { statements: granted, loc: site.loc },
    loc: site.loc
  })
}

/**
 * The role the source acts with: a function's or state machine's (SAM's generated one when it
 * names none), the role of the rule's target that is the destination, a data source's service role.
 */
function sourceRoleId(ctx: MapContext, source: End, destination: End): string | undefined {
  if (source.id === undefined) return roleIdOf(ctx, get(source.written, 'RoleName'))
  const resource = ctx.resources.get(source.id)
  const props = resource?.props
  switch (resource?.type) {
    case 'AWS::Serverless::Function':
    case 'AWS::Lambda::Function':
      return ctx.functionById(source.id)?.roleId
    case 'AWS::Serverless::StateMachine':
      return get(props, 'Role') ? roleIdOf(ctx, get(props, 'Role')) : `${source.id}Role`
    case 'AWS::StepFunctions::StateMachine':
      return roleIdOf(ctx, get(props, 'RoleArn'))
    case 'AWS::Events::Rule': {
      const target = asList(get(props, 'Targets')).find(t =>
        refsIn(get(t, 'Arn')).includes(destination.id ?? '')
      )
      return roleIdOf(ctx, get(target, 'RoleArn'))
    }
    case 'AWS::AppSync::DataSource':
      return roleIdOf(ctx, get(props, 'ServiceRoleArn'))
    default:
      return undefined
  }
}

/** SAM's Lambda permission for the source's service, scoped to the source (and account, for S3). */
function addPermission(
  ctx: MapContext,
  site: Site,
  source: End,
  destination: End,
  c: Extract<Connection, { kind: 'invoke-permission' }>
): void {
  const loc = site.loc
  const fn = ctx.functionById(destination.id)
  ctx.service.permissions.push({
    id: `${site.connectorId}WriteLambdaPermission${site.suffix}`,
    functionId: fn?.id,
    functionRef: filled('%{Arn}', destination, loc),
    action: { value: 'lambda:InvokeFunction', loc },
    principal: { value: c.principal, loc },
    sourceArn: filled(sourceArnTemplate(source.type), source, loc),
    sourceAccount: c.sourceAccount ? accountId(loc) : undefined,
    loc
  })
}

/** SAM's queue or topic policy: the source's service may send, from the source only. */
function addQueueOrTopicPolicy(
  ctx: MapContext,
  site: Site,
  source: End,
  destination: End,
  c: Extract<Connection, { kind: 'resource-policy' }>
): void {
  const resource = ctx.resourceById(destination.id)
  // A queue or topic of another stack: a grant to a service, from one source, opens nothing.
  if (!resource) return
  const loc = site.loc
  const principal = { type: 'Service', value: { value: c.principal, loc } }
  const statement = allowStatement(
    loc,
    [c.action],
    [filled('%{Arn}', destination, loc)],
    [principal]
  )
  const arn = filled('%{Arn}', source, loc)
  const sourceArn: Value =
    typeof arn.value === 'object' ? arn.value : { kind: 'scalar', value: arn.value, loc }
  statement.condition = mapOf(loc, { ArnEquals: mapOf(loc, { 'aws:SourceArn': sourceArn }) })
  resource.policies = [...resource.policies, { statements: [statement], loc }]
}

function writes(site: Site): boolean {
  return site.permissions.some(p => literalText(p) === 'Write')
}

function sourceArnTemplate(type: string): string {
  const prefix = (service: string) =>
    `arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:`
  if (type === 'AWS::ApiGateway::RestApi' || type === 'AWS::ApiGatewayV2::Api')
    return `${prefix('execute-api')}%{ResourceId}/%{Qualifier}`
  if (type === 'AWS::AppSync::GraphQLApi') return `${prefix('appsync')}apis/%{ResourceId}`
  return '%{Arn}'
}

/** A source or destination as written: by `Id` (typed as SAM generates it), or by `Type`. */
function endOf(ctx: MapContext, written: MapValue): End | undefined {
  const id = literalText(get(written, 'Id'))
  if (id !== undefined) {
    const type = ctx.typeOf(id)
    return type === undefined
      ? undefined
      : { id, type: ownValue(GENERATED_TYPES, type) ?? type, written }
  }
  const type = literalText(get(written, 'Type'))
  return type === undefined ? undefined : { type: ownValue(GENERATED_TYPES, type) ?? type, written }
}

const PLACEHOLDER = /%\{(\w+)\}/g

/**
 * A profile's resource with `%{Arn}`, `%{Name}`, `%{ResourceId}` and `%{Qualifier}` of `end`
 * filled in: `!GetAtt Id.Arn` (or `!Ref Id`) for a whole ARN of the template, else a `!Sub` naming
 * what is not literal; a literal when everything is.
 */
function filled(template: string, end: End, loc: SourceLocation): Attr<string> {
  const { id } = end
  const byRef = ARN_BY_REF.has(end.type)
  if (template === '%{Arn}' && id !== undefined) {
    const expr = byRef ? `!Ref ${id}` : `!GetAtt ${id}.Arn`
    const fn = byRef ? 'Ref' : 'Fn::GetAtt'
    return { value: { kind: 'symbolic', fn, expr, refs: [id], loc }, loc }
  }
  if (template === '%{Arn}') {
    const arn = get(end.written, 'Arn')
    if (arn && arn.kind !== 'map' && arn.kind !== 'list')
      return { value: arn.kind === 'scalar' ? String(arn.value) : arn, loc: arn.loc }
  }
  const refs = new Set<string>()
  // Shown with each unknown part as written; read with each as a plain `${Arn}`, `${Name}`.
  const put = (shown: boolean) =>
    template.replace(PLACEHOLDER, (_whole, name: string) => {
      const part = partOf(end, name, byRef)
      if ('text' in part) return part.text
      part.refs.forEach(r => refs.add(r))
      return `\${${shown ? part.label : name}}`
    })
  const text = put(true)
  if (!text.includes('${')) return { value: text, loc }
  return writtenSub(text, put(false), [...refs], loc)
}

type Part = { text: string } | { label: string; refs: string[] }

function partOf(end: End, name: string, byRef: boolean): Part {
  const written = get(end.written, name)
  if (written?.kind === 'scalar' && written.value !== null) return { text: String(written.value) }
  if (written?.kind === 'symbolic')
    return { label: written.expr.replace(/^!\w+ /, ''), refs: written.refs }
  if (name === 'Qualifier') return { text: '*' }
  const id = end.id
  if (id === undefined) return { label: name, refs: [] }
  const labels: Record<string, string> = {
    Arn: byRef ? id : `${id}.Arn`,
    Name: `${id}.Name`,
    ResourceId: id
  }
  return { label: ownValue(labels, name) ?? `${id}.${name}`, refs: [id] }
}

function accountId(loc: SourceLocation): Attr<string> {
  return { value: { kind: 'symbolic', fn: 'Ref', expr: '!Ref AWS::AccountId', refs: [], loc }, loc }
}

function mapOf(loc: SourceLocation, values: Record<string, Value>): MapValue {
  const entries = new Map(
    Object.entries(values).map(([key, value]) => [key, { key, keyLoc: loc, value }])
  )
  return { kind: 'map', entries, loc }
}

function literalText(v: Value | undefined): string | undefined {
  return v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined
}

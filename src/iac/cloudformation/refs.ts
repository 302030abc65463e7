import { literal } from '../../model/attr.js'
import { exactName } from '../../model/stack-arn.js'
import type { Value } from '../../model/value.js'
import { render } from '../document/intrinsics.js'
import type { MapContext } from './context.js'

/**
 * Following references between resources: `!Ref X`, `!GetAtt X.Arn`, `!Sub "...${X}..."`, and
 * literal names or ARNs of resources defined in the same service.
 */

export const FUNCTION_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function']
export const ROLE_TYPES = ['AWS::IAM::Role']
export const REST_API_TYPES = ['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api']
export const V2_API_TYPES = ['AWS::ApiGatewayV2::Api', 'AWS::Serverless::HttpApi']
/** Aliases and versions stand for the function they point at. */
const FUNCTION_POINTER_TYPES = ['AWS::Lambda::Alias', 'AWS::Lambda::Version']

/** The whole text of a value for pattern checks: an intrinsic's arguments are not shortened. */
export function fullText(v: Value | undefined): string {
  return render(v?.kind === 'symbolic' ? (v.args ?? v) : v, 100_000)
}

/** Logical ids a value refers to, including inside nested intrinsics and structures. */
export function refsIn(v: Value | undefined): string[] {
  const out = new Set<string>()
  collect(v, out, new Set())
  return [...out]
}

function collect(v: Value | undefined, out: Set<string>, seen: Set<Value>): void {
  if (!v || seen.has(v)) return
  seen.add(v)
  if (v.kind === 'symbolic') v.refs.forEach(r => out.add(r))
  else if (v.kind === 'list') v.items.forEach(i => collect(i, out, seen))
  else if (v.kind === 'map') v.entries.forEach(e => collect(e.value, out, seen))
}

/** The referenced logical ids whose type is one of `types`. */
export function refsOfType(ctx: MapContext, v: Value | undefined, types: string[]): string[] {
  return refsIn(v).filter(id => types.includes(ctx.typeOf(id) ?? ''))
}

/** The functions of the service a value points at (by reference, name or ARN). */
export function functionIdsIn(ctx: MapContext, v: Value | undefined, depth = 0): string[] {
  const out = new Set<string>()
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref)
    const type = ctx.typeOf(ref)
    if (external?.kind === 'function') out.add(external.id)
    else if (FUNCTION_TYPES.includes(type ?? '')) out.add(ref)
    else if (FUNCTION_POINTER_TYPES.includes(type ?? '') && depth < 4) {
      const target = ctx.resources.get(ref)?.props.entries.get('FunctionName')?.value
      functionIdsIn(ctx, target, depth + 1).forEach(id => out.add(id))
    } else if (type === undefined) {
      // SAM's AutoPublishAlias creates `<Function>Alias<Name>` and `<Function>Version<hash>`,
      // which templates also name by the referenceable properties `<Function>.Alias`, `.Version`.
      const owner = ctx.service.functions.find(f =>
        [`${f.id}Alias`, `${f.id}Version`, `${f.id}.Alias`, `${f.id}.Version`].some(p =>
          ref.startsWith(p)
        )
      )
      if (owner) out.add(owner.id)
    }
  }
  // A name or ARN as written, or an ARN of the stack's own region and account (`!Sub`).
  const name =
    v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : exactName(v, 'function')
  if (name) functionsNamed(ctx, name).forEach(id => out.add(id))
  return [...out]
}

/** The one function a value names; a condition (`Fn::If`) could name either, so none. */
export function functionIdOf(ctx: MapContext, v: Value | undefined): string | undefined {
  return isCondition(v) ? undefined : functionIdsIn(ctx, v)[0]
}

function isCondition(v: Value | undefined): boolean {
  return v?.kind === 'symbolic' && v.fn === 'Fn::If'
}

/** Functions whose literal name is `text`, or the name inside a Lambda ARN. */
function functionsNamed(ctx: MapContext, text: string): string[] {
  const arn = /:function:([^:]+)/.exec(text)
  const name = arn ? arn[1] : text
  return ctx.service.functions.filter(f => literal(f.name) === name).map(f => f.id)
}

/** The role of the service a value points at (reference, external id, role name or ARN). */
export function roleIdOf(ctx: MapContext, v: Value | undefined): string | undefined {
  if (isCondition(v)) return undefined
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref)
    if (external?.kind === 'role') return external.id
    if (ROLE_TYPES.includes(ctx.typeOf(ref) ?? '')) return ref
  }
  if (v?.kind !== 'scalar' || typeof v.value !== 'string') return undefined
  const arn = /:role\/(?:.*\/)?([^/]+)$/.exec(v.value)
  const name = arn ? arn[1] : v.value
  return ctx.service.roles.find(r => literal(r.name) === name)?.id
}

/** The API (REST, HTTP or WebSocket) a value points at. */
export function apiIdOf(ctx: MapContext, v: Value | undefined): string | undefined {
  for (const ref of refsIn(v)) {
    const external = ctx.externalIds.get(ref)
    if (external?.kind === 'api') return external.id
    if ([...REST_API_TYPES, ...V2_API_TYPES].includes(ctx.typeOf(ref) ?? '')) return ref
  }
  return undefined
}

/** The first referenced logical id of one of `types`, or a resource whose literal name matches. */
export function resourceIdOf(
  ctx: MapContext,
  v: Value | undefined,
  types: string[]
): string | undefined {
  const byRef = refsOfType(ctx, v, types)[0]
  if (byRef) return byRef
  if (v?.kind !== 'scalar' || typeof v.value !== 'string') return undefined
  // A name, or an ARN or URL ending in the name.
  const last = /[^:/]+$/.exec(v.value)?.[0]
  return ctx.service.resources.find(r => {
    const name = literal(r.name)
    return types.includes(r.type) && name !== undefined && (name === v.value || name === last)
  })?.id
}

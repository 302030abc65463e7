import type { SourceLocation } from '../../../model/location.js'
import type { Attr, AuthType, EndpointAuth } from '../../../model/types.js'
import {
  asBoolean,
  asString,
  entry,
  get,
  isMap,
  type MapEntry,
  type Value
} from '../../../model/value.js'
import { isSymbolicValue } from '../../../model/attr.js'
import { locOfEntry, stringAt } from '../../shared/attrs.js'
import type { SlsContext } from '../context.js'
import { ownValue } from '../../../model/own.js'

/**
 * How each kind of event is authorized. An event with no authorizer is public (`none`) and has no
 * location: nothing in the file sets it. A symbolic setting is `unknown`, which rules never report.
 */

const PUBLIC: EndpointAuth = { type: 'none' }

function unknownAuth(v: Value, loc: SourceLocation): EndpointAuth {
  if (v.kind === 'symbolic')
    return { type: 'unknown', authorizer: { value: v, loc }, symbolic: v, loc }
  return { type: 'unknown', loc }
}

/** A lambda authorizer is named by function or ARN; a Cognito user pool by its ARN. */
function typeOfName(name: string): AuthType {
  if (name.toLowerCase() === 'aws_iam') return 'iam'
  if (name.startsWith('arn:') && name.includes(':cognito-idp:')) return 'cognito'
  return 'lambda'
}

function isNull(v: Value): boolean {
  return v.kind === 'scalar' && v.value === null
}

/** REST `http` events: a name, an ARN, `aws_iam`, or `{ type, name, arn, authorizerId }`. */
export function restAuth(e: MapEntry | undefined): EndpointAuth {
  if (!e || isNull(e.value)) return PUBLIC
  const loc = locOfEntry(e)
  const v = e.value
  if (isMap(v)) return restAuthMap(v, loc)
  const name = asString(v)
  if (name === undefined) return unknownAuth(v, loc)
  return { type: typeOfName(name), authorizer: { value: name, loc }, loc }
}

const REST_TYPES: Record<string, AuthType> = {
  aws_iam: 'iam',
  cognito_user_pools: 'cognito',
  token: 'lambda',
  request: 'lambda',
  custom: 'lambda'
}

function restAuthMap(v: Value, loc: SourceLocation): EndpointAuth {
  const authorizer = stringAt(v, 'name') ?? stringAt(v, 'arn') ?? stringAt(v, 'authorizerId')
  const type = stringAt(v, 'type')
  if (type) {
    if (isSymbolicValue(type.value))
      return { type: 'unknown', authorizer, symbolic: type.value, loc }
    return { type: ownValue(REST_TYPES, type.value.toLowerCase()) ?? 'unknown', authorizer, loc }
  }
  // Without a type the framework reads a string ARN naming a user pool as Cognito, else a lambda.
  const named = stringAt(v, 'arn') ?? stringAt(v, 'name')
  if (!named) return { type: 'unknown', authorizer, loc }
  const kind = isSymbolicValue(named.value) ? 'lambda' : typeOfName(named.value)
  return { type: kind, authorizer, loc }
}

/**
 * HTTP API `httpApi` events: `{ type: aws_iam }`, or an authorizer by name declared under
 * `provider.httpApi.authorizers` (JWT, or `type: request` for a lambda), or `{ id }` of an
 * authorizer defined elsewhere.
 */
export function httpApiAuth(e: MapEntry | undefined, ctx: SlsContext): EndpointAuth {
  if (!e || isNull(e.value)) return PUBLIC
  const loc = locOfEntry(e)
  const v = e.value
  if (!isMap(v)) {
    const name = asString(v)
    if (name === undefined) return unknownAuth(v, loc)
    if (name.toLowerCase() === 'aws_iam') return { type: 'iam', loc }
    return declaredHttpApiAuth({ value: name, loc }, ctx, loc)
  }
  const type = stringAt(v, 'type')?.value
  if (isSymbolicValue(type)) return { type: 'unknown', symbolic: type, loc }
  if (type?.toLowerCase() === 'aws_iam') return { type: 'iam', loc }
  const name = stringAt(v, 'name')
  if (name) return declaredHttpApiAuth(name, ctx, loc)
  return { type: 'unknown', authorizer: stringAt(v, 'id'), loc }
}

function declaredHttpApiAuth(
  name: Attr<string>,
  ctx: SlsContext,
  loc: SourceLocation
): EndpointAuth {
  if (isSymbolicValue(name.value))
    return { type: 'unknown', authorizer: name, symbolic: name.value, loc }
  const authorizers = get(get(ctx.provider, 'httpApi'), 'authorizers')
  const declared = get(authorizers, name.value)
  if (!declared) {
    const message = `authorizer ${name.value} is not declared under provider.httpApi.authorizers`
    if (!isLeftToDeployment(authorizers)) ctx.warn(message, name.loc, 'unknown-authorizer')
    return { type: 'unknown', authorizer: name, loc }
  }
  return { type: httpApiAuthorizerType(declared), authorizer: name, loc }
}

/** Authorizers that a variable gives only when deploying may declare any name: not reported. */
function isLeftToDeployment(authorizers: Value | undefined): boolean {
  return authorizers?.kind === 'symbolic'
}

function httpApiAuthorizerType(declared: Value): AuthType {
  if (!isMap(declared)) return 'unknown'
  const type = get(declared, 'type')
  if (type === undefined) {
    const jwt = ['identitySource', 'issuerUrl', 'audience'].some(k => declared.entries.has(k))
    return jwt ? 'jwt' : 'unknown'
  }
  const name = asString(type)?.toLowerCase()
  return name === 'request' ? 'lambda' : name === 'jwt' ? 'jwt' : 'unknown'
}

/** Websocket `$connect` routes: a lambda authorizer by name, ARN or `{ name | arn }`. */
export function websocketAuth(e: MapEntry | undefined): EndpointAuth {
  if (!e || isNull(e.value)) return PUBLIC
  const loc = locOfEntry(e)
  const v = e.value
  if (isMap(v))
    return { type: 'lambda', authorizer: stringAt(v, 'name') ?? stringAt(v, 'arn'), loc }
  const name = asString(v)
  return name === undefined
    ? unknownAuth(v, loc)
    : { type: 'lambda', authorizer: { value: name, loc }, loc }
}

/** ALB events name authorizers declared under `provider.alb.authorizers` (Cognito or OIDC). */
export function albAuth(e: MapEntry | undefined, ctx: SlsContext): EndpointAuth {
  if (!e || isNull(e.value)) return PUBLIC
  const loc = locOfEntry(e)
  const first = e.value.kind === 'list' ? e.value.items[0] : e.value
  const name = first && asString(first)
  if (name === undefined) return unknownAuth(first ?? e.value, loc)
  const authorizer = { value: name, loc }
  const lets = letsUnauthenticatedIn(e.value, ctx)
  if (lets) return { type: 'none', authorizer, loc: lets }
  const authorizers = get(get(ctx.provider, 'alb'), 'authorizers')
  const declared = get(authorizers, name)
  const type = asString(get(declared, 'type'))?.toLowerCase()
  if (type === 'cognito') return { type: 'cognito', authorizer, loc }
  if (type === 'oidc') return { type: 'jwt', authorizer, loc }
  if (!declared && !isLeftToDeployment(authorizers)) {
    ctx.warn(
      `authorizer ${name} is not declared under provider.alb.authorizers`,
      loc,
      'unknown-authorizer'
    )
  }
  return { type: 'unknown', authorizer, loc }
}

/**
 * `allowUnauthenticated: true` on an ALB authorizer forwards requests that carry no login to the
 * function. Only when every authorizer the event names does so is the route open: where its
 * first `allowUnauthenticated` is written; undefined otherwise.
 */
function letsUnauthenticatedIn(v: Value, ctx: SlsContext): SourceLocation | undefined {
  const declared = get(get(ctx.provider, 'alb'), 'authorizers')
  const names = v.kind === 'list' ? v.items : [v]
  const settings = names.map(n => {
    const name = asString(n)
    const allow =
      name === undefined ? undefined : entry(get(declared, name), 'allowUnauthenticated')
    return allow && asBoolean(allow.value) === true ? allow : undefined
  })
  const [first] = settings
  return first && settings.every(Boolean) ? locOfEntry(first) : undefined
}

import type { Attr, AuthType, EndpointAuth } from '../../../model/types.js'
import {
  asString,
  entry,
  get,
  getPath,
  isList,
  isMap,
  membersOnce,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../model/value.js'
import { locOfEntry } from '../../shared/attrs.js'
import { ownValue } from '../../../model/own.js'

/**
 * The authorization of an OpenAPI operation, as API Gateway imports it: the operation's `security`
 * (or the definition's top-level default) names security schemes, and a scheme authorizes only
 * through API Gateway's extensions (`x-amazon-apigateway-authtype`, `-authorizer`). A plain
 * `apiKey` scheme makes the method require an API key, which is not authorization.
 */

/** What one named scheme does at API Gateway. */
type SchemeEffect = { auth: AuthType } | 'api-key' | 'unknown'

/** Authorizers the API defines outside the definition (SAM `Auth`), which SAM adds to it. */
export interface AuthorizerOverlay {
  /** The auth type of an authorizer the API defines by that name; undefined when it defines none. */
  typeOf(name: string): AuthType | undefined
  /** The API's default authorizer, applied to integrated operations that name none of its own. */
  defaultAuth?: EndpointAuth
}

export interface OperationAuth {
  auth: EndpointAuth
  apiKeyRequired?: Attr<boolean>
}

/** `x-amazon-apigateway-authorizer.type` → auth type. */
const AUTHORIZER_TYPES: Readonly<Record<string, AuthType>> = {
  token: 'lambda',
  request: 'lambda',
  cognito_user_pools: 'cognito',
  jwt: 'jwt'
}

/** `x-amazon-apigateway-authtype` values that tell the auth type alone. */
const AUTH_TYPES: Readonly<Record<string, AuthType>> = {
  awssigv4: 'iam',
  cognito_user_pools: 'cognito'
}

export class OpenApiSecurity {
  private readonly schemes: Value | undefined
  private readonly defaultSecurity: MapEntry | undefined

  constructor(
    definition: MapValue,
    private readonly overlay?: AuthorizerOverlay
  ) {
    // OpenAPI 3 keeps schemes under `components`, Swagger 2 at the top.
    this.schemes =
      getPath(definition, ['components', 'securitySchemes']) ??
      get(definition, 'securityDefinitions')
    this.defaultSecurity = entry(definition, 'security')
  }

  /** The auth of an operation object; `integrated` when it has an API Gateway integration. */
  authOf(operation: Value, integrated: boolean): OperationAuth {
    const byExtension = extensionAuth(entry(operation, 'x-amazon-apigateway-auth'))
    if (byExtension) return { auth: byExtension }
    const own = entry(operation, 'security')
    const written = own ?? this.defaultSecurity
    const names = written ? requirementNames(written.value) : []
    const sam = this.overlay?.defaultAuth
    if (sam && integrated && names?.every(n => this.overlay?.typeOf(n) === undefined)) {
      return { auth: sam }
    }
    if (!written) return { auth: { type: 'none' } }
    const loc = locOfEntry(written)
    if (names === undefined) return { auth: { type: 'unknown', loc } }
    return this.authOfNames(names, written, own !== undefined)
  }

  private authOfNames(names: string[], written: MapEntry, own: boolean): OperationAuth {
    const loc = locOfEntry(written)
    const effects = names.map(name => ({ name, effect: this.effectOf(name) }))
    const authorizer = effects.find(e => typeof e.effect === 'object')
    if (authorizer && typeof authorizer.effect === 'object') {
      const named = { value: authorizer.name, loc }
      return { auth: { type: authorizer.effect.auth, authorizer: named, loc } }
    }
    if (effects.some(e => e.effect === 'unknown')) return { auth: { type: 'unknown', loc } }
    const apiKeyRequired = effects.length > 0 ? { value: true, loc } : undefined
    // A public route inherited from the top-level default is reported at the route, not there.
    return { auth: own ? { type: 'none', loc } : { type: 'none' }, apiKeyRequired }
  }

  private effectOf(name: string): SchemeEffect {
    const overlaid = this.overlay?.typeOf(name)
    if (overlaid) return { auth: overlaid }
    const scheme = get(this.schemes, name)
    if (!isMap(scheme)) return 'unknown'
    const authType = get(scheme, 'x-amazon-apigateway-authtype')
    const authorizer = get(scheme, 'x-amazon-apigateway-authorizer')
    const byAuthType = ownValue(AUTH_TYPES, asString(authType)?.toLowerCase() ?? '')
    if (byAuthType) return { auth: byAuthType }
    if (authorizer) {
      const type = ownValue(
        AUTHORIZER_TYPES,
        asString(get(authorizer, 'type'))?.toLowerCase() ?? ''
      )
      return type ? { auth: type } : 'unknown'
    }
    if (!authType && asString(get(scheme, 'type')) === 'apiKey') return 'api-key'
    return 'unknown'
  }
}

/** `x-amazon-apigateway-auth: { type: AWS_IAM }` on an operation; `NONE` leaves it to `security`. */
function extensionAuth(written: MapEntry | undefined): EndpointAuth | undefined {
  if (!written) return undefined
  const type = get(written.value, 'type')
  const loc = locOfEntry(written)
  if (type?.kind === 'symbolic') return { type: 'unknown', loc, symbolic: type }
  return asString(type)?.toUpperCase() === 'AWS_IAM' ? { type: 'iam', loc } : undefined
}

/**
 * The scheme names a `security` list names, every alternative together; undefined when the list
 * cannot be read (an intrinsic builds it). `[]` names none: the operation is public.
 */
function requirementNames(v: Value): string[] | undefined {
  if (!isList(v)) return undefined
  const names: string[] = []
  for (const requirement of v.items) {
    if (!isMap(requirement)) return undefined
    for (const e of membersOnce(requirement)) names.push(e.key)
  }
  return names
}

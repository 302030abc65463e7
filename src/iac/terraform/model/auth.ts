import type { Attr, AuthType, Cors, EndpointAuth } from '../../../model/types.js'
import type { MapValue, SymbolicValue, Value } from '../../../model/value.js'
import { booleanAt, stringAt, stringListAt } from '../../shared/attrs.js'

/**
 * An endpoint's authorization from the setting that decides it (`authorization`,
 * `authorization_type`). Absent means public: nothing sets it. Symbolic or unknown values are
 * `unknown`, which rules do not report.
 */
export function authFrom(
  types: Readonly<Record<string, AuthType>>,
  setting: Attr<string> | undefined,
  authorizer?: Attr<string>
): EndpointAuth {
  if (!setting) return { type: 'none' }
  const auth: EndpointAuth = { type: 'unknown', loc: setting.loc }
  if (typeof setting.value === 'string') auth.type = types[setting.value.toUpperCase()] ?? 'unknown'
  else auth.symbolic = setting.value
  if (authorizer && auth.type !== 'none') auth.authorizer = authorizer
  return auth
}

/** An auth setting (`authorization`, `authorization_type`) under `key`, a conditional decided as `eitherBranch` says. */
export function authSettingAt(map: Value | undefined, key: string): Attr<string> | undefined {
  const written = stringAt(map, key)
  if (!written || typeof written.value === 'string') return written
  const value = eitherBranch(written.value)
  return value === undefined ? written : { value, loc: written.loc }
}

/**
 * A `cond ? a : b` setting whose results are both literal (or `null`: not set, public): the one
 * that leaves the endpoint open (`NONE`) when either does, else the first. Whichever way the
 * condition goes the endpoint is deployed so: an open branch is reported like an open setting.
 */
function eitherBranch(v: SymbolicValue): string | undefined {
  if (v.fn !== 'conditional' || v.args?.kind !== 'list') return undefined
  const branches = v.args.items.map(b =>
    b.kind === 'scalar' && (b.value === null || typeof b.value === 'string') ? b.value : undefined
  )
  if (branches.length !== 2 || branches.includes(undefined)) return undefined
  const open = branches.find(b => b === null || b?.toUpperCase() === 'NONE')
  return open === undefined ? (branches[0] as string) : (open ?? 'NONE')
}

/** A `cors` / `cors_configuration` block or map (`allow_origins`, `allow_methods`, ...). */
export function corsFrom(map: MapValue | undefined): Cors | undefined {
  if (!map) return undefined
  return {
    allowOrigins: stringListAt(map, 'allow_origins'),
    allowMethods: stringListAt(map, 'allow_methods'),
    allowHeaders: stringListAt(map, 'allow_headers'),
    allowCredentials: booleanAt(map, 'allow_credentials'),
    loc: map.loc
  }
}

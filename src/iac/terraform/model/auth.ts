import type { Attr, AuthType, Cors, EndpointAuth } from '../../../model/types.js'
import type { MapValue, Value } from '../../../model/value.js'
import { booleanAt, stringAt, stringListAt } from '../../shared/attrs.js'
import { ownValue } from '../../../model/own.js'

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
  if (typeof setting.value === 'string')
    auth.type = ownValue(types, setting.value.toUpperCase()) ?? 'unknown'
  else auth.symbolic = setting.value
  if (authorizer && auth.type !== 'none') auth.authorizer = authorizer
  return auth
}

/**
 * An auth setting (`authorization`, `authorization_type`) under `key`. A `cond ? a : b` whose
 * results are both literal (or `null`: not set, public) is the one that leaves the endpoint open
 * (`NONE`) when either does, else the first: whichever way the condition goes the endpoint is
 * deployed so, and an open branch is reported like an open setting.
 */
export function authSettingAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b => b === null || b.toUpperCase() === 'NONE', 'NONE')
}

/** A permission's `principal`: a conditional with `*` on either side is `*`. */
export function principalAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b => b === '*')
}

/** The setting; a conditional of literals is its first result `isOpen` accepts (`null` as `unset`), else its first. */
function openBranchAt(
  map: Value | undefined,
  key: string,
  isOpen: (branch: string | null) => boolean,
  unset?: string
): Attr<string> | undefined {
  const written = stringAt(map, key)
  const v = written?.value
  if (!written || v === undefined || typeof v === 'string' || v.fn !== 'conditional') return written
  if (v.args?.kind !== 'list' || v.args.items.length !== 2) return written
  const branches = v.args.items.map(b =>
    b.kind === 'scalar' && (b.value === null || typeof b.value === 'string') ? b.value : undefined
  )
  if (branches.includes(undefined)) return written
  const chosen = (branches as (string | null)[]).find(isOpen) ?? branches[0]
  const value = chosen === null ? unset : chosen
  return value === undefined ? written : { value, loc: written.loc }
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

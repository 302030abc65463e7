import type { Attr, AuthType, Cors, EndpointAuth } from '../../../model/types.js'
import type { MapValue, Value } from '../../../model/value.js'
import { booleanAt, stringListAt } from '../../shared/attrs.js'
import { openBranchAt } from '../../shared/either-branch.js'
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
  return openBranchAt(map, key, b => b === undefined || b.toUpperCase() === 'NONE', 'NONE')
}

/** A permission's `principal`: a conditional with `*` on either side is `*`. */
export function principalAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b => b === '*')
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

import type { Attr, AuthType, Cors, EndpointAuth } from '../../../model/types.js'
import { get, type MapValue, type Value } from '../../../model/value.js'
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

/**
 * The setting; a conditional of literals (or a variable `-var-file` files give several values) is
 * its first result `isOpen` accepts (`null` as `unset`), else its first.
 */
function openBranchAt(
  map: Value | undefined,
  key: string,
  isOpen: (branch: string | null) => boolean,
  unset?: string
): Attr<string> | undefined {
  const written = stringAt(map, key)
  const raw = get(map, key)
  const branches = raw && literalBranches(raw)
  if (!written || !branches || branches.length < 2) return written
  const chosen = branches.find(isOpen) ?? branches[0]
  const value = chosen === null ? unset : chosen
  return value === undefined ? written : { value, loc: written.loc }
}

/** The literal results of a conditional, nested ones included, or a value's choices. */
function literalBranches(v: Value): (string | null)[] | undefined {
  if (v.kind === 'scalar') {
    const values = v.choices ?? [v.value]
    return values.every(b => b === null || typeof b === 'string')
      ? (values as (string | null)[])
      : undefined
  }
  if (v.kind !== 'symbolic' || v.fn !== 'conditional') return undefined
  if (v.args?.kind !== 'list' || v.args.items.length !== 2) return undefined
  const out: (string | null)[] = []
  for (const b of v.args.items) {
    const inner = literalBranches(b)
    if (!inner) return undefined
    out.push(...inner)
  }
  return out
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

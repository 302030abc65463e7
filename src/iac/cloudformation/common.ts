import type { SourceLocation } from '../../model/location.js'
import type {
  Attr,
  AuthType,
  Cors,
  EndpointAuth,
  EnvironmentVariable,
  LambdaFunction,
  Trigger,
  VpcConfig
} from '../../model/types.js'
import {
  asBoolean,
  entry,
  get,
  getPath,
  isMap,
  type MapEntry,
  type Value
} from '../../model/value.js'
import { attrFromEntry, booleanAt, locOfEntry, stringList, stringListAt } from '../shared/attrs.js'
import {
  eitherBranch,
  hasBranches,
  literalBranches,
  openBranchAt
} from '../shared/either-branch.js'
import { ownValue } from '../../model/own.js'

/** Model pieces shared by the CloudFormation and SAM mappers. */

/** The entry at a path of map keys (`['TracingConfig', 'Mode']`). */
export function entryAt(v: Value | undefined, path: readonly string[]): MapEntry | undefined {
  if (path.length === 0) return undefined
  return entry(getPath(v, path.slice(0, -1)), path[path.length - 1] as string)
}

export const stringAtPath = (v: Value | undefined, path: readonly string[]) =>
  attrFromEntry('string', entryAt(v, path))
export const booleanAtPath = (v: Value | undefined, path: readonly string[]) =>
  attrFromEntry('boolean', entryAt(v, path))

/**
 * Environment variables from an `Environment.Variables` map. Variables whose key was written in a
 * shared default (SAM `Globals`) have origin `shared`.
 */
export function environmentFrom(
  variables: Value | undefined,
  sharedKeys: WeakSet<SourceLocation>
): EnvironmentVariable[] {
  if (!isMap(variables)) return []
  const out: EnvironmentVariable[] = []
  for (const e of variables.entries.values()) {
    const v = e.value
    if (v.kind !== 'scalar' && v.kind !== 'symbolic') continue
    const loc = locOfEntry(e)
    out.push({
      name: e.key,
      value: { value: v.kind === 'scalar' ? v.value : v, loc },
      origin: sharedKeys.has(e.keyLoc) ? 'shared' : 'function',
      loc
    })
  }
  return out
}

/** `VpcConfig: { SubnetIds, SecurityGroupIds }`. */
export function vpcFrom(e: MapEntry | undefined): VpcConfig | undefined {
  if (!e) return undefined
  return {
    subnetIds: stringListAt(e.value, 'SubnetIds'),
    securityGroupIds: stringListAt(e.value, 'SecurityGroupIds'),
    loc: locOfEntry(e)
  }
}

/** CORS written as `AllowOrigins`/`AllowMethods`/`AllowHeaders`/`AllowCredentials` lists. */
export function corsFrom(e: MapEntry | undefined): Cors | undefined {
  if (!e || !isMap(e.value)) return undefined
  return {
    // Origins behind `Fn::If` are each allowed when the condition goes their way.
    allowOrigins: stringList(eitherBranch(get(e.value, 'AllowOrigins'))),
    allowMethods: stringListAt(e.value, 'AllowMethods'),
    allowHeaders: stringListAt(e.value, 'AllowHeaders'),
    allowCredentials: booleanAt(e.value, 'AllowCredentials'),
    loc: locOfEntry(e)
  }
}

/**
 * Endpoint auth from an authorization type attribute, using `table` to name the types. No
 * attribute means nothing sets it: the endpoint is public and the auth has no location.
 */
export function authFrom(
  type: Attr<string> | undefined,
  table: Readonly<Record<string, AuthType>>,
  authorizer?: Attr<string>
): EndpointAuth {
  if (!type) return { type: 'none' }
  if (typeof type.value !== 'string') {
    return { type: 'unknown', loc: type.loc, symbolic: type.value, authorizer }
  }
  return { type: ownValue(table, type.value.toUpperCase()) ?? 'unknown', loc: type.loc, authorizer }
}

export function addTrigger(fn: LambdaFunction | undefined, trigger: Trigger): void {
  if (!fn) return
  const same = fn.triggers.some(
    t => t.kind === trigger.kind && t.endpointId === trigger.endpointId && t.loc === trigger.loc
  )
  if (!same) fn.triggers.push(trigger)
}

/** A literal attribute that the model derives rather than reads (located where it applies). */
export function derived<T>(value: T, loc: SourceLocation): Attr<T> {
  return { value, loc }
}

/**
 * An auth setting (`AuthType`, `AuthorizationType`) under `key`. Written as a `Fn::If` whose
 * branches are all literal, it is the branch that leaves the endpoint open (`NONE`, or
 * `AWS::NoValue`: not set) when either does, else the first: whichever way the condition goes,
 * the endpoint is deployed so, and an open branch is reported like an open setting.
 */
export function authSettingAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b => b === undefined || b.toUpperCase() === 'NONE', 'NONE')
}

/**
 * A permission's `Principal`: written as a `Fn::If` whose branches are all literal, `*` when
 * either branch is (the function may be opened to every account), else the first branch.
 */
export function principalAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b => b === '*')
}

/** A bucket's canned ACL: a `Fn::If` with a public ACL on either branch is that ACL. */
export function aclAt(map: Value | undefined, key: string): Attr<string> | undefined {
  return openBranchAt(map, key, b =>
    /^(publicread|publicreadwrite|authenticatedread)$/i.test(b?.replace(/-/g, '') ?? '')
  )
}

/**
 * A public access block setting: a `Fn::If` whose branches are all literal is off when either
 * branch is (or is `AWS::NoValue`: not set, off), so the bucket may be deployed without it.
 */
export function blockSettingAt(map: Value | undefined, key: string): Attr<boolean> | undefined {
  const written = booleanAt(map, key)
  const v = get(map, key)
  if (!written || !v || !hasBranches(v)) return written
  const branches = literalBranches(v, true)?.map(b =>
    b === undefined ? false : asBoolean({ kind: 'scalar', value: b, loc: written.loc })
  )
  if (!branches || branches.includes(undefined)) return written
  return { value: !branches.includes(false), loc: written.loc }
}

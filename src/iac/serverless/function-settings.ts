import { posix } from 'node:path'
import type { SourceLocation } from '../../model/location.js'
import type { Attr, EnvironmentVariable, VpcConfig } from '../../model/types.js'
import {
  asBoolean,
  asString,
  entry,
  get,
  isMap,
  type MapEntry,
  type Value
} from '../../model/value.js'
import { attrFromEntry, locOfEntry, stringAt, stringList, stringListAt } from '../shared/attrs.js'

/**
 * Function settings that the provider block supplies as defaults. The function's own value always
 * wins, and each attribute stays located where it is actually written.
 */

/** The entry under `key` of the function, else of the provider. */
export function ownOrShared(
  def: Value,
  provider: Value | undefined,
  key: string
): MapEntry | undefined {
  return entry(def, key) ?? entry(provider, key)
}

/** Provider variables first, then the function's own; a function variable replaces a shared one. */
export function environmentOf(def: Value, provider: Value | undefined): EnvironmentVariable[] {
  const own = variablesOf(get(def, 'environment'), 'function')
  const names = new Set(own.map(v => v.name))
  const shared = variablesOf(get(provider, 'environment'), 'shared').filter(v => !names.has(v.name))
  return [...shared, ...own]
}

function variablesOf(
  v: Value | undefined,
  origin: EnvironmentVariable['origin']
): EnvironmentVariable[] {
  if (!isMap(v)) return []
  const out: EnvironmentVariable[] = []
  for (const e of v.entries.values()) {
    const loc = locOfEntry(e)
    if (e.value.kind === 'symbolic' || e.value.kind === 'scalar') {
      const value = e.value.kind === 'symbolic' ? e.value : e.value.value
      out.push({ name: e.key, value: { value, loc }, origin, loc })
    }
  }
  return out
}

/** `kmsKeyArn`, and the v1 name `awsKmsKeyArn` (also under the v1 `service` map). */
export function kmsKeyOf(
  def: Value,
  provider: Value | undefined,
  doc: Value
): Attr<string> | undefined {
  const service = get(doc, 'service')
  for (const [where, key] of [
    [def, 'kmsKeyArn'],
    [def, 'awsKmsKeyArn'],
    [provider, 'kmsKeyArn'],
    [provider, 'awsKmsKeyArn'],
    [service, 'awsKmsKeyArn']
  ] as const) {
    const found = stringAt(where, key)
    if (found) return found
  }
  return undefined
}

/** Function `tracing`, else `provider.tracing.lambda`: `true` is `Active`. */
export function tracingOf(def: Value, provider: Value | undefined): Attr<string> | undefined {
  return (
    tracingAttr(entry(def, 'tracing')) ?? tracingAttr(entry(get(provider, 'tracing'), 'lambda'))
  )
}

function tracingAttr(e: MapEntry | undefined): Attr<string> | undefined {
  if (!e) return undefined
  const loc = locOfEntry(e)
  if (e.value.kind === 'symbolic') return { value: e.value, loc }
  const on = asBoolean(e.value)
  if (on !== undefined) return { value: on ? 'Active' : 'PassThrough', loc }
  const mode = asString(e.value)
  return mode ? { value: mode, loc } : undefined
}

export function vpcOf(def: Value, provider: Value | undefined): VpcConfig | undefined {
  const e = ownOrShared(def, provider, 'vpc')
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return undefined
  const loc = locOfEntry(e)
  if (e.value.kind === 'symbolic') {
    const unknown = stringList(e.value)
    return { subnetIds: unknown, securityGroupIds: unknown, loc }
  }
  return {
    subnetIds: stringListAt(e.value, 'subnetIds'),
    securityGroupIds: stringListAt(e.value, 'securityGroupIds'),
    loc
  }
}

/** `destinations.onFailure`: an ARN or function name, or `{ type, arn }`. */
export function onFailureOf(def: Value): Attr<string> | undefined {
  const e = entry(get(def, 'destinations'), 'onFailure')
  if (!e) return undefined
  return isMap(e.value) ? stringAt(e.value, 'arn') : attrFromEntry('string', e)
}

/**
 * Where the code lives, root-relative: the deployed `package.artifact` when one is set, else the
 * folder of the handler module (`src/api/users.handler` → `src/api`).
 */
export function codePathOf(def: Value, doc: Value, serviceDir: string): Attr<string> | undefined {
  const artifact = entry(get(def, 'package'), 'artifact') ?? entry(get(doc, 'package'), 'artifact')
  if (artifact) return pathAttr(artifact, serviceDir, path => path)
  const handler = entry(def, 'handler')
  return handler ? pathAttr(handler, serviceDir, handlerFolder) : undefined
}

function pathAttr(
  e: MapEntry,
  serviceDir: string,
  folderOf: (written: string) => string
): Attr<string> | undefined {
  const loc: SourceLocation = locOfEntry(e)
  if (e.value.kind === 'symbolic') return { value: e.value, loc }
  const written = asString(e.value)
  if (!written) return undefined
  if (written.includes('://')) return { value: written, loc }
  return { value: posix.join(serviceDir || '.', folderOf(written)), loc }
}

function handlerFolder(handler: string): string {
  const lastDot = handler.lastIndexOf('.')
  const module = lastDot > handler.lastIndexOf('/') ? handler.slice(0, lastDot) : handler
  return posix.dirname(module)
}

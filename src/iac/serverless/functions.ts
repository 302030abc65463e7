import type { Attr, LambdaFunction } from '../../model/types.js'
import { entry, isList, isMap, type MapEntry, type Value } from '../../model/value.js'
import { locOfEntry, numberAt, stringAt, stringListAt } from '../shared/attrs.js'
import type { SlsContext } from './context.js'
import { mapEvents } from './events/index.js'
import {
  codePathOf,
  environmentOf,
  kmsKeyOf,
  onFailureOf,
  tracingOf,
  vpcOf
} from './function-settings.js'
import { mapFunctionUrl } from './function-url.js'

/** Reads `functions` (a map, or a list of maps as `${file()}` fragments) into the service. */
export function mapFunctions(ctx: SlsContext): Map<string, MapEntry> {
  const entries = functionEntries(ctx)
  for (const e of entries.values()) {
    const fn = mapFunction(e, ctx)
    if (fn) ctx.service.functions.push(fn)
  }
  return entries
}

function functionEntries(ctx: SlsContext): Map<string, MapEntry> {
  const out = new Map<string, MapEntry>()
  const e = entry(ctx.doc, 'functions')
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return out
  const fragments = isList(e.value) ? e.value.items : [e.value]
  for (const fragment of fragments) {
    if (isMap(fragment)) fragment.entries.forEach((fe, key) => out.set(key, fe))
    else if (fragment.kind === 'symbolic')
      ctx.unreadable(fragment, 'functions', 'unresolved-functions')
    else ctx.warn('functions should be a map of function names to settings', fragment.loc)
  }
  return out
}

function mapFunction(e: MapEntry, ctx: SlsContext): LambdaFunction | undefined {
  const def = e.value
  if (def.kind === 'symbolic') {
    ctx.unreadable(def, `function ${e.key}`, 'unresolved-functions')
    return undefined
  }
  if (!isMap(def)) {
    ctx.warn(`function ${e.key} should be a map of settings`, e.keyLoc)
    return undefined
  }
  const p = ctx.provider
  const image = entry(def, 'image')
  const fn: LambdaFunction = {
    id: e.key,
    name: stringAt(def, 'name'),
    handler: stringAt(def, 'handler'),
    // A container image brings its own runtime: the framework sets none for it.
    runtime: image ? undefined : (stringAt(def, 'runtime') ?? stringAt(p, 'runtime')),
    memorySize: numberAt(def, 'memorySize') ?? numberAt(p, 'memorySize'),
    timeout: numberAt(def, 'timeout') ?? numberAt(p, 'timeout'),
    architectures: present(stringAt(def, 'architecture') ?? stringAt(p, 'architecture')),
    packageType: image ? { value: 'Image', loc: locOfEntry(image) } : undefined,
    codePath: codePathOf(def, ctx.doc, ctx.service.dir),
    environment: environmentOf(def, p),
    kmsKeyArn: kmsKeyOf(def, p, ctx.doc),
    vpc: vpcOf(def, p),
    tracing: tracingOf(def, p),
    reservedConcurrency: numberAt(def, 'reservedConcurrency'),
    deadLetterTarget: stringAt(def, 'onError'),
    onFailureDestination: onFailureOf(def),
    layers: layersOf(def, p),
    logRetentionDays: numberAt(def, 'logRetentionInDays') ?? numberAt(p, 'logRetentionInDays'),
    triggers: [],
    loc: locOfEntry(e)
  }
  mapFunctionUrl(def, fn, ctx)
  mapEvents(def, fn, ctx)
  return fn
}

function present<T>(a: Attr<T> | undefined): Attr<T>[] {
  return a ? [a] : []
}

/** Function `layers` replace the provider's. */
function layersOf(def: Value, provider: Value | undefined): Attr<string>[] {
  return entry(def, 'layers') ? stringListAt(def, 'layers') : stringListAt(provider, 'layers')
}

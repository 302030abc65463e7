import { formatLocation, type SourceLocation } from '../../../model/location.js'
import {
  asString,
  get,
  isIntrinsicData,
  parsedData,
  writtenText,
  type ListValue,
  type MapEntry,
  type MapValue,
  type Value
} from '../../../model/value.js'
import { locOfEntry } from '../../../iac/shared/attrs.js'
import {
  mayHoldSecret,
  secretIn,
  secretNameStrength,
  substitutedText,
  tokenFormatIn,
  type SecretMatch
} from './secrets.js'

/**
 * Walks a resource's properties as written and finds literal secrets: a credential format in any
 * string, or a secret-like property name with a literal value. Expressions are never guessed: a
 * secret-like property set from an expression is returned as undecided instead, and only the
 * literal parts of an expression (a `!Sub` template, and the text it builds from the literals of
 * its variable map) are searched for credential formats.
 */

export interface FoundSecret {
  /** Dotted path of the property under the resource's properties: `AuthParameters.ApiKeyValue`. */
  path: string
  match: SecretMatch
  location: SourceLocation
}

export interface UndecidedSecret {
  path: string
  expr: string
  location: SourceLocation
}

export interface SecretWalk {
  found: FoundSecret[]
  undecided: UndecidedSecret[]
}

export interface WalkOptions {
  /** Key locations to leave out (`file:line:column`), e.g. function environment variables. */
  skip: ReadonlySet<string>
  /** Property paths to leave out, e.g. `Environment.Variables` of a function. */
  skipPaths?: ReadonlySet<string>
}

/** Depth beyond which properties are not searched: templates are never that deep by design. */
const MAX_DEPTH = 40

export function findSecrets(properties: Value | undefined, options: WalkOptions): SecretWalk {
  const out: SecretWalk = { found: [], undecided: [] }
  if (!properties) return out
  // JSON text is searched once for what any secret needs before its values are read.
  const written = properties.kind === 'map' ? writtenText(properties) : undefined
  if (written === undefined || mayHoldSecret(written)) walk(properties, '', '', options, out, 0)
  return out
}

function walk(
  v: Value,
  name: string,
  path: string,
  options: WalkOptions,
  out: SecretWalk,
  depth: number
): void {
  if (depth > MAX_DEPTH) return
  const data = options.skip.size === 0 ? parsedData(v) : undefined
  if (data !== undefined) {
    walkData(data, () => v, name, path, options, out, depth)
    return
  }
  switch (v.kind) {
    case 'map':
      walkMap(v, path, options, out, depth)
      return
    case 'list':
      v.items.forEach((item, i) => walk(item, name, `${path}[${i}]`, options, out, depth + 1))
      return
    case 'symbolic': {
      const before = out.found.length
      if (v.args) formatsOnly(v.args, path, out, depth + 1)
      const built = out.found.length === before ? substitutedText(v) : undefined
      const match = built === undefined ? undefined : tokenFormatIn(built)
      if (match) out.found.push({ path, match, location: v.loc })
      return
    }
    case 'scalar': {
      const match = typeof v.value === 'string' ? secretIn(name, v.value) : undefined
      if (match) out.found.push({ path, match, location: v.loc })
      return
    }
  }
}

function walkMap(
  map: MapValue,
  path: string,
  options: WalkOptions,
  out: SecretWalk,
  depth: number
): void {
  const pairName = nameValuePair(map)
  for (const e of map.entries.values()) {
    const at = path ? `${path}.${e.key}` : e.key
    // Skipped keys are few: a large template's entries are not all turned into strings for them.
    if (options.skip.size > 0 && options.skip.has(formatLocation(e.keyLoc))) continue
    if (options.skipPaths?.has(at)) continue
    const name = pairName !== undefined && e.key.toLowerCase() === 'value' ? pairName : e.key
    walkEntry(e, name, at, options, out, depth)
  }
}

/** One entry of a map, at `path`, read under `name`. */
function walkEntry(
  e: MapEntry,
  name: string,
  path: string,
  options: WalkOptions,
  out: SecretWalk,
  depth: number
): void {
  if (e.value.kind === 'scalar') {
    const match = typeof e.value.value === 'string' ? secretIn(name, e.value.value) : undefined
    if (match) out.found.push({ path, match, location: locOfEntry(e) })
  } else if (e.value.kind === 'symbolic' && secretNameStrength(name) === 'strong') {
    if (!e.value.fn.startsWith('resolve:') && !e.value.expr.includes('{{resolve:')) {
      out.undecided.push({ path, expr: e.value.expr, location: locOfEntry(e) })
    }
    walk(e.value, name, path, options, out, depth + 1)
  } else {
    walk(e.value, e.key, path, options, out, depth + 1)
  }
}

/**
 * The walk over parsed data (a large JSON template's): the same decisions as `walk` and
 * `walkMap`, with located values built only for what is reported, through `located` (the value
 * the data stands for), and for intrinsics, which the walk above reads.
 */
function walkData(
  data: unknown,
  located: () => Value,
  name: string,
  path: string,
  options: WalkOptions,
  out: SecretWalk,
  depth: number
): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(data)) {
    const item = (i: number) => (): Value => (located() as ListValue).items[i] as Value
    data.forEach((d, i) => walkMember(d, item(i), name, `${path}[${i}]`, options, out, depth + 1))
    return
  }
  const o = data as Record<string, unknown>
  const keys = Object.keys(o)
  // Keys JavaScript lists first ("0", "12") are reported in the order they are written.
  if (keys.length > 0 && /^\d+$/.test(keys[0] as string)) {
    walkMap(located() as MapValue, path, options, out, depth)
    return
  }
  const pairName = nameValuePairOf(o)
  const entry = (key: string) => (): MapEntry =>
    (located() as MapValue).entries.get(key) as MapEntry
  for (const key of keys) {
    const d = o[key]
    // Numbers, booleans and null hold no secret: most leaves of a large template are passed by.
    if (d === null || (typeof d !== 'object' && typeof d !== 'string')) continue
    const at = path ? `${path}.${key}` : key
    if (options.skipPaths?.has(at)) continue
    const name = pairName !== undefined && key.toLowerCase() === 'value' ? pairName : key
    if (typeof d === 'object' && isIntrinsicData(d)) {
      walkEntry(entry(key)(), name, at, options, out, depth)
    } else if (typeof d === 'object') {
      walkData(d, () => entry(key)().value, key, at, options, out, depth + 1)
    } else {
      const match = secretIn(name, d)
      if (match) out.found.push({ path: at, match, location: locOfEntry(entry(key)()) })
    }
  }
}

/** A list item as parsed data: a scalar is reported at itself. */
function walkMember(
  d: unknown,
  located: () => Value,
  name: string,
  path: string,
  options: WalkOptions,
  out: SecretWalk,
  depth: number
): void {
  if (depth > MAX_DEPTH) return
  if (d !== null && typeof d === 'object') {
    if (isIntrinsicData(d)) walk(located(), name, path, options, out, depth)
    else walkData(d, located, name, path, options, out, depth)
    return
  }
  const match = typeof d === 'string' ? secretIn(name, d) : undefined
  if (match) out.found.push({ path, match, location: located().loc })
}

/** `nameValuePair` of parsed data. */
function nameValuePairOf(o: Record<string, unknown>): string | undefined {
  const written = Object.hasOwn(o, 'Name') ? o.Name : o.name
  const name =
    written === null || written === undefined || typeof written === 'object'
      ? undefined
      : String(written)
  const hasValue = Object.hasOwn(o, 'Value') || Object.hasOwn(o, 'value')
  return name !== undefined && hasValue && name.trim() !== '' ? name : undefined
}

/** `{ Name: DB_PASSWORD, Value: ... }` (CodeBuild, ECS, Batch environments): the name of the value. */
function nameValuePair(map: MapValue): string | undefined {
  const name = asString(get(map, 'Name') ?? get(map, 'name'))
  const hasValue = map.entries.has('Value') || map.entries.has('value')
  return name !== undefined && hasValue && name.trim() !== '' ? name : undefined
}

/** Credential formats in the literal parts of an expression. */
function formatsOnly(v: Value, path: string, out: SecretWalk, depth: number): void {
  if (depth > MAX_DEPTH) return
  if (v.kind === 'scalar') {
    const match = typeof v.value === 'string' ? tokenFormatIn(v.value) : undefined
    if (match) out.found.push({ path, match, location: v.loc })
  } else if (v.kind === 'list') {
    for (const item of v.items) formatsOnly(item, path, out, depth + 1)
  } else if (v.kind === 'map') {
    for (const e of v.entries.values()) formatsOnly(e.value, path, out, depth + 1)
  } else if (v.args) {
    formatsOnly(v.args, path, out, depth + 1)
  }
}

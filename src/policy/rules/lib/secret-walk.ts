import type { SourceLocation } from '../../../model/location.js'
import { asString, get, type MapEntry, type MapValue, type Value } from '../../../model/value.js'
import { secretIn, secretNameStrength, tokenFormatIn, type SecretMatch } from './secrets.js'

/**
 * Walks a resource's properties as written and finds literal secrets: a credential format in any
 * string, or a secret-like property name with a literal value. Expressions are never guessed: a
 * secret-like property set from an expression is returned as undecided instead, and only the
 * literal parts of an expression (a `!Sub` template) are searched for credential formats.
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

export function locationKey(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`
}

/** Depth beyond which properties are not searched: templates are never that deep by design. */
const MAX_DEPTH = 40

export function findSecrets(properties: Value | undefined, options: WalkOptions): SecretWalk {
  const out: SecretWalk = { found: [], undecided: [] }
  if (properties) walk(properties, '', '', options, out, 0)
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
  switch (v.kind) {
    case 'map':
      walkMap(v, path, options, out, depth)
      return
    case 'list':
      v.items.forEach((item, i) => walk(item, name, `${path}[${i}]`, options, out, depth + 1))
      return
    case 'symbolic':
      if (v.args) formatsOnly(v.args, path, out, depth + 1)
      return
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
    if (options.skip.size > 0 && options.skip.has(locationKey(e.keyLoc))) continue
    if (options.skipPaths?.has(at)) continue
    const name = pairName !== undefined && e.key.toLowerCase() === 'value' ? pairName : e.key
    if (e.value.kind === 'scalar') {
      const match = typeof e.value.value === 'string' ? secretIn(name, e.value.value) : undefined
      if (match) out.found.push({ path: at, match, location: entryLocation(e) })
    } else if (e.value.kind === 'symbolic' && secretNameStrength(name) === 'strong') {
      if (!e.value.fn.startsWith('resolve:') && !e.value.expr.includes('{{resolve:')) {
        out.undecided.push({ path: at, expr: e.value.expr, location: entryLocation(e) })
      }
      walk(e.value, name, at, options, out, depth + 1)
    } else {
      walk(e.value, e.key, at, options, out, depth + 1)
    }
  }
}

/** A finding about an entry is reported at its key, with the extent of its value. */
function entryLocation(e: MapEntry): SourceLocation {
  return { ...e.keyLoc, value: e.value.loc.value }
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

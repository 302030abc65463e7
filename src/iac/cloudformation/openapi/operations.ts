import type { Attr } from '../../../model/types.js'
import {
  entry,
  get,
  isMap,
  membersOnce,
  type MapEntry,
  type MapValue
} from '../../../model/value.js'
import { locOfEntry } from '../../shared/attrs.js'

/** One path + method of an OpenAPI definition (OpenAPI 3.x and Swagger 2.0 write them alike). */
export interface Operation {
  method: Attr<string>
  path: Attr<string>
  /** The operation object: `security`, `x-amazon-apigateway-integration`, ... */
  entry: MapEntry
}

/** The HTTP methods a path item holds; other keys (`parameters`, `summary`, `$ref`) are not routes. */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** API Gateway's catch-all method, for REST and HTTP APIs alike. */
const ANY_METHOD = 'x-amazon-apigateway-any-method'

/** Every operation under `paths`, each located at its method key. */
export function operationsOf(definition: MapValue): Operation[] {
  const paths = get(definition, 'paths')
  if (!isMap(paths)) return []
  const out: Operation[] = []
  for (const pathEntry of membersOnce(paths)) {
    if (!isMap(pathEntry.value)) continue
    const path = { value: pathEntry.key, loc: locOfEntry(pathEntry) }
    for (const e of membersOnce(pathEntry.value)) {
      const method = methodOf(e.key)
      if (method) out.push({ method: { value: method, loc: locOfEntry(e) }, path, entry: e })
    }
  }
  return out
}

/**
 * Path items written as a reference (`$ref: '#/components/pathItems/orders'`, another file): the
 * methods they hold are not read, so each is returned to be said, by its path.
 */
export function referencedPathItems(definition: MapValue): { path: string; ref: MapEntry }[] {
  const paths = get(definition, 'paths')
  if (!isMap(paths)) return []
  const out: { path: string; ref: MapEntry }[] = []
  for (const pathEntry of membersOnce(paths)) {
    const ref = entry(pathEntry.value, '$ref')
    if (ref) out.push({ path: pathEntry.key, ref })
  }
  return out
}

function methodOf(key: string): string | undefined {
  const lower = key.toLowerCase()
  if (lower === ANY_METHOD) return 'ANY'
  return METHODS.has(lower) ? lower.toUpperCase() : undefined
}

import type { Cors } from '../../../model/types.js'
import { isMap, isTruthy, type MapEntry, type Value } from '../../../model/value.js'
import { booleanAt, locOfEntry, stringList, stringListAt } from '../../shared/attrs.js'

interface CorsKeys {
  origins: readonly string[]
  headers: string
  methods: string
}

const REST_KEYS: CorsKeys = {
  origins: ['origin', 'origins'],
  headers: 'headers',
  methods: 'methods'
}
const V2_KEYS: CorsKeys = {
  origins: ['allowedOrigins'],
  headers: 'allowedHeaders',
  methods: 'allowedMethods'
}

/** REST `cors: true` or `{ origin | origins, headers, allowCredentials }`. */
export function restCors(e: MapEntry | undefined): Cors | undefined {
  return corsFrom(e, REST_KEYS)
}

/** `provider.httpApi.cors` and a function URL's `cors`: `true` or `{ allowedOrigins, ... }`. */
export function v2Cors(e: MapEntry | undefined): Cors | undefined {
  return corsFrom(e, V2_KEYS)
}

/**
 * The framework allows every origin (`*`) unless origins are listed. It tests `cors` as JavaScript
 * does: any value it takes for true (`'false'` and `no` too) that is no mapping allows every origin.
 */
function corsFrom(e: MapEntry | undefined, keys: CorsKeys): Cors | undefined {
  if (!e) return undefined
  const loc = locOfEntry(e)
  const v: Value = e.value
  if (v.kind === 'symbolic') {
    return { allowOrigins: stringList(v), allowMethods: [], allowHeaders: [], loc }
  }
  if (isMap(v)) {
    const written = keys.origins.filter(k => v.entries.has(k))
    const origins = written.flatMap(k => stringListAt(v, k))
    return {
      allowOrigins: written.length > 0 ? origins : [{ value: '*', loc }],
      allowMethods: stringListAt(v, keys.methods),
      allowHeaders: stringListAt(v, keys.headers),
      allowCredentials: booleanAt(v, 'allowCredentials'),
      loc
    }
  }
  return isTruthy(v)
    ? { allowOrigins: [{ value: '*', loc }], allowMethods: [], allowHeaders: [], loc }
    : undefined
}

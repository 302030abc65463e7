import type { Cors } from '../../../model/types.js'
import { entry, isMap, type MapValue } from '../../../model/value.js'
import { booleanAt, locOfEntry, stringListAt } from '../../shared/attrs.js'

/** An HTTP API definition's `x-amazon-apigateway-cors`: the CORS of every route it writes. */
export function openApiCors(definition: MapValue): Cors | undefined {
  const e = entry(definition, 'x-amazon-apigateway-cors')
  if (!e || !isMap(e.value)) return undefined
  return {
    allowOrigins: stringListAt(e.value, 'allowOrigins'),
    allowMethods: stringListAt(e.value, 'allowMethods'),
    allowHeaders: stringListAt(e.value, 'allowHeaders'),
    allowCredentials: booleanAt(e.value, 'allowCredentials'),
    loc: locOfEntry(e)
  }
}

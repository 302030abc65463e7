import type { Attr } from '../../../model/types.js'
import { asBoolean, entry, get, type MapValue, type Value } from '../../../model/value.js'
import { locOfEntry } from '../../shared/attrs.js'

const VALIDATOR = 'x-amazon-apigateway-request-validator'
const VALIDATORS = 'x-amazon-apigateway-request-validators'

/**
 * The request validator of an operation: its own `x-amazon-apigateway-request-validator`, else
 * the definition's default, named among `x-amazon-apigateway-request-validators`. A validator that
 * validates neither body nor parameters validates nothing; a name an intrinsic builds stays
 * symbolic (undecided).
 */
export function requestValidatorOf(
  definition: MapValue,
  operation: Value
): Attr<boolean | string> | undefined {
  const written = entry(operation, VALIDATOR) ?? entry(definition, VALIDATOR)
  if (!written) return undefined
  const loc = locOfEntry(written)
  const name = written.value
  if (name.kind === 'symbolic') return { value: name, loc }
  if (name.kind !== 'scalar' || name.value === null) return undefined
  const validator = get(get(definition, VALIDATORS), String(name.value))
  const validatesNothing =
    asBoolean(get(validator, 'validateRequestBody')) === false &&
    asBoolean(get(validator, 'validateRequestParameters')) === false
  return { value: validatesNothing ? false : String(name.value), loc }
}

import type { ZodType } from 'zod'
import { OsvUnavailableError } from './errors.js'
import type { Validator } from './http.js'
import { describeSchemaError, queryBatchResponseSchema, vulnerabilitySchema } from './schemas.js'

/** Checks a parsed body against its schema; a body that does not fit is a final error. */
function validator<T>(schema: ZodType<T>, what: string): Validator<T> {
  return (json, label, attempts) => {
    const parsed = schema.safeParse(json)
    if (parsed.success) return parsed.data
    throw new OsvUnavailableError(
      `OSV API answered ${label} with a body that is not ${what}: ${describeSchemaError(parsed.error)}`,
      { reason: 'invalid-response', attempts }
    )
  }
}

export const validateBatch = validator(queryBatchResponseSchema, 'a querybatch response')
export const validateRecord = validator(vulnerabilitySchema, 'a vulnerability record')

import * as z from 'zod'

/**
 * The shapes the OSV API answers with (https://ossf.github.io/osv-schema/). Every response body is
 * validated against these before use; a body that does not fit is an error, never "no
 * vulnerabilities". Objects are loose so fields added by later schema versions survive.
 */

const severityEntry = z.looseObject({
  type: z.string(),
  score: z.string()
})

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const

/** One event of a range: exactly one of introduced / fixed / last_affected / limit. */
const rangeEvent = z
  .looseObject({
    introduced: z.string().optional(),
    fixed: z.string().optional(),
    last_affected: z.string().optional(),
    limit: z.string().optional()
  })
  .refine(event => EVENT_KEYS.filter(key => event[key] !== undefined).length === 1, {
    error: 'a range event must hold exactly one of introduced, fixed, last_affected, limit'
  })

const range = z.looseObject({
  type: z.string(),
  repo: z.string().optional(),
  events: z.array(rangeEvent)
})

const freeForm = z.record(z.string(), z.unknown())

const affected = z.looseObject({
  package: z
    .looseObject({
      ecosystem: z.string(),
      name: z.string(),
      purl: z.string().optional()
    })
    .optional(),
  ranges: z.array(range).optional(),
  versions: z.array(z.string()).optional(),
  severity: z.array(severityEntry).optional(),
  ecosystem_specific: freeForm.optional(),
  database_specific: freeForm.optional()
})

const reference = z.looseObject({ type: z.string(), url: z.string() })

export const vulnerabilitySchema = z.looseObject({
  id: z.string().min(1),
  modified: z.string(),
  published: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  related: z.array(z.string()).optional(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(severityEntry).optional(),
  affected: z.array(affected).optional(),
  references: z.array(reference).optional(),
  database_specific: freeForm.optional()
})

const vulnRef = z.looseObject({ id: z.string().min(1), modified: z.string() })

/** One result of `POST /v1/querybatch`; a query with no hits comes back as `{}`. */
const batchResult = z.looseObject({
  vulns: z.array(vulnRef).optional(),
  next_page_token: z.string().optional()
})

export const queryBatchResponseSchema = z.looseObject({
  results: z.array(batchResult)
})

export type OsvVulnerability = z.infer<typeof vulnerabilitySchema>
export type OsvAffected = z.infer<typeof affected>
export type OsvRange = z.infer<typeof range>
export type OsvEvent = z.infer<typeof rangeEvent>
export type OsvSeverityEntry = z.infer<typeof severityEntry>
export type OsvVulnRef = z.infer<typeof vulnRef>
export type QueryBatchResponse = z.infer<typeof queryBatchResponseSchema>

/** A short, one-line account of why a body did not fit, naming the first offending paths. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map(issue => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ')
}

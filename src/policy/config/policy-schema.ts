import * as z from 'zod'
import { RULE_IDS } from '../rules/id-list.js'
import { CustomRuleSchema } from '../custom/schema.js'
import { vulnerabilitiesConfigSchema } from '../../osv/config.js'
import { globText, MAX_GLOBS, MAX_LIST_ENTRIES, SEVERITIES, tooMany } from './enums.js'

const ruleIds = z.enum(RULE_IDS as [string, ...string[]])

/** `rules:` — switch a rule off, or change its severity. */
export const RulesSchema = z
  .partialRecord(
    ruleIds,
    z.union([z.literal('off'), z.strictObject({ severity: z.enum(SEVERITIES) })], {
      error: 'expected `off` or { severity: critical | high | medium | low | info }'
    })
  )
  .default({})

/** A rule id, optionally scoped to one piece of evidence: `iam-wildcard-action[s3:*]`. */
const scopedRuleId = z.string().refine(
  s => {
    const id = /^([a-z0-9-]+)(\[[^\]]+\])?$/.exec(s)?.[1]
    return id !== undefined && RULE_IDS.includes(id)
  },
  {
    error:
      'expected a rule id of the catalog, optionally with an evidence scope: `iam-wildcard-action[s3:*]`'
  }
)

/** `ignore:` — reviewed exceptions, each with its reason. */
export const IgnoreSchema = z
  .array(
    z.strictObject({
      rule: scopedRuleId,
      path: globText().default('**'),
      resource: z.string().min(1).optional(),
      reason: z.string().trim().min(1, 'a reason is required'),
      expires: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional()
    })
  )
  .max(MAX_LIST_ENTRIES, tooMany(MAX_LIST_ENTRIES, 'exceptions'))
  .default([])

export const PolicySectionsSchema = {
  rules: RulesSchema,
  ignore: IgnoreSchema,
  paths: z.array(globText()).max(MAX_GLOBS, tooMany(MAX_GLOBS, 'globs')).default([]),
  'allow-inline-suppressions': z.boolean().default(true),
  'custom-rules': z
    .array(CustomRuleSchema)
    .max(MAX_GLOBS, tooMany(MAX_GLOBS, 'custom rules'))
    .default([]),
  vulnerabilities: vulnerabilitiesConfigSchema.prefault({})
}

export type IgnoreEntry = z.infer<typeof IgnoreSchema>[number]

import * as z from 'zod'
import { SEVERITIES } from '../config/enums.js'
import { patternProblem } from './pattern.js'

/** The model kinds a custom rule can target. */
export const CUSTOM_RULE_TARGETS = [
  'function',
  'role',
  'endpoint',
  'permission',
  'bucket',
  'table',
  'queue',
  'topic',
  'stream',
  'log-group',
  'kms-key',
  'secret',
  'state-machine',
  'api',
  'api-stage',
  'api-domain',
  'layer',
  'event-bus',
  'identity-pool',
  'user-pool'
] as const
export type CustomRuleTarget = (typeof CUSTOM_RULE_TARGETS)[number]

const scalar = z.union([z.string(), z.number(), z.boolean()])

/** A condition over one attribute, or a combination of conditions. */
export type Condition =
  | {
      attribute: string
      exists?: boolean
      equals?: string | number | boolean
      in?: (string | number | boolean)[]
      matches?: string
      lt?: number
      lte?: number
      gt?: number
      gte?: number
    }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

const attributeTest = z
  .strictObject({
    attribute: z.string().min(1),
    exists: z.boolean().optional(),
    equals: scalar.optional(),
    in: z.array(scalar).min(1).optional(),
    matches: z
      .string()
      .superRefine((source, ctx) => {
        const problem = patternProblem(source)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      })
      .optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    gt: z.number().optional(),
    gte: z.number().optional()
  })
  .refine(
    t => Object.keys(t).length > 1,
    'expected a test: exists, equals, in, matches, lt, lte, gt or gte'
  )

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    attributeTest,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema })
  ])
)

export const CustomRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  title: z.string().min(1),
  severity: z.enum(SEVERITIES).default('medium'),
  /** What the finding says; `{id}` is replaced by the resource id. */
  message: z.string().min(1),
  resource: z.enum(CUSTOM_RULE_TARGETS),
  /** Every targeted resource must satisfy this; a finding for each that does not. */
  assert: ConditionSchema
})

export type CustomRuleConfig = z.infer<typeof CustomRuleSchema>

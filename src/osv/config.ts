import * as z from 'zod'

/**
 * The `vulnerabilities:` section of the configuration file. Exported as a schema so the whole
 * configuration can nest it; `parseVulnerabilitiesConfig` validates it alone.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text)
  if (match === null) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}

/** YAML readers may hand over an unquoted date as a Date; it is read back as its day. */
const expiryDate = z.preprocess(
  value =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'expected a real date written YYYY-MM-DD (e.g. 2030-01-31)' })
)

const REASON_REQUIRED = 'a reason is required: say why this vulnerability is accepted'

export const ignoreEntrySchema = z.strictObject({
  id: z
    .string({
      error:
        'the id of the vulnerability to ignore is required (e.g. GHSA-xxxx-xxxx-xxxx or CVE-2024-1234)'
    })
    .trim()
    .min(1, { error: 'the id must not be empty' }),
  package: z
    .string({ error: 'expected the name of the package the ignore is limited to' })
    .trim()
    .min(1, { error: 'the package name must not be empty' })
    .optional(),
  reason: z.string({ error: REASON_REQUIRED }).trim().min(1, { error: REASON_REQUIRED }),
  expires: expiryDate.optional()
})

export const UNKNOWN_SEVERITY_LEVELS = ['critical', 'high', 'medium', 'low'] as const

export const vulnerabilitiesConfigSchema = z.strictObject({
  // Each entry is matched against every vulnerability found: a list of this length is a mistake.
  ignore: z
    .array(ignoreEntrySchema, { error: 'expected a list of ignore entries' })
    .max(10_000, 'at most 10,000 ignore entries: a longer list would hold the scan')
    .default([]),
  'include-dev': z.boolean({ error: 'expected true or false' }).default(true),
  'unknown-severity-as': z
    .enum(UNKNOWN_SEVERITY_LEVELS, {
      error: `expected one of ${UNKNOWN_SEVERITY_LEVELS.join(', ')}`
    })
    .default('medium'),
  'only-fixable': z.boolean({ error: 'expected true or false' }).default(false)
})

export type IgnoreEntry = z.output<typeof ignoreEntrySchema>
export type VulnerabilitiesConfig = z.output<typeof vulnerabilitiesConfigSchema>
export type VulnerabilitiesConfigInput = z.input<typeof vulnerabilitiesConfigSchema>

/** The configuration used when the file has no `vulnerabilities:` section. */
export const DEFAULT_VULNERABILITIES_CONFIG: VulnerabilitiesConfig =
  vulnerabilitiesConfigSchema.parse({})

export interface ConfigIssue {
  /** Key path from the top of the configuration file, e.g. `['vulnerabilities', 'ignore', 0, 'reason']`. */
  path: (string | number)[]
  /** What is wrong, with the key path first: `vulnerabilities.ignore[0].reason: a reason is required...`. */
  message: string
}

/** `vulnerabilities.ignore[0].reason` */
export function formatKeyPath(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('')
}

/** Turns a validation error into issues that name their key path under `prefix`. */
export function configIssues(
  error: z.ZodError,
  prefix: (string | number)[] = ['vulnerabilities']
): ConfigIssue[] {
  return error.issues.map(issue => {
    const path = [
      ...prefix,
      ...issue.path.map(key => (typeof key === 'number' ? key : String(key)))
    ]
    const text =
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(k => `\`${k}\``).join(', ')}`
        : issue.message
    return { path, message: `${formatKeyPath(path)}: ${text}` }
  })
}

export function parseVulnerabilitiesConfig(
  input: unknown
): { ok: true; config: VulnerabilitiesConfig } | { ok: false; issues: ConfigIssue[] } {
  const parsed = vulnerabilitiesConfigSchema.safeParse(input ?? {})
  return parsed.success
    ? { ok: true, config: parsed.data }
    : { ok: false, issues: configIssues(parsed.error) }
}

/** An ignore stops applying after its `expires` day (UTC). */
export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  return entry.expires !== undefined && entry.expires < now.toISOString().slice(0, 10)
}

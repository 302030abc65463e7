import { z } from 'zod'

/** Severities a finding can have, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Thresholds for failing the gate: a severity, or `none` to never fail on findings. */
export const THRESHOLDS = ['critical', 'high', 'medium', 'low', 'none'] as const
export type Threshold = (typeof THRESHOLDS)[number]

export const SCANNERS = ['iac', 'deps'] as const
export type Scanner = (typeof SCANNERS)[number]

export const COMMENT_MODES = ['review', 'summary', 'off'] as const
export const GATE_ON = ['new', 'all'] as const
export const ON_ERROR = ['fail', 'warn'] as const

/**
 * The gate's settings that both the config file and the action inputs can hold. The defaults live
 * here and only here: an input default in action.yml would silently override the file.
 */
export const GateSettingsSchema = z.strictObject({
  'fail-on-severity': z.enum(THRESHOLDS).default('high'),
  'gate-on': z.enum(GATE_ON).default('new'),
  scanners: z
    .array(z.enum(SCANNERS))
    .min(1, 'expected at least one scanner')
    .default([...SCANNERS]),
  'comment-mode': z.enum(COMMENT_MODES).default('review'),
  'on-error': z.enum(ON_ERROR).default('fail'),
  'max-file-size': z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  'exclude-paths': z.array(z.string().min(1)).default([])
})

/** `.serverless-gate.yml`. Later sections (rules, ignores, vulnerabilities) extend this schema. */
export const ConfigFileSchema = GateSettingsSchema.extend({
  version: z.literal(1).default(1)
})

export type GateSettings = z.infer<typeof GateSettingsSchema>
export type ConfigFile = z.infer<typeof ConfigFileSchema>
export type ConfigFileInput = z.input<typeof ConfigFileSchema>

import * as z from 'zod'
import {
  COMMENT_MODES,
  GATE_ON,
  globText,
  MAX_GLOBS,
  ON_ERROR,
  PR_SCOPES,
  SCANNERS,
  THRESHOLDS,
  tooMany
} from './enums.js'
import { PolicySectionsSchema } from './policy-schema.js'
import { DEFAULT_MAX_FILE_BYTES } from '../../sources/types.js'

export * from './enums.js'

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
  'pr-scope': z.enum(PR_SCOPES).default('changed'),
  'max-file-size': z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
  'exclude-paths': z.array(globText()).max(MAX_GLOBS, tooMany(MAX_GLOBS, 'globs')).default([])
})

/** `.serverless-gate.yml`. */
export const ConfigFileSchema = GateSettingsSchema.extend({
  version: z.literal(1).default(1),
  ...PolicySectionsSchema
})

export type GateSettings = z.infer<typeof GateSettingsSchema>
export type ConfigFile = z.infer<typeof ConfigFileSchema>
export type ConfigFileInput = z.input<typeof ConfigFileSchema>

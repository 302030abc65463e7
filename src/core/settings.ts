import { ConfigError } from '../sources/errors.js'
import { GateSettingsSchema, type ConfigFile, type GateSettings } from '../policy/config/schema.js'
import { describeIssues } from '../policy/config/errors.js'

/** Settings given explicitly (action inputs, CLI flags): each one present only when the user set it. */
export type ExplicitSettings = Partial<Record<keyof GateSettings, unknown>>

/**
 * The settings in force: an explicit input wins over the config file, which wins over the
 * built-in default. Explicit values are validated like the file's, and name the input on error.
 */
export function resolveSettings(
  explicit: ExplicitSettings,
  file: ConfigFile,
  source = 'input'
): GateSettings {
  const given = Object.fromEntries(Object.entries(explicit).filter(([, v]) => v !== undefined))
  const fromFile = Object.fromEntries(
    Object.keys(GateSettingsSchema.shape).map(k => [k, file[k as keyof ConfigFile]])
  )
  const result = GateSettingsSchema.safeParse({ ...fromFile, ...given })
  if (!result.success) {
    const messages = describeIssues(result.error.issues, () => []).map(i => i.message)
    throw new ConfigError(`invalid ${source}: ${messages.join('; ')}`)
  }
  return result.data
}

/** A comma- or newline-separated input as a list; empty means not given. */
export function listInput(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  return raw
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
}

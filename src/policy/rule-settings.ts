import type { ConfigFile } from './config/schema.js'
import type { RuleSettings } from './engine/evaluate.js'
import type { Severity } from './config/enums.js'

/** `rules:` from the config: rules switched off and severity overrides. */
export function ruleSettingsOf(config: ConfigFile, now: Date): RuleSettings {
  const disabled = new Set<string>()
  const severities = new Map<string, Severity>()
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting === 'off') disabled.add(id)
    else if (setting) severities.set(id, setting.severity)
  }
  return { disabled, severities, now }
}

import type { ConfigFile } from './config/schema.js'
import { customRule } from './custom/evaluate.js'
import type { RuleSettings } from './engine/evaluate.js'
import { DIFF_RULES } from './rules/diff/index.js'
import { CATALOG } from './rules/index.js'
import type { DiffRule, Rule } from './types.js'
import type { Severity } from './config/enums.js'

/** The catalog plus the config file's custom rules; diff rules apart. */
export function activeRules(config: ConfigFile): { catalog: Rule[]; diff: readonly DiffRule[] } {
  return { catalog: [...CATALOG, ...config['custom-rules'].map(customRule)], diff: DIFF_RULES }
}

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

import type { ConfigFile } from './config/schema.js'
import { customRule } from './custom/evaluate.js'
import { DIFF_RULES } from './rules/diff/index.js'
import { CATALOG } from './rules/index.js'
import type { DiffRule, Rule } from './types.js'

/** The catalog plus the config file's custom rules; diff rules apart. */
export function activeRules(config: ConfigFile): { catalog: Rule[]; diff: readonly DiffRule[] } {
  return { catalog: [...CATALOG, ...config['custom-rules'].map(customRule)], diff: DIFF_RULES }
}

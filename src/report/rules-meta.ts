import type { ConfigFile } from '../policy/config/schema.js'
import { customRule } from '../policy/custom/evaluate.js'
import { DIFF_RULES } from '../policy/rules/diff/index.js'
import { CATALOG } from '../policy/rules/index.js'
import { VULNERABLE_DEPENDENCY } from '../policy/rules/deps/vulnerable-dependency.js'
import { PATH_RULES } from '../policy/rules/paths/index.js'
import { INVALID_SUPPRESSION } from '../policy/suppressions/meta.js'
import type { RuleMeta } from '../policy/types.js'

/** Every rule that can produce a finding (the config's custom rules included), each once. */
export function allRuleMeta(config?: Pick<ConfigFile, 'custom-rules'>): RuleMeta[] {
  const custom = (config?.['custom-rules'] ?? []).map(customRule)
  const metas: RuleMeta[] = [
    ...CATALOG,
    ...DIFF_RULES,
    VULNERABLE_DEPENDENCY,
    ...PATH_RULES,
    INVALID_SUPPRESSION,
    ...custom
  ]
  const seen = new Set<string>()
  return metas.filter(r => !seen.has(r.id) && seen.add(r.id))
}

import { INVALID_SUPPRESSION } from '../suppressions/meta.js'
import { VULNERABLE_DEPENDENCY } from './deps/vulnerable-dependency.js'
import { DIFF_RULES } from './diff/index.js'
import { CATALOG } from './index.js'
import { PATH_RULES } from './paths/index.js'

/** Every rule id users can name in the config file and in suppressions. */
export const CATALOG_IDS: readonly string[] = [
  ...CATALOG.map(r => r.id),
  ...DIFF_RULES.map(r => r.id),
  INVALID_SUPPRESSION.id,
  VULNERABLE_DEPENDENCY.id,
  ...PATH_RULES.map(r => r.id)
]

import type { DiffRule } from '../../types.js'
import { diffAuthRemoved } from './diff-auth-removed.js'
import { diffNewPublicEntrypoint } from './diff-new-public-entrypoint.js'
import { diffPermissionGrowth } from './diff-permission-growth.js'
import { diffProtectionRemoved } from './diff-protection-removed.js'

/** Rules that compare base and head. */
export const DIFF_RULES: readonly DiffRule[] = [
  diffAuthRemoved,
  diffNewPublicEntrypoint,
  diffPermissionGrowth,
  diffProtectionRemoved
]

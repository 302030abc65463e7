import type { RuleMeta } from '../../types.js'
import type { PathPart, PathReach } from './matrix.js'

/** What the function must carry for the path: a vulnerability, or a class of permission. */
export type PathNeed = 'vulnerable' | Exclude<PathPart, `vulnerable-${string}`>

/** An attack-path rule: a reach joined with what the function carries. */
export interface PathRule extends RuleMeta {
  reach: PathReach
  needs: PathNeed
}

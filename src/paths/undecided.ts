import type { SourceLocation } from '../model/location.js'
import type { FunctionFacts } from './types.js'

/** Entries whose reach is not known before deployment: listed with --verbose, never a path. */
export function undecidedReach(facts: readonly FunctionFacts[]): {
  ruleId: string
  service: string
  resource: string
  reason: string
  location: SourceLocation
}[] {
  return facts.flatMap(f =>
    f.reach.entries
      .filter(e => e.level === 'unknown')
      .map(e => ({
        ruleId: 'attack-paths',
        service: f.service,
        resource: f.functionId,
        reason: `who can call ${e.what} is not known before deployment, so no attack path is formed through it`,
        location: e.location
      }))
  )
}

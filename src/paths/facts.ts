import type { Model } from '../model/types.js'
import { capabilitiesOf } from './capabilities.js'
import { reachOf } from './reach.js'
import { linkedLockfiles, shipsOf, type VulnerabilityIndex } from './ships.js'
import type { FunctionFacts } from './types.js'

const NOT_SCANNED = 'dependencies are not scanned'

/**
 * Reach and may-do of every function of a model, and the lockfiles it ships. `lockfiles` are the
 * side's lockfile paths (undefined when dependencies are not scanned: every function then ships
 * "unknown"). What the lockfiles hold is added by `withVulnerabilities`.
 */
export function factsOf(model: Model, lockfiles: readonly string[] | undefined): FunctionFacts[] {
  const out: FunctionFacts[] = []
  for (const service of model.services) {
    for (const fn of service.functions) {
      const linked = lockfiles ? linkedLockfiles(service, fn, lockfiles) : []
      out.push({
        service: service.id,
        functionId: fn.id,
        location: fn.loc,
        reach: reachOf(service, fn),
        ships: lockfiles
          ? shipsOf(linked, undefined)
          : { known: false, lockfiles: [], reason: NOT_SCANNED },
        ...capabilitiesOf(service, fn)
      })
    }
  }
  return out
}

/** The facts with what their lockfiles ship, once vulnerabilities are looked up. */
export function withVulnerabilities(
  facts: readonly FunctionFacts[],
  index: VulnerabilityIndex | undefined
): FunctionFacts[] {
  if (!index) return [...facts]
  return facts.map(f =>
    !f.ships.known && f.ships.reason === NOT_SCANNED
      ? f
      : { ...f, ships: shipsOf(f.ships.lockfiles, index) }
  )
}

/** Whether a function can start a path: anyone on the internet, or any AWS account, can call it. */
export function canStartPath(facts: FunctionFacts): boolean {
  return facts.reach.entries.some(e => e.level === 'internet' || e.level === 'any-account')
}

/** The lockfiles whose vulnerabilities matter: those of functions that can start a path. */
export function lockfilesToCheck(facts: readonly FunctionFacts[]): string[] {
  return [...new Set(facts.filter(canStartPath).flatMap(f => f.ships.lockfiles))]
}

import type { PackageRef } from '../deps/types.js'
import type { Model } from '../model/types.js'
import { factsOf, lockfilesToCheck, withVulnerabilities } from './facts.js'
import { findPaths, type AttackPath, type PathSettings } from './find.js'
import type { VulnerabilityLookup } from './lookup.js'
import { indexVulnerabilities } from './ships.js'
import type { FunctionFacts } from './types.js'

export { canStartPath, factsOf } from './facts.js'
export { findPaths, worthTaking, type AttackPath, type PathSettings } from './find.js'
export { defaultPick, pathFinding, type PathChange, type PathPick } from './finding.js'
export { cachedLookup, type VulnerabilityLookup } from './lookup.js'
export { undecidedReach } from './undecided.js'
export type * from './types.js'

/** One side of the join: its model, and its lockfiles' packages when dependencies are scanned. */
export interface PathSide {
  model: Model
  packages?: ReadonlyMap<string, readonly PackageRef[]>
}

export interface SidePaths {
  facts: FunctionFacts[]
  paths: AttackPath[]
}

/**
 * The attack paths of one tree: each function's reach, what it ships and what it may do, joined
 * by the path rules. Vulnerabilities are looked up only for lockfiles of functions that anyone on
 * the internet or any AWS account can call: nothing else can start a path.
 */
export async function attackPathsOf(
  side: PathSide,
  lookup: VulnerabilityLookup,
  settings: PathSettings,
  /** `all`: every function's lockfiles (the inventory); `reachable`: only those that can start a path. */
  scope: 'reachable' | 'all' = 'reachable'
): Promise<SidePaths> {
  const lockfiles = side.packages ? [...side.packages.keys()] : undefined
  const bare = factsOf(side.model, lockfiles)
  const needed = !lockfiles ? [] : scope === 'all' ? lockfiles : lockfilesToCheck(bare)
  const packages = needed.flatMap(l => side.packages?.get(l) ?? [])
  const index = side.packages
    ? indexVulnerabilities(packages.length > 0 ? await lookup(packages) : [], needed)
    : undefined
  const facts = withVulnerabilities(bare, index)
  return { facts, paths: findPaths(facts, settings) }
}

import type { PackageRef } from '../deps/types.js'
import type { PackageFinding } from '../osv/index.js'
import { packageKey } from './ships.js'

/** Looks packages up in the vulnerability database; throws when it cannot answer. */
export type VulnerabilityLookup = (packages: PackageRef[]) => Promise<PackageFinding[]>

/**
 * A lookup that asks the database only about packages not already answered: those the dependency
 * scan checked, or an earlier call (the base and head of a pull request share most packages).
 */
export function cachedLookup(
  answered: { packages: readonly PackageRef[]; findings: readonly PackageFinding[] },
  ask: VulnerabilityLookup | undefined
): VulnerabilityLookup {
  const known = new Map<string, PackageFinding | undefined>(
    answered.packages.map(p => [packageKey(p), undefined])
  )
  for (const f of answered.findings) known.set(packageKey(f.package), f)
  return async packages => {
    const missing = packages.filter(p => !known.has(packageKey(p)))
    if (missing.length > 0) {
      if (!ask)
        throw new Error(
          `${missing.length} package(s) shipped by reachable functions cannot be checked: no vulnerability database is configured`
        )
      for (const p of missing) known.set(packageKey(p), undefined)
      for (const f of await ask(missing)) known.set(packageKey(f.package), f)
    }
    return packages
      .map(p => known.get(packageKey(p)))
      .filter((f): f is PackageFinding => f !== undefined)
  }
}

import { nearestLockfiles } from '../deps/link.js'
import type { PackageRef } from '../deps/types.js'
import type { LambdaFunction, Service } from '../model/types.js'
import type { PackageFinding } from '../osv/index.js'
import { resolveInRepo } from '../sources/paths.js'
import type { Ships, VulnerablePackage } from './types.js'

/** The lockfiles that ship with a function: the nearest ones at or above its code. */
export function linkedLockfiles(
  service: Service,
  fn: LambdaFunction,
  lockfiles: readonly string[]
): string[] {
  // A code path that leaves the repository says nothing about which lockfile ships with it.
  const written = typeof fn.codePath?.value === 'string' ? fn.codePath.value : undefined
  const code = (written && resolveInRepo(service.dir, written)?.replace(/\/$/, '')) || service.dir
  return nearestLockfiles(code, lockfiles)
}

/** Vulnerable packages by lockfile, or undefined when vulnerabilities were not looked up. */
export type VulnerabilityIndex = ReadonlyMap<string, VulnerablePackage[]>

/** What a function ships, given its lockfiles and what is known of their packages. */
export function shipsOf(lockfiles: string[], index: VulnerabilityIndex | undefined): Ships {
  if (lockfiles.length === 0)
    return { known: false, lockfiles, reason: 'no lockfile ships with its code' }
  if (!index || lockfiles.some(l => !index.has(l)))
    return { known: false, lockfiles, reason: 'vulnerabilities were not looked up' }
  return { known: true, lockfiles, vulnerable: lockfiles.flatMap(l => index.get(l) ?? []) }
}

const LEVELS = ['critical', 'high', 'medium', 'low', 'none'] as const

/** Package findings of the vulnerability lookup, indexed by lockfile. */
export function indexVulnerabilities(
  findings: readonly PackageFinding[],
  lockfiles: Iterable<string>
): Map<string, VulnerablePackage[]> {
  const out = new Map<string, VulnerablePackage[]>([...lockfiles].map(l => [l, []]))
  for (const f of findings) {
    const worst =
      LEVELS.find(l => f.vulnerabilities.some(v => v.effectiveLevel === l)) ?? ('none' as const)
    const list = out.get(f.location.file) ?? []
    list.push({
      ecosystem: f.package.ecosystem,
      name: f.package.name,
      version: f.package.version,
      lockfile: f.location.file,
      location: f.location,
      severity: worst,
      ids: f.vulnerabilities.map(v => v.id),
      fixedIn: f.fix.fixedIn
    })
    out.set(f.location.file, list)
  }
  return out
}

/** The identity of a package entry, to tell which were already looked up. */
export function packageKey(p: PackageRef): string {
  return `${p.location.file}\u0000${p.ecosystem}\u0000${p.name}\u0000${p.version}`
}

import {
  affectedEntries,
  isAffected,
  orderingForRange,
  osvVersion,
  type PackageVersion
} from './match.js'
import type { OsvVulnerability } from './schemas.js'
import { comparatorFor } from './versions/index.js'

/** The upgrade that removes one or more vulnerabilities, or why none can be advised. */
export interface FixAdvice {
  /** The smallest version above the installed one that is no longer affected. */
  fixedIn?: string
  /** Set when `fixedIn` is undefined (or fixes only some): what is missing. */
  reason?: string
  /** Ids of the records `fixedIn` fixes. */
  fixes: string[]
  /** Ids of the records it does not fix. */
  unfixed: string[]
}

/** One flaw: the records that describe it (several when OSV holds it under aliases). */
export interface Flaw {
  id: string
  records: OsvVulnerability[]
}

/**
 * The smallest version above the installed one that none of the flaws affects. Candidates are the
 * `fixed` events above the installed version; each is checked against every record's ranges, so a
 * fix for one flaw that is still inside another's range is passed over. When no candidate fixes
 * them all, the one fixing the most is advised and the rest are named as unfixed.
 */
export function smallestFix(flaws: Flaw[], pkg: PackageVersion): FixAdvice {
  const ids = flaws.map(flaw => flaw.id)
  const ordering = comparatorFor(pkg.ecosystem)
  const installed = osvVersion(pkg)
  if (ordering === undefined || !ordering.isValid(installed)) {
    const reason = `version "${pkg.version}" cannot be ordered among ${pkg.ecosystem} versions`
    return { reason, fixes: [], unfixed: ids }
  }
  const records = flaws.flatMap(flaw => flaw.records)
  const candidates = fixedVersions(records, pkg)
    .filter(version => ordering.isValid(version) && ordering.compare(version, installed) > 0)
    .sort((a, b) => ordering.compare(a, b))
  let best: FixAdvice | undefined
  for (const candidate of candidates) {
    const upgraded = { ...pkg, version: candidate }
    const fixed = (flaw: Flaw) => flaw.records.every(r => isAffected(r, upgraded) === false)
    const advice = {
      fixedIn: styled(candidate, pkg),
      fixes: flaws.filter(fixed).map(flaw => flaw.id),
      unfixed: flaws.filter(flaw => !fixed(flaw)).map(flaw => flaw.id)
    }
    if (advice.unfixed.length === 0) return advice
    if (best === undefined || advice.fixes.length > best.fixes.length) best = advice
  }
  if (best !== undefined && best.fixes.length > 0) {
    const unfixed = flaws.filter(flaw => best?.unfixed.includes(flaw.id))
    return { ...best, reason: noFixReason(unfixed, pkg) }
  }
  return { reason: noFixReason(flaws, pkg), fixes: [], unfixed: ids }
}

/** Go users write module versions with their `v`; OSV writes them without. */
function styled(version: string, pkg: PackageVersion): string {
  return pkg.ecosystem === 'Go' && pkg.version.trim().startsWith('v') ? `v${version}` : version
}

function fixedVersions(records: OsvVulnerability[], pkg: PackageVersion): string[] {
  const versions = new Set<string>()
  for (const record of records) {
    for (const entry of affectedEntries(record, pkg)) {
      for (const range of entry.ranges ?? []) {
        if (orderingForRange(range, pkg.ecosystem) === undefined) continue
        for (const event of range.events) if (event.fixed !== undefined) versions.add(event.fixed)
      }
    }
  }
  return [...versions]
}

function noFixReason(flaws: Flaw[], pkg: PackageVersion): string {
  const lastAffected = flaws
    .flatMap(flaw => flaw.records)
    .flatMap(record =>
      affectedEntries(record, pkg).flatMap(entry =>
        (entry.ranges ?? []).flatMap(range => range.events.map(event => event.last_affected))
      )
    )
  const ids = flaws.map(flaw => flaw.id).join(', ')
  const known = lastAffected.filter((v): v is string => v !== undefined)
  const suffix = known.length > 0 ? ` (last affected: ${[...new Set(known)].join(', ')})` : ''
  return `no fixed version of \`${pkg.name}\` is known for ${ids}${suffix}`
}

/** The one-line advice shown to users, e.g. "upgrade `lodash` 4.17.15 → 4.17.21 (fixes 3)". */
export function describeFix(advice: FixAdvice, pkg: PackageVersion): string {
  if (advice.fixedIn === undefined)
    return advice.reason ?? `no fixed version of \`${pkg.name}\` is known`
  const total = advice.fixes.length + advice.unfixed.length
  const count =
    advice.unfixed.length === 0 ? `fixes ${total}` : `fixes ${advice.fixes.length} of ${total}`
  const rest = advice.unfixed.length === 0 ? '' : `; ${advice.reason ?? ''}`
  return `upgrade \`${pkg.name}\` ${pkg.version} → ${advice.fixedIn} (${count}${rest})`
}

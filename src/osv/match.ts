import type { PackageKey, PackageRef } from './package-ref.js'
import type { OsvAffected, OsvEvent, OsvRange, OsvVulnerability } from './schemas.js'
import { comparatorFor, semverOrdering, type VersionComparator } from './versions/index.js'

/**
 * Whether a version is affected by an OSV record, following the schema's evaluation rules
 * (https://ossf.github.io/osv-schema/#evaluation): listed in `versions[]`, or inside one of the
 * `SEMVER` / `ECOSYSTEM` ranges. `GIT` ranges name commits, not versions, and are not evaluated.
 */

export type PackageVersion = Pick<PackageRef, 'ecosystem' | 'name' | 'version'>

/**
 * PyPI names compare after PEP 503 normalization, NuGet package ids whatever their case (NuGet
 * treats them so: `newtonsoft.json` is `Newtonsoft.Json`); every other ecosystem compares names
 * exactly.
 */
export function normalizedName(ecosystem: string, name: string): string {
  if (ecosystem === 'PyPI') return name.toLowerCase().replace(/[-_.]+/g, '-')
  return ecosystem === 'NuGet' ? name.toLowerCase() : name
}

/** The record's `affected[]` entries about this package. */
export function affectedEntries(record: OsvVulnerability, pkg: PackageKey): OsvAffected[] {
  const wanted = normalizedName(pkg.ecosystem, pkg.name)
  return (record.affected ?? []).filter(
    entry =>
      entry.package?.ecosystem === pkg.ecosystem &&
      normalizedName(pkg.ecosystem, entry.package.name) === wanted
  )
}

/** The version as OSV writes it: Go module versions without their leading `v`. */
export function osvVersion(pkg: Pick<PackageRef, 'ecosystem' | 'version'>): string {
  const version = pkg.version.trim()
  return pkg.ecosystem === 'Go' ? version.replace(/^v/, '') : version
}

/** The ordering that evaluates a range of this type, if it is one that orders versions. */
export function orderingForRange(
  range: OsvRange,
  ecosystem: string
): VersionComparator | undefined {
  if (range.type === 'SEMVER') return semverOrdering
  if (range.type === 'ECOSYSTEM') return comparatorFor(ecosystem)
  return undefined
}

/**
 * True when inside the range, false when outside, undefined when the range cannot be evaluated
 * (a commit range, or a version the ordering does not understand).
 */
export function rangeContains(
  range: OsvRange,
  version: string,
  ordering: VersionComparator
): boolean | undefined {
  if (!ordering.isValid(version)) return undefined
  const events = range.events
  if (!events.every(event => eventIsComparable(event, ordering))) return undefined
  const limits = events
    .map(event => event.limit)
    .filter((limit): limit is string => limit !== undefined)
  if (
    limits.length > 0 &&
    !limits.some(limit => limit === '*' || ordering.compare(version, limit) < 0)
  ) {
    return false
  }
  let affected = false
  for (const event of sortEvents(events, ordering)) {
    if (event.introduced !== undefined && atOrAbove(version, event.introduced, ordering))
      affected = true
    else if (event.fixed !== undefined && ordering.compare(version, event.fixed) >= 0)
      affected = false
    else if (
      event.last_affected !== undefined &&
      ordering.compare(version, event.last_affected) > 0
    ) {
      affected = false
    }
  }
  return affected
}

function eventVersion(event: OsvEvent): string {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? ''
}

function eventIsComparable(event: OsvEvent, ordering: VersionComparator): boolean {
  const version = eventVersion(event)
  return event.introduced === '0' || version === '*' || ordering.isValid(version)
}

/** `introduced: "0"` means "from the very first version". */
function atOrAbove(version: string, introduced: string, ordering: VersionComparator): boolean {
  return introduced === '0' || ordering.compare(version, introduced) >= 0
}

function sortEvents(events: OsvEvent[], ordering: VersionComparator): OsvEvent[] {
  const sortable = events.filter(event => event.limit === undefined)
  return sortable.sort((a, b) => {
    if (a.introduced === '0') return b.introduced === '0' ? 0 : -1
    if (b.introduced === '0') return 1
    return ordering.compare(eventVersion(a), eventVersion(b))
  })
}

/**
 * Whether the package's version is affected by the record: true, false, or undefined when nothing
 * in the record could be evaluated for this version (it is not a version the ecosystem orders).
 */
export function isAffected(record: OsvVulnerability, pkg: PackageVersion): boolean | undefined {
  const version = osvVersion(pkg)
  let undecided = false
  for (const entry of affectedEntries(record, pkg)) {
    if (listsVersion(entry, version, pkg.ecosystem)) return true
    for (const range of entry.ranges ?? []) {
      const ordering = orderingForRange(range, pkg.ecosystem)
      if (ordering === undefined) continue
      const inside = rangeContains(range, version, ordering)
      if (inside === true) return true
      if (inside === undefined) undecided = true
    }
  }
  return undecided ? undefined : false
}

function listsVersion(entry: OsvAffected, version: string, ecosystem: string): boolean {
  const listed = entry.versions ?? []
  if (listed.includes(version)) return true
  const ordering = comparatorFor(ecosystem)
  if (ordering === undefined || !ordering.isValid(version)) return false
  return listed.some(item => ordering.isValid(item) && ordering.compare(item, version) === 0)
}

import { diagnostic, type Diagnostic, type SourceLocation } from '../model/location.js'
import { groupByAlias, type AliasGroup } from './aliases.js'
import {
  DEFAULT_VULNERABILITIES_CONFIG,
  type IgnoreEntry,
  type VulnerabilitiesConfig
} from './config.js'
import { describeFix, smallestFix, type FixAdvice } from './fix.js'
import { IgnoreBook, type ExpiredIgnore } from './ignores.js'
import { affectedEntries, osvVersion } from './match.js'
import type { PackageRef } from './package-ref.js'
import type { OsvVulnerability } from './schemas.js'
import {
  highestSeverity,
  loadCvssScoring,
  needsCvssScoring,
  recordSeverity,
  severityRank,
  type Severity,
  type SeverityLevel
} from './severity.js'
import type { OsvSource } from './source.js'
import { comparatorFor } from './versions/index.js'

export interface VulnerabilityFinding {
  /** The id shown for the flaw: its GHSA record when there is one. */
  id: string
  /** Its other ids (CVE, PYSEC, GO, RUSTSEC...), reported under `id` once. */
  aliases: string[]
  summary?: string
  severity: Severity
  /** The level the policy acts on: an `unknown` severity counts as `unknown-severity-as`. */
  effectiveLevel: Exclude<SeverityLevel, 'unknown'>
  fix: FixAdvice
  modified: string
  url: string
  /** An ignore that covered this vulnerability but has expired, so no longer does. */
  expiredIgnore?: IgnoreEntry
}

export interface PackageFinding {
  package: PackageRef
  /** The lockfile entry to report on. */
  location: SourceLocation
  vulnerabilities: VulnerabilityFinding[]
  /** The smallest upgrade that fixes all of them (or the most, saying which remain). */
  fix: FixAdvice
  /** E.g. "upgrade `lodash` 4.17.15 → 4.17.21 (fixes 3)". */
  advice: string
}

export interface IgnoredVulnerability {
  package: PackageRef
  vulnerability: VulnerabilityFinding
  because: 'ignore' | 'only-fixable'
  ignore?: IgnoreEntry
}

export interface ScanResult {
  findings: PackageFinding[]
  ignored: IgnoredVulnerability[]
  unusedIgnores: IgnoreEntry[]
  expiredIgnores: ExpiredIgnore[]
  /** Packages that could not be fully checked, at their lockfile location. */
  errors: Diagnostic[]
}

export interface ScanOptions {
  /** "Today", for ignore expiry. */
  now?: Date
}

/**
 * Looks the packages up in `source` and reports, per package, the vulnerabilities that affect it:
 * withdrawn records dropped, records of one flaw merged by alias, severity and fix advice
 * computed, and the configuration (dev dependencies, ignores, only-fixable) applied. A source that
 * cannot answer completely throws (`OsvUnavailableError`); nothing partial is returned.
 */
export async function scanPackages(
  packages: readonly PackageRef[],
  source: OsvSource,
  config: VulnerabilitiesConfig = DEFAULT_VULNERABILITIES_CONFIG,
  options: ScanOptions = {}
): Promise<ScanResult> {
  const selected = config['include-dev'] ? [...packages] : packages.filter(pkg => pkg.dev !== true)
  const lookup = await source.lookup(selected)
  const book = new IgnoreBook(config.ignore, options.now ?? new Date())
  const result: ScanResult = {
    findings: [],
    ignored: [],
    unusedIgnores: [],
    expiredIgnores: [],
    errors: []
  }
  result.errors.push(...lookup.diagnostics)
  if (needsCvssScoring([...lookup.records.values()].flat())) await loadCvssScoring()
  selected.forEach((pkg, index) => {
    // Most packages have no record: nothing is allocated for them.
    const found = lookup.records.get(index)
    if (found === undefined) return
    const records = found.filter(record => record.withdrawn === undefined)
    if (records.length === 0) return
    const finding = packageFinding(pkg, records, config, book, result)
    if (finding !== undefined) result.findings.push(finding)
  })
  result.unusedIgnores = book.unused()
  result.expiredIgnores = book.expired()
  result.findings.sort(byLocation)
  return result
}

function packageFinding(
  pkg: PackageRef,
  records: OsvVulnerability[],
  config: VulnerabilitiesConfig,
  book: IgnoreBook,
  result: ScanResult
): PackageFinding | undefined {
  const kept: { group: AliasGroup; finding: VulnerabilityFinding }[] = []
  for (const group of groupByAlias(records)) {
    const finding = vulnerabilityFinding(group, pkg, config)
    const ignore = book.match(group, pkg)
    if (ignore !== undefined) {
      result.ignored.push({ package: pkg, vulnerability: finding, because: 'ignore', ignore })
    } else if (config['only-fixable'] && finding.fix.fixedIn === undefined) {
      result.ignored.push({ package: pkg, vulnerability: finding, because: 'only-fixable' })
    } else {
      finding.expiredIgnore = book.expiredFor(group)
      kept.push({ group, finding })
    }
  }
  if (kept.length === 0) return undefined
  warnIfUnordered(pkg, result)
  const fix = smallestFix(
    kept.map(({ group }) => group),
    pkg
  )
  const vulnerabilities = kept.map(({ finding }) => finding).sort(bySeverityThenId)
  return {
    package: pkg,
    location: pkg.location,
    vulnerabilities,
    fix,
    advice: describeFix(fix, pkg)
  }
}

function vulnerabilityFinding(
  group: AliasGroup,
  pkg: PackageRef,
  config: VulnerabilitiesConfig
): VulnerabilityFinding {
  const severity = highestSeverity(
    group.records.map(record => recordSeverity(record, namesFor(record, pkg)))
  )
  const main =
    group.records.find(record => record.id === group.id) ?? (group.records[0] as OsvVulnerability)
  return {
    id: group.id,
    aliases: group.aliases,
    summary: main.summary ?? group.records.find(record => record.summary !== undefined)?.summary,
    severity,
    effectiveLevel: severity.level === 'unknown' ? config['unknown-severity-as'] : severity.level,
    fix: smallestFix([group], pkg),
    modified: main.modified,
    url: `https://osv.dev/vulnerability/${encodeURIComponent(group.id)}`
  }
}

/** The record's package names for this package, so per-package severities are the ones used. */
function namesFor(record: OsvVulnerability, pkg: PackageRef): Set<string> | undefined {
  const names = affectedEntries(record, pkg).map(entry => entry.package?.name ?? '')
  return names.length > 0 ? new Set(names) : undefined
}

function warnIfUnordered(pkg: PackageRef, result: ScanResult): void {
  if (comparatorFor(pkg.ecosystem)?.isValid(osvVersion(pkg)) === true) return
  result.errors.push(
    diagnostic(
      pkg.location.file,
      `${pkg.ecosystem} package \`${pkg.name}\` has version "${pkg.version}", which cannot be ordered: no fix version can be advised`,
      'osv-version-unordered',
      pkg.location,
      'warning'
    )
  )
}

function bySeverityThenId(a: VulnerabilityFinding, b: VulnerabilityFinding): number {
  return (
    severityRank(b.effectiveLevel) - severityRank(a.effectiveLevel) ||
    (b.severity.score ?? -1) - (a.severity.score ?? -1) ||
    a.id.localeCompare(b.id)
  )
}

function byLocation(a: PackageFinding, b: PackageFinding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.package.name.localeCompare(b.package.name)
  )
}

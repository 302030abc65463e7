import semver from 'semver'
import { comparatorFrom, type VersionComparator } from './types.js'

/**
 * Parses a Semantic Versioning 2.0 version. Advisories sometimes shorten bounds to `1.0` or `0.1`,
 * which are read as `1.0.0` and `0.1.0`.
 */
export function parseSemver(version: string): semver.SemVer | undefined {
  const text = version.trim()
  const padded = /^\d+(\.\d+)?$/.test(text) ? `${text}.0.0`.split('.').slice(0, 3).join('.') : text
  return semver.parse(padded) ?? undefined
}

function semverComparator(name: string, parse: (v: string) => semver.SemVer | undefined) {
  return comparatorFrom(name, parse, (a, b) => a.compare(b))
}

/** Strict SemVer 2.0, as the OSV schema's `SEMVER` range type requires. */
export const semverOrdering: VersionComparator = semverComparator('SEMVER', parseSemver)

/** npm orders versions by SemVer 2.0. */
export const npmOrdering: VersionComparator = semverComparator('npm', parseSemver)

/** Cargo orders crate versions by SemVer 2.0. */
export const cratesOrdering: VersionComparator = semverComparator('crates.io', parseSemver)

/**
 * Go module versions are SemVer with a leading `v` (which OSV records leave out); pseudo-versions
 * such as `v0.0.0-20200220183623-bac4c82f6975` are SemVer pre-releases and order correctly.
 */
export const goOrdering: VersionComparator = semverComparator('Go', version =>
  parseSemver(version.trim().replace(/^v/, ''))
)

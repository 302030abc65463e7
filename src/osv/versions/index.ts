import type { Ecosystem } from '../package-ref.js'
import { mavenOrdering } from './maven.js'
import { nugetOrdering } from './nuget.js'
import { packagistOrdering } from './packagist.js'
import { pypiOrdering } from './pypi.js'
import { rubygemsOrdering } from './rubygems.js'
import { cratesOrdering, goOrdering, npmOrdering, semverOrdering } from './semver.js'
import type { VersionComparator } from './types.js'

export { InvalidVersionError, type VersionComparator } from './types.js'
export { semverOrdering }

const BY_ECOSYSTEM: Record<Ecosystem, VersionComparator> = {
  npm: npmOrdering,
  PyPI: pypiOrdering,
  Go: goOrdering,
  'crates.io': cratesOrdering,
  RubyGems: rubygemsOrdering,
  Packagist: packagistOrdering,
  Maven: mavenOrdering,
  NuGet: nugetOrdering
}

/**
 * The ordering for an OSV ecosystem name. OSV may suffix an ecosystem (`Maven:https://repo...`,
 * `Packagist:https://...`); the part before the colon decides the ordering. Undefined for an
 * ecosystem this gate does not read.
 */
export function comparatorFor(ecosystem: string): VersionComparator | undefined {
  const base = ecosystem.split(':')[0] as Ecosystem
  return Object.hasOwn(BY_ECOSYSTEM, base) ? BY_ECOSYSTEM[base] : undefined
}

/**
 * Orders two versions of one ecosystem exactly as its package manager does; undefined when the
 * ecosystem is not one this gate reads or either version is not a version of it.
 */
export function compareVersions(ecosystem: string, a: string, b: string): number | undefined {
  const comparator = comparatorFor(ecosystem)
  if (comparator === undefined || !comparator.isValid(a) || !comparator.isValid(b)) return undefined
  return comparator.compare(a, b)
}

import type { SourceLocation } from '../../model/location.js'
import type { PackageCollector } from './collector.js'

interface NameVersion {
  name: string
  version: string
}

/**
 * A registry tarball is the package its URL names, whatever the entry says: the package manager
 * installs the tarball. An entry resolved to another package's tarball (`left-pad` 1.3.0 from
 * `/lodash/-/lodash-4.17.20.tgz`) is a rewritten lockfile or a broken one: both packages are
 * checked, and the mismatch is an error at the entry.
 */
export function checkRegistryTarball(
  claimed: NameVersion,
  resolved: string | undefined,
  location: SourceLocation,
  out: PackageCollector,
  add: (served: NameVersion) => void
): void {
  if (resolved === undefined || servesClaimed(resolved, claimed)) return
  const served = tarballPackage(resolved)
  if (!served) return
  if (served === 'unknown') {
    out.error(
      `resolved to a registry tarball whose package and version cannot be told from its URL, not ${claimed.name}@${claimed.version}`,
      'tarball-mismatch',
      location
    )
    return
  }
  if (served.name === claimed.name && bare(served.version) === bare(claimed.version)) return
  out.error(
    `resolved to the registry tarball of ${served.name}@${served.version}, not ${claimed.name}@${claimed.version}: both are checked`,
    'tarball-mismatch',
    location
  )
  add(served)
}

/**
 * Whether the URL plainly ends in the claimed package's own tarball (`…/lodash/-/lodash-4.17.21.tgz`),
 * as nearly every entry does: answered without taking the URL apart. Anything less plain (a query,
 * percent-escapes, a scope folder above an unscoped name) is left to `tarballPackage`.
 */
function servesClaimed(url: string, claimed: NameVersion): boolean {
  const unscoped = claimed.name.slice(claimed.name.lastIndexOf('/') + 1)
  const file = `/${claimed.name}/-/${unscoped}-${claimed.version}.tgz`
  if (!url.endsWith(file) || !/^https?:\/\/[^?#%]*$/.test(url)) return false
  const at = url.length - file.length
  const above = url.slice(url.lastIndexOf('/', at - 1) + 1, at)
  return claimed.name.includes('/') || !above.startsWith('@')
}

/**
 * The package a registry tarball URL serves: `…/lodash/-/lodash-4.17.20.tgz`,
 * `…/@scope/name/-/name-1.0.0.tgz` (some registries repeat the scope after `/-/`), read after
 * percent-decoding as the registry reads it. Undefined for URLs that are not registry tarballs;
 * `unknown` for one whose file does not name its package.
 */
export function tarballPackage(url: string): NameVersion | 'unknown' | undefined {
  const clean = url.replace(/[?#].*$/, '')
  const dash = clean.lastIndexOf('/-/')
  if (dash === -1 || !/^https?:\/\//.test(clean)) return undefined
  const path = clean.slice(0, dash).split('/')
  const last = decoded(path[path.length - 1] ?? '')
  const scope = decoded(path[path.length - 2] ?? '')
  const name = !last.includes('/') && scope.startsWith('@') ? `${scope}/${last}` : last
  const unscoped = name.slice(name.lastIndexOf('/') + 1)
  const file = decoded(
    clean
      .slice(dash + 3)
      .split('/')
      .pop() ?? ''
  )
  if (unscoped === '' || !file.startsWith(`${unscoped}-`) || !file.endsWith('.tgz'))
    return 'unknown'
  const version = file.slice(unscoped.length + 1, -'.tgz'.length)
  return version === '' ? 'unknown' : { name, version }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A version as registries name tarballs: no leading `v`, no build metadata. */
function bare(version: string): string {
  return version.replace(/^v/, '').replace(/\+.*$/, '')
}

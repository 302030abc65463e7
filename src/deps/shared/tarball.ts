import type { SourceLocation } from '../../model/location.js'
import type { PackageCollector } from './collector.js'

interface NameVersion {
  name: string
  version: string
}

/**
 * A registry tarball is the package its URL names, whatever the entry says: the package manager
 * installs the tarball. An entry resolved to another package's tarball (`left-pad` 1.3.0 from
 * `/lodash/-/lodash-4.17.20.tgz`) is a rewritten lockfile or a broken one: the mismatch is an
 * error at the entry, and the tarball's package is returned, for the caller to check it too.
 */
export function otherTarballPackage(
  name: string,
  version: string,
  resolved: string | undefined,
  location: SourceLocation,
  out: PackageCollector
): NameVersion | undefined {
  if (resolved === undefined || servesClaimed(resolved, name, version)) return undefined
  const served = tarballPackage(resolved)
  if (!served) return undefined
  if (served === 'unknown') {
    out.error(
      `resolved to a registry tarball whose package and version cannot be told from its URL, not ${name}@${version}`,
      'tarball-mismatch',
      location
    )
    return undefined
  }
  if (served.name === name && bare(served.version) === bare(version)) return undefined
  out.error(
    `resolved to the registry tarball of ${served.name}@${served.version}, not ${name}@${version}: both are checked`,
    'tarball-mismatch',
    location
  )
  return served
}

/**
 * Whether the URL plainly ends in the claimed package's own tarball (`…/lodash/-/lodash-4.17.21.tgz`),
 * as nearly every entry does: answered without taking the URL apart. Anything less plain (a query,
 * percent-escapes, a scope folder above an unscoped name) is left to `tarballPackage`.
 */
function servesClaimed(url: string, name: string, version: string): boolean {
  // Compared in place, without building strings: this runs for every entry of a large lockfile.
  const slash = name.lastIndexOf('/')
  const unscopedLength = name.length - slash - 1
  // `/<name>/-/<unscoped>-<version>.tgz` at the end of the URL.
  const length = 1 + name.length + 3 + unscopedLength + 1 + version.length + 4
  const at = url.length - length
  if (at < 0 || !plainUrl(url)) return false
  const fileAt = at + 1 + name.length + 3
  const plain =
    url.charCodeAt(at) === SLASH &&
    url.startsWith(name, at + 1) &&
    url.startsWith('/-/', at + 1 + name.length) &&
    sameAt(url, fileAt, name, slash + 1) &&
    url.charCodeAt(fileAt + unscopedLength) === DASH &&
    url.startsWith(version, fileAt + unscopedLength + 1) &&
    url.endsWith('.tgz')
  if (!plain) return false
  // An unscoped name under a scope folder (`/@org/lodash/-/…`) is that scope's package.
  return slash !== -1 || url.charCodeAt(url.lastIndexOf('/', at - 1) + 1) !== AT
}

/** An http(s) URL with no query, fragment or percent-escape: what it says is what it is. */
function plainUrl(url: string): boolean {
  return (
    (url.startsWith('https://') || url.startsWith('http://')) &&
    !url.includes('?') &&
    !url.includes('#') &&
    !url.includes('%')
  )
}

/** Whether `url` holds `text` from `from` on at `at`, compared character by character. */
function sameAt(url: string, at: number, text: string, from: number): boolean {
  for (let i = from; i < text.length; i++)
    if (url.charCodeAt(at + i - from) !== text.charCodeAt(i)) return false
  return true
}

const SLASH = 0x2f
const DASH = 0x2d
const AT = 0x40

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

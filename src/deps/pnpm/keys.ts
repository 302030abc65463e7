import { splitAtVersion, splitNameFromRange } from '../shared/names.js'

/** Which key syntax a lockfile uses: `/name/1.0.0_peer` (5.x), `/name@1.0.0(peer)` (6 to 8), `name@1.0.0(peer)` (9+). */
export type KeyStyle = 'v5' | 'v6' | 'v9'

export interface NameVersion {
  name: string
  version: string
}

/** The name and version a `packages` key stands for, peer suffixes dropped. */
export function parsePackageKey(key: string, style: KeyStyle): NameVersion | undefined {
  if (style === 'v5') return parseV5Key(key)
  const bare = key.startsWith('/') ? key.slice(1) : key
  return withoutUnderscorePeers(bare) ?? splitAtVersion(withoutPeers(bare))
}

/**
 * `express@4.17.1_ws@7.4.0`: a 5.x peer suffix on a 6.x key. `_` is never part of a version, so
 * this is express 4.17.1, not a package named `express@4.17.1_ws`. Undefined for keys without one.
 */
function withoutUnderscorePeers(bare: string): NameVersion | undefined {
  const split = splitNameFromRange(withoutPeers(bare))
  const underscore = split?.range.indexOf('_') ?? -1
  if (!split || underscore === -1 || !/^\d/.test(split.range)) return undefined
  return { name: split.name, version: split.range.slice(0, underscore) }
}

/**
 * A package from a registry other than the default one: 5.x writes its host first
 * (`registry.npmjs.org/foo/1.1.0`, `example.com:4873/@scope/foo/1.2.0`), without the leading
 * slash of default-registry keys (`/highlight.js/10.0.0` is a package, not a host).
 */
const REGISTRY_HOST = /^((?:[a-z0-9-]+\.)+[a-z0-9-]+|localhost)(:\d+)?\//i

/** `/@scope/name/1.0.0_peer@2.0.0` (or with a registry host first) → `@scope/name` and `1.0.0`. */
function parseV5Key(key: string): NameVersion | undefined {
  const host = REGISTRY_HOST.exec(key)
  if (host) return parseV5Key(`/${key.slice(host[0].length)}`)
  if (!key.startsWith('/')) return undefined
  const parts = key.slice(1).split('/')
  const scoped = parts[0]?.startsWith('@') === true
  const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0]
  const version = (scoped ? parts[2] : parts[1])?.split('_')[0]
  // Some 5.x lockfiles already use `/name@1.0.0`: read those like the 6.x keys.
  if (!version && name) return splitAtVersion(withoutPeers(key.slice(1)))
  return name && version ? { name, version } : undefined
}

/** `1.0.0(react@18.0.0)(b@1)` → `1.0.0`. */
export function withoutPeers(text: string): string {
  const paren = text.indexOf('(')
  return paren === -1 ? text : text.slice(0, paren)
}

/** A source in place of a version: a tarball or git URL, a local folder or tarball. */
const SOURCE = /^[a-z][a-z0-9+.-]*:/i

/**
 * The package an importer or snapshot dependency points at, from its name and the version it
 * resolved to: a plain version (`1.0.0(peer@1)`, `1.0.0_peer@1`), a source (`file:x`, a git or
 * tarball URL, kept whole as 9.x keys its package `name@<source>`), an alias to another package
 * (`string-width@4.2.3`, `/string-width/4.2.3`), or a link to a workspace folder (undefined).
 */
export function dependencyTarget(
  name: string,
  ref: string,
  style: KeyStyle
): NameVersion | undefined {
  if (ref.startsWith('link:')) return undefined
  if (ref.startsWith('/') || (style === 'v5' && REGISTRY_HOST.test(ref)))
    return parsePackageKey(ref, style)
  const bare = withoutPeers(ref)
  const code = bare.charCodeAt(0)
  if (code >= 48 && code <= 57) return { name, version: bare.split('_')[0] as string }
  if (SOURCE.test(bare)) return { name, version: bare }
  return splitAtVersion(bare)
}

export function keyStyleOf(lockfileVersion: number): KeyStyle {
  if (lockfileVersion < 6) return 'v5'
  return lockfileVersion < 9 ? 'v6' : 'v9'
}

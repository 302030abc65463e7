import type { Ecosystem, PackageRef } from './types.js'
import { fallbackCompare, type VersionComparator } from './version-order.js'

/** Lockfiles of one side of a pull request: root-relative path → its packages. */
export type LockfileSet = ReadonlyMap<string, readonly PackageRef[]>

export interface VersionChange {
  from: PackageRef
  to: PackageRef
}

export interface LockfileDiff {
  path: string
  /** `added`/`removed`: the lockfile exists on one side only. */
  status: 'added' | 'removed' | 'modified' | 'unchanged'
  /** The base version of this lockfile exists but could not be read: nothing to compare with. */
  baseUnreadable: boolean
  added: PackageRef[]
  removed: PackageRef[]
  upgraded: VersionChange[]
  downgraded: VersionChange[]
}

export interface DependencyDiff {
  /**
   * False when the base side could not be read at all. Every head package is then in
   * `newInHead`, and the caller decides whether to fail or to report it all as new; the head is
   * never compared with itself.
   */
  baseReadable: boolean
  lockfiles: LockfileDiff[]
  /**
   * Head packages whose ecosystem, name and version are in no base lockfile at all: what the
   * pull request introduces. A lockfile moved or renamed with the same packages adds nothing.
   */
  newInHead: PackageRef[]
}

export interface DiffOptions {
  compare?: VersionComparator
  /** Lockfiles whose base version exists but could not be read or parsed. */
  unreadableBase?: Iterable<string>
}

/** Compares the lockfiles of the base and the head of a pull request. */
export function diffDependencies(
  base: LockfileSet | undefined,
  head: LockfileSet,
  options: DiffOptions = {}
): DependencyDiff {
  const compare = options.compare ?? fallbackCompare
  const unreadable = new Set(options.unreadableBase ?? [])
  const baseSet = base ?? new Map<string, PackageRef[]>()
  const paths = [...new Set([...baseSet.keys(), ...head.keys()])].sort()
  const lockfiles = paths.map(path =>
    diffLockfile(path, baseSet.get(path), head.get(path), unreadable.has(path), compare)
  )
  const known = new Set<string>()
  for (const refs of baseSet.values()) for (const ref of refs) known.add(identity(ref))
  const newInHead = [...head.values()].flatMap(refs =>
    refs.filter(ref => !known.has(identity(ref)))
  )
  return { baseReadable: base !== undefined, lockfiles, newInHead }
}

function diffLockfile(
  path: string,
  base: readonly PackageRef[] | undefined,
  head: readonly PackageRef[] | undefined,
  baseUnreadable: boolean,
  compare: VersionComparator
): LockfileDiff {
  const out: LockfileDiff = {
    path,
    status: 'unchanged',
    baseUnreadable,
    added: [],
    removed: [],
    upgraded: [],
    downgraded: []
  }
  if (base === undefined || head === undefined) {
    out.status = base === undefined ? 'added' : 'removed'
    if (base === undefined) out.added = [...(head ?? [])]
    else out.removed = [...base]
    return out
  }
  const before = byPackage(base)
  const after = byPackage(head)
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    compareVersions(before.get(key) ?? new Map(), after.get(key) ?? new Map(), out, compare)
  }
  const changed =
    out.added.length + out.removed.length + out.upgraded.length + out.downgraded.length
  out.status = changed > 0 ? 'modified' : 'unchanged'
  return out
}

type Versions = Map<string, PackageRef[]>

/**
 * One package name on both sides. Versions only in the head and versions only in the base are
 * paired in order (the oldest removed with the oldest added), each pair an upgrade or a
 * downgrade; what is left over was added or removed.
 */
function compareVersions(
  before: Versions,
  after: Versions,
  out: LockfileDiff,
  compare: VersionComparator
) {
  const sample = [...after.values(), ...before.values()][0]?.[0]
  if (!sample) return
  const order = (a: string, b: string) => compare(sample.ecosystem, a, b)
  const gone = [...before.keys()].filter(v => !after.has(v)).sort(order)
  const come = [...after.keys()].filter(v => !before.has(v)).sort(order)
  const pairs = Math.min(gone.length, come.length)
  for (let i = 0; i < pairs; i++) {
    const from = (before.get(gone[i] as string) as PackageRef[])[0] as PackageRef
    const direction = order(come[i] as string, gone[i] as string)
    if (direction === 0) continue
    const changes = direction > 0 ? out.upgraded : out.downgraded
    for (const to of after.get(come[i] as string) ?? []) changes.push({ from, to })
  }
  for (const v of come.slice(pairs)) out.added.push(...(after.get(v) ?? []))
  for (const v of gone.slice(pairs)) out.removed.push(...(before.get(v) ?? []))
}

/** Package key (ecosystem and name) → version → its refs (npm lists every installed copy). */
function byPackage(refs: readonly PackageRef[]): Map<string, Versions> {
  const out = new Map<string, Versions>()
  for (const ref of refs) {
    const key = `${ref.ecosystem}\u0000${comparableName(ref.ecosystem, ref.name)}`
    const versions = out.get(key) ?? new Map<string, PackageRef[]>()
    versions.set(ref.version, [...(versions.get(ref.version) ?? []), ref])
    out.set(key, versions)
  }
  return out
}

/** Ecosystem, name and version: the identity of a package across lockfiles. */
export function identity(ref: Pick<PackageRef, 'ecosystem' | 'name' | 'version'>): string {
  return `${ref.ecosystem}\u0000${comparableName(ref.ecosystem, ref.name)}\u0000${ref.version}`
}

/** NuGet and Packagist names are case-insensitive; the others are compared as written. */
function comparableName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'NuGet' || ecosystem === 'Packagist' ? name.toLowerCase() : name
}

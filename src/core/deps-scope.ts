import { selectLockfiles } from '../deps/registry.js'
import type { Model } from '../model/types.js'
import { linkedLockfiles } from '../paths/ships.js'
import type { FileSource } from '../sources/types.js'
import { readLockfiles, type LockfileRead } from './lockfiles.js'

/** A pull request's dependency scan narrowed to the lockfiles its change reaches. */
export interface DependencyScope {
  /** Lockfiles the change reaches: read and diffed on both sides. */
  affected: ReadonlySet<string>
  /** The head with every file (the scan's own head may list only what the change reaches). */
  head: FileSource
  /** The base with every file. */
  base: FileSource
  /** Both sides' models: the lockfiles their functions ship are read for the attack paths. */
  models: readonly Model[]
}

/** The lockfiles a scoped scan left unread, and what it read of them to stay exact. */
export interface Unaffected {
  /** Lockfiles of the head the change does not reach. */
  paths: string[]
  /** Packages the base knows besides its affected lockfiles': the same on both sides. */
  known: LockfileRead
  /** Of those, the lockfiles that functions of either side's model ship. */
  shipped: LockfileRead
}

/**
 * What a scoped scan still needs of the lockfiles the change does not reach, which are the same
 * on both sides: their packages when the change adds any (a package is new only if no lockfile
 * of the base has it), and those of the lockfiles the modelled functions ship (their attack
 * paths). They are read once, from the head.
 */
export async function unaffectedLockfiles(
  scope: DependencyScope,
  hasCandidates: boolean
): Promise<Unaffected> {
  const listed = selectLockfiles(await scope.head.list())
  const paths = listed.filter(p => !scope.affected.has(p))
  const unaffected = new Set(paths)
  if (hasCandidates) {
    const known = await readLockfiles(scope.head, unaffected)
    const shipped = await shippedBy(scope, unaffected, known)
    return { paths, known, shipped: subset(known, shipped) }
  }
  const read = emptyRead()
  await shippedBy(scope, unaffected, read)
  return { paths, known: read, shipped: read }
}

/**
 * The unaffected lockfiles the models' functions ship, read into `read` as found. One that
 * cannot be read ships nothing, so the next one up is found, as in a scan of every lockfile.
 */
async function shippedBy(
  scope: DependencyScope,
  unaffected: ReadonlySet<string>,
  read: LockfileRead
): Promise<Set<string>> {
  const lists = await Promise.all([scope.head.list(), scope.base.list()])
  const shipped = new Set<string>()
  for (;;) {
    const missing = new Set<string>()
    scope.models.forEach((model, i) => {
      const readable = selectLockfiles(lists[Math.min(i, 1)] ?? []).filter(
        l => !read.unreadable.includes(l)
      )
      for (const service of model.services)
        for (const fn of service.functions)
          for (const l of linkedLockfiles(service, fn, readable))
            if (unaffected.has(l)) {
              shipped.add(l)
              if (!read.packages.has(l) && !read.unreadable.includes(l)) missing.add(l)
            }
    })
    if (missing.size === 0) return shipped
    merge(read, await readLockfiles(scope.head, missing))
  }
}

function emptyRead(): LockfileRead {
  return { packages: new Map(), diagnostics: [], unreadable: [] }
}

/** `a` with `b`'s lockfiles added. */
function merge(a: LockfileRead, b: LockfileRead): LockfileRead {
  for (const [path, packages] of b.packages) a.packages.set(path, packages)
  a.diagnostics.push(...b.diagnostics)
  a.unreadable.push(...b.unreadable)
  return a
}

/** Only the lockfiles of `read` named in `paths`. */
function subset(read: LockfileRead, paths: ReadonlySet<string>): LockfileRead {
  return {
    packages: new Map([...read.packages].filter(([p]) => paths.has(p))),
    diagnostics: read.diagnostics.filter(d => paths.has(d.file)),
    unreadable: read.unreadable.filter(p => paths.has(p))
  }
}

/** Both sides joined with the unaffected lockfiles: what a scan of every lockfile would hold. */
export function withUnaffected(side: LockfileRead, extra: LockfileRead): LockfileRead {
  return {
    // In path order, as a read of every lockfile lists them.
    packages: new Map(
      [...side.packages, ...extra.packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    ),
    diagnostics: side.diagnostics,
    unreadable: [...side.unreadable]
  }
}

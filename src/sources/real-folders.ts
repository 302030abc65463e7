import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs'
import { join, sep } from 'node:path'

/**
 * Where repository files really are, for the confinement check of every read. Each folder is
 * looked at once, under its parent's real path, and each file alone in its folder: only a folder
 * or file that is itself a symbolic link is resolved whole. Thousands of files in a monorepo's
 * folders cost one look each, not one per folder above them.
 */
export class RealFolders {
  private readonly known = new Map<string, string | undefined>()

  constructor(private readonly root: string) {}

  /** The real path of the repository's root; its absence is thrown, as the system says it. */
  rootReal(): string {
    return this.folder('') ?? realpathSync.native(this.root)
  }

  /**
   * A root-relative file's real path and its own status there; undefined when it (or a folder
   * above it) is absent. Any other refusal of the system is thrown.
   */
  file(path: string): { real: string; info: Stats } | undefined {
    const slash = path.lastIndexOf('/')
    const folder = this.folder(slash < 0 ? '' : path.slice(0, slash))
    if (folder === undefined) return undefined
    const inFolder = folder + sep + path.slice(slash + 1)
    const own = unlessAbsent(() => lstatSync(inFolder, { throwIfNoEntry: false }))
    if (!own?.isSymbolicLink()) return own && { real: inFolder, info: own }
    const real = unlessAbsent(() => realpathSync.native(join(this.root, path)))
    return real === undefined ? undefined : { real, info: lstatSync(real) }
  }

  private folder(dir: string): string | undefined {
    if (this.known.has(dir)) return this.known.get(dir)
    // A refusal (permissions, a loop) is thrown, never kept: it is the system's answer each time.
    const real = dir === '' ? this.resolved('') : this.below(dir)
    this.known.set(dir, real)
    return real
  }

  /** A folder under its parent's real path, unless it is itself a link (then resolved whole). */
  private below(dir: string): string | undefined {
    const slash = dir.lastIndexOf('/')
    const parent = this.folder(slash < 0 ? '' : dir.slice(0, slash))
    if (parent === undefined) return undefined
    const inParent = parent + sep + dir.slice(slash + 1)
    const own = unlessAbsent(() => lstatSync(inParent, { throwIfNoEntry: false }))
    if (own === undefined) return undefined
    return own.isSymbolicLink() ? this.resolved(dir) : inParent
  }

  private resolved(dir: string): string | undefined {
    return unlessAbsent(() => realpathSync.native(join(this.root, dir)))
  }
}

/**
 * Where the file open as `fd` really is, as the system resolved it when opening: the folders
 * known from a listing may have changed since (a folder swapped for a link while the scan runs).
 * Linux names it in `/proc`; elsewhere the path opened is resolved again.
 */
export function openedPath(fd: number, opened: string): string {
  if (process.platform === 'linux') {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`)
    } catch {
      // No /proc mounted: resolved as on other systems.
    }
  }
  return realpathSync.native(opened)
}

/** The value read, or undefined when the path is not there; any other refusal is thrown. */
export function unlessAbsent<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch (err) {
    if (isAbsence(err)) return undefined
    throw err
  }
}

/** Errors that mean the path is not there (rather than there and refused). */
export function isAbsence(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

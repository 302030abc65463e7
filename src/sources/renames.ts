/**
 * Where a change moved files: each base path it renamed, and each folder it moved whole, to its
 * head path. Each side is still read and modelled at its own paths (a moved file can mean
 * something else where it now is: a relative include, a module source, a link); this map is used
 * only to pair what the base holds with what the head holds.
 */
export interface Renames {
  /** The head path of a base file or folder; the path itself when the change did not move it. */
  toHead(path: string): string
  /** Base path → head path of each file the change moved. */
  readonly files: ReadonlyMap<string, string>
}

export const NO_RENAMES: Renames = { toHead: path => path, files: new Map() }

/**
 * The renames git or GitHub reported (base path → head path), kept where both listings agree: the
 * old path on the base and gone from the head, the new one on the head and new to it. In a chain
 * or a swap (`a` → `c` and `b` → `a`), the head's `a` is another file, moved there, and the base's
 * `a` went on: a path still on the head counts as gone when a kept rename moves a file onto it,
 * and one already on the base as new when a kept rename moves its file away. A folder moved
 * whole (every base file under it gone from the head, its new place empty on the base) takes
 * every path under it along, so a file edited past rename detection, or a Terraform folder, is
 * paired at its new place too.
 */
export function renamesBetween(
  reported: ReadonlyMap<string, string>,
  baseFiles: readonly string[],
  headFiles: readonly string[]
): Renames {
  if (reported.size === 0) return NO_RENAMES
  const head = new Set(headFiles)
  const files = confirmed(reported, new Set(baseFiles), head)
  if (files.size === 0) return NO_RENAMES
  const folders = movedFolders(files, baseFiles, head)
  return { files, toHead: path => files.get(path) ?? throughFolder(path, folders) }
}

/**
 * The reported renames the listings bear out. A copy reported as a rename (its old path still
 * there, nothing moved onto it) is dropped, and so is any rename that leaned on it, until what
 * is left holds up on its own.
 */
function confirmed(
  reported: ReadonlyMap<string, string>,
  base: ReadonlySet<string>,
  head: ReadonlySet<string>
): Map<string, string> {
  const files = new Map<string, string>()
  const targets = new Map<string, number>()
  for (const [from, to] of reported)
    if (from !== to && base.has(from) && head.has(to)) {
      files.set(from, to)
      targets.set(to, (targets.get(to) ?? 0) + 1)
    }
  // Two files moved onto one path: neither is that path's file.
  for (const [from, to] of files) if ((targets.get(to) ?? 0) > 1) files.delete(from)
  for (let dropped = true; dropped;) {
    dropped = false
    const movedOnto = new Set(files.values())
    for (const [from, to] of files) {
      const gone = !head.has(from) || movedOnto.has(from)
      const fresh = !base.has(to) || files.has(to)
      if (gone && fresh) continue
      files.delete(from)
      dropped = true
    }
  }
  return files
}

/** Folders moved whole: old folder → new folder. */
function movedFolders(
  files: ReadonlyMap<string, string>,
  baseFiles: readonly string[],
  head: ReadonlySet<string>
): Map<string, string> {
  const candidates = new Map<string, string | null>()
  for (const [from, to] of files)
    for (const [old, now] of foldersOf(from, to)) {
      const seen = candidates.get(old)
      // A folder whose files went to different places did not move as one.
      candidates.set(old, seen === undefined || seen === now ? now : null)
    }
  // Folders that still hold a base file on the head, and folders the base has at all.
  const kept = new Set<string>()
  const onBase = new Set<string>()
  for (const file of baseFiles) {
    const above = ancestors(file)
    above.forEach(folder => onBase.add(folder))
    if (head.has(file)) above.forEach(folder => kept.add(folder))
  }
  const out = new Map<string, string>()
  for (const [from, to] of candidates)
    if (to !== null && !kept.has(from) && !onBase.has(to)) out.set(from, to)
  return out
}

/**
 * The folders a file may have moved with: each pair left of both paths once the name, and any
 * folders below it that they share, are taken off (`a/src/x.py` → `b/src/x.py`: `a/src` →
 * `b/src`, `a` → `b`). None when the name changed.
 */
function foldersOf(from: string, to: string): [string, string][] {
  const [a, b] = [from.split('/'), to.split('/')]
  const out: [string, string][] = []
  for (let shared = 1; shared < a.length || shared < b.length; shared++) {
    const [i, j] = [a.length - shared, b.length - shared]
    if (a[i] !== b[j]) break
    const pair: [string, string] = [a.slice(0, i).join('/'), b.slice(0, j).join('/')]
    if (pair[0] === pair[1]) break
    out.push(pair)
  }
  return out
}

/** Every folder above a path, the root (`''`) included. */
function ancestors(path: string): string[] {
  const out = ['']
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
    out.push(path.slice(0, slash))
  return out
}

/** The path in the deepest moved folder holding it (or being it), at that folder's new place. */
function throughFolder(path: string, folders: ReadonlyMap<string, string>): string {
  if (folders.size === 0) return path
  const exact = folders.get(path)
  if (exact !== undefined) return exact
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    const to = folders.get(path.slice(0, slash))
    if (to !== undefined) return joined(to, path.slice(slash + 1))
  }
  const root = folders.get('')
  return root === undefined ? path : joined(root, path)
}

function joined(folder: string, rest: string): string {
  return folder === '' ? rest : `${folder}/${rest}`
}

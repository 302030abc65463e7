/** Helpers over root-relative posix paths (`a/b/c.txt`, `` for the root). */

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? path : path.slice(slash + 1)
}

/**
 * A format known by its file names alone, anywhere but in installed packages (see
 * `LockfileParser.names`).
 */
export function namedFiles(...names: string[]): {
  names: string[]
  matches(path: string): boolean
} {
  return { names, matches: path => names.includes(baseName(path)) && !inNodeModules(path) }
}

/** The folder of a path: `a/b` for `a/b/c.txt`, `` for a file at the root. */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/**
 * Normalises a root-relative path: backslashes, `.` and empty segments dropped, `..` applied.
 * Undefined when the path is absolute or climbs above the root.
 */
export function normalisePath(path: string): string | undefined {
  const unified = path.replace(/\\/g, '/')
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified)) return undefined
  const out: string[] = []
  for (const segment of unified.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(segment)
  }
  return out.join('/')
}

/** `dir` joined with a relative path, normalised; undefined when it leaves the root. */
export function joinPath(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(relative)) return undefined
  return normalisePath(dir === '' ? relative : `${dir}/${relative}`)
}

/** Whether the path lies inside a `node_modules` folder (installed copies, not the project's). */
export function inNodeModules(path: string): boolean {
  return path.startsWith('node_modules/') || path.includes('/node_modules/')
}

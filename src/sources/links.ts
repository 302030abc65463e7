import { posix } from 'node:path'
import { confinePath, resolveInRepo } from './paths.js'

/** As the operating system's own limit on links followed in a path (Linux: 40). */
const MAX_LINK_HOPS = 40

/** Where a path leads through the symbolic links of a tree, and the links it passed through. */
export interface LinkWalk {
  /** The path read in the end; undefined when a link leaves the repository or loops. */
  path: string | undefined
  /** Every link the read went through, in order: the path itself, or a folder above it. */
  through: string[]
  /** Every path the read depends on besides the one asked for: the links and the final path. */
  reads: string[]
}

/**
 * Follows `path` through symbolic links (`links`: link path → target as written), as the
 * system does: the path itself, or any folder above it, may be a link. A read of the path then
 * depends on each link passed and on the path it leads to.
 */
export function walkLinks(path: string, links: ReadonlyMap<string, string>): LinkWalk {
  const through: string[] = []
  let current: string | undefined = path
  for (let hops = 0; current !== undefined && hops <= MAX_LINK_HOPS; hops++) {
    const link = firstLink(current, links)
    if (link === undefined) {
      const reads = current === path ? through : [...through, current]
      return { path: current, through, reads }
    }
    through.push(link)
    const target = resolveInRepo(posix.dirname(link), links.get(link) ?? '')
    current = target === undefined ? undefined : confinePath(target + current.slice(link.length))
  }
  return { path: undefined, through, reads: through }
}

/** The shortest prefix of `path` (a folder above it, or the path itself) that is a link. */
function firstLink(path: string, links: ReadonlyMap<string, string>): string | undefined {
  if (links.size === 0) return undefined
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const folder = path.slice(0, slash)
    if (links.has(folder)) return folder
  }
  return links.has(path) ? path : undefined
}

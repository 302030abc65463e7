import { posix } from 'node:path'
import { diagnostic, type Diagnostic } from '../model/location.js'
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
  /** Why no path was reached: the last link leads out of the repository, or links loop. */
  dead?: 'outside' | 'loop'
}

/**
 * Follows `path` through symbolic links (`links`: link path → target as written), as the
 * system does: the path itself, or any folder above it, may be a link. A read of the path then
 * depends on each link passed and on the path it leads to.
 */
export function walkLinks(path: string, links: ReadonlyMap<string, string>): LinkWalk {
  if (links.size === 0) return { path, through: [], reads: [] }
  const steps = linkSteps(path, p => links.has(p))
  let step = steps.next()
  while (!step.done) step = steps.next(links.get(step.value) ?? '')
  return step.value
}

/**
 * The walk of `walkLinks`, one link at a time: it yields each link it passes and is handed back
 * that link's target, so a source whose targets cost a request asks only for the links passed.
 */
function* linkSteps(
  path: string,
  isLink: (path: string) => boolean
): Generator<string, LinkWalk, string> {
  const through: string[] = []
  let current: string | undefined = path
  for (let hops = 0; current !== undefined && hops <= MAX_LINK_HOPS; hops++) {
    const link = firstLink(current, isLink)
    if (link === undefined) {
      const reads = current === path ? through : [...through, current]
      return { path: current, through, reads }
    }
    through.push(link)
    const written: string = yield link
    const target = resolveInRepo(posix.dirname(link), written)
    current = target === undefined ? undefined : confinePath(target + current.slice(link.length))
    if (current === undefined) return { path: undefined, through, reads: through, dead: 'outside' }
  }
  return { path: undefined, through, reads: through, dead: 'loop' }
}

/** A listed tree as `landingFile` reads it: which paths are files or links, and link targets. */
export interface LinkedTree {
  isFile(path: string): boolean
  isLink(path: string): boolean
  /** A link's target as written; asked only of the links a read passes. */
  target(link: string): Promise<string>
  label: string
}

/**
 * The file a read of `path` lands on in a listed tree (git, the GitHub API) where `path` is no
 * regular file: through its links, as a checkout would, the path itself or a folder above it
 * being a link. Where it leads nowhere, an error located at `path`.
 */
export async function landingFile(
  path: string,
  tree: LinkedTree
): Promise<{ path: string } | { diagnostic: Diagnostic }> {
  const steps = linkSteps(path, tree.isLink)
  let written = ''
  let step = steps.next()
  while (!step.done) {
    written = await tree.target(step.value)
    step = steps.next(written)
  }
  const walk = step.value
  if (walk.dead === 'outside') {
    const why = `symbolic link to ${written}, outside the repository: not read`
    return { diagnostic: diagnostic(path, why, 'outside-root') }
  }
  if (walk.dead === 'loop') {
    const why = `symbolic links nested more than ${MAX_LINK_HOPS} deep (a loop?): not read`
    return { diagnostic: diagnostic(path, why, 'broken-link') }
  }
  if (walk.path !== undefined && tree.isFile(walk.path)) return { path: walk.path }
  if (walk.through.length === 0)
    return { diagnostic: diagnostic(path, `file not found in ${tree.label}`, 'not-found') }
  const why = `symbolic link to ${written}, which is not a file of this commit: not read`
  return { diagnostic: diagnostic(path, why, 'broken-link') }
}

/** The shortest prefix of `path` (a folder above it, or the path itself) that is a link. */
function firstLink(path: string, isLink: (path: string) => boolean): string | undefined {
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const folder = path.slice(0, slash)
    if (isLink(folder)) return folder
  }
  return isLink(path) ? path : undefined
}

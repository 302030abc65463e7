import { posix } from 'node:path'
import picomatch from 'picomatch'

/**
 * Normalises a repository path and refuses any that leaves the repository: absolute paths and
 * `..` segments that climb above the root return undefined. A backslash is a legal character of a
 * file name on Linux and in git, not a separator: `a\\b.yml` is one file.
 */
export function confinePath(path: string): string | undefined {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.includes('\0')) {
    return undefined
  }
  // Listed paths are already normal: only one with `.`, `..` or empty segments is rewritten.
  if (!MAY_NEED_NORMALIZING.test(path)) return path
  const normal = posix.normalize(path)
  if (normal === '..' || normal.startsWith('../')) return undefined
  return normal.replace(/^\.\//, '')
}

const MAY_NEED_NORMALIZING = /(^|\/)\.\.?(\/|$)|\/\/|\/$/

/** The root-relative folder of a root-relative path: empty for the root, never `.`. */
export function dirOf(path: string): string {
  const dir = posix.dirname(path)
  return dir === '.' ? '' : dir
}

/**
 * Joins a path written in a file (a code path, an include) relative to `dir`, and confines the
 * result to the root. Such references may be written with Windows separators.
 */
export function resolveInRepo(dir: string, relative: string): string | undefined {
  const written = relative.replace(/\\/g, '/')
  if (written.startsWith('/')) return undefined
  return confinePath(posix.join(dir === '' ? '.' : dir, written))
}

/** Whether a path written in a template is a URL (`s3://...`, `https://...`), not a local path. */
export function isUrl(written: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(written)
}

/** Directories never scanned: dependencies, build output and tool caches. */
const ALWAYS_SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.serverless',
  '.aws-sam',
  '.terraform'
])

export function isSkippedDir(path: string): boolean {
  const name = posix.basename(path)
  if (ALWAYS_SKIPPED_DIRS.has(name)) return true
  // CDK synthesises templates into cdk.out and copies code assets into cdk.out/asset.*.
  return name.startsWith('asset.') && posix.basename(posix.dirname(path)) === 'cdk.out'
}

/** Whether any folder above a path is one never scanned. */
export function inSkippedDir(path: string): boolean {
  // Called for every listed file, several times a scan: most paths hold none of the names.
  if (!mayNameSkippedDir(path)) return false
  const parts = path.split('/')
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i]
    if (ALWAYS_SKIPPED_DIRS.has(name)) return true
    if (i > 0 && parts[i - 1] === 'cdk.out' && name.startsWith('asset.')) return true
  }
  return false
}

/** Whether a path may hold a skipped folder's name: every one but `node_modules` starts with a dot. */
function mayNameSkippedDir(path: string): boolean {
  return (
    path.startsWith('.') ||
    path.includes('/.') ||
    path.includes('node_modules') ||
    path.includes('cdk.out/')
  )
}

/** CDK output is usually git-ignored, yet it is exactly the template to scan. */
export function isCdkTemplate(path: string): boolean {
  return /(^|\/)cdk\.out\/[^/]+\.template\.json$/.test(path)
}

/**
 * A matcher of repository paths by globs. Glob matching backtracks: its time grows with the length
 * of a path segment to the power of the `*` in a glob segment, and with the depth of a path to the
 * power of the `**`. Config globs hold few of them (`boundedGlob`), and a path with a segment
 * longer than a name may be (a git tree may hold one, no checkout can) matches no glob, so no name
 * can hold the scan.
 */
export function globMatcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  const match = picomatch(globs, { dot: true })
  return path => !LONG_SEGMENT.test(path) && match(path)
}

/** A path segment over NAME_MAX (255 characters): never checked out. */
const LONG_SEGMENT = /[^/]{256}/

/** The most `*` wildcards one segment of a config glob may hold (`**` counts as none). */
export const MAX_STARS_PER_SEGMENT = 2
/** The most `**` segments a config glob may hold. */
export const MAX_GLOBSTARS = 2

/** Whether a glob holds few enough `*` and `**` to be matched in bounded time. */
export function boundedGlob(glob: string): boolean {
  const segments = glob.split('/')
  const globstars = segments.filter(s => s === '**').length
  const stars = (s: string) => (s.match(/\*/g) ?? []).length
  return (
    globstars <= MAX_GLOBSTARS &&
    segments.every(s => s === '**' || stars(s) <= MAX_STARS_PER_SEGMENT)
  )
}

/**
 * Whether a folder may hold files some glob matches: the folder lies under a glob's fixed base
 * (`services/` of `services/**\/serverless.yml`), or the base lies under the folder.
 */
export function mayHoldMatches(globs: string[], dir: string): boolean {
  if (dir === '.') return true
  return globs.some(glob => {
    const base = picomatch.scan(glob).base
    return base === '' || base === dir || dir.startsWith(`${base}/`) || base.startsWith(`${dir}/`)
  })
}

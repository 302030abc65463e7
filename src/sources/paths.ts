import { posix } from 'node:path'
import picomatch from 'picomatch'

/**
 * Normalises a repository path and refuses any that leaves the repository: absolute paths and
 * `..` segments that climb above the root return undefined.
 */
export function confinePath(path: string): string | undefined {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.includes('\0')) {
    return undefined
  }
  const normal = posix.normalize(path.replace(/\\/g, '/'))
  if (normal === '..' || normal.startsWith('../')) return undefined
  return normal.replace(/^\.\//, '')
}

/** Joins a path relative to `dir` (both root-relative) and confines the result to the root. */
export function resolveInRepo(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined
  return confinePath(posix.join(dir === '' ? '.' : dir, relative))
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
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) if (isSkippedDir(parts.slice(0, i).join('/'))) return true
  return false
}

/** CDK output is usually git-ignored, yet it is exactly the template to scan. */
export function isCdkTemplate(path: string): boolean {
  return /(^|\/)cdk\.out\/[^/]+\.template\.json$/.test(path)
}

export function globMatcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  return picomatch(globs, { dot: true })
}

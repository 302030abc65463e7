import { parserFor, selectLockfiles } from './registry.js'
import { dirName, normalisePath } from './shared/paths.js'
import type { Ecosystem } from './types.js'

/**
 * The lockfiles that ship with a function whose code is at `codeDir` (a root-relative folder or
 * file): for each ecosystem, those of the nearest folder at or above the code that holds one.
 * A Node function in `services/a/src` uses `services/a/package-lock.json`, not the root's, but
 * still the root's `requirements.txt` if that is the nearest Python one. Empty when the code
 * path leaves the repository.
 */
export function nearestLockfiles(codeDir: string, lockfilePaths: readonly string[]): string[] {
  const start = normalisePath(codeDir)
  if (start === undefined) return []
  const byDir = new Map<string, { path: string; ecosystem: Ecosystem }[]>()
  for (const path of selectLockfiles(lockfilePaths)) {
    const ecosystem = parserFor(path)?.ecosystem
    const dir = normalisePath(dirName(path))
    if (!ecosystem || dir === undefined) continue
    byDir.set(dir, [...(byDir.get(dir) ?? []), { path, ecosystem }])
  }
  const found = new Set<Ecosystem>()
  const out: string[] = []
  for (let dir: string | undefined = start; dir !== undefined; dir = parentOf(dir)) {
    const here = byDir.get(dir) ?? []
    for (const lock of here) if (!found.has(lock.ecosystem)) out.push(lock.path)
    for (const lock of here) found.add(lock.ecosystem)
  }
  return out
}

/**
 * The service a lockfile belongs to: the deepest of the services' root-relative folders that
 * contains it (`` is the repository root and contains everything). Undefined when none does.
 */
export function serviceOf(
  lockfilePath: string,
  serviceDirs: readonly string[]
): string | undefined {
  const path = normalisePath(lockfilePath)
  if (path === undefined) return undefined
  let best: { dir: string; depth: number } | undefined
  for (const dir of serviceDirs) {
    const normal = normalisePath(dir)
    if (normal === undefined) continue
    const inside = normal === '' || path.startsWith(`${normal}/`)
    const depth = normal === '' ? 0 : normal.split('/').length
    if (inside && (!best || depth > best.depth)) best = { dir, depth }
  }
  return best?.dir
}

function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined
  return dirName(dir)
}

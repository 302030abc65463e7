import type { Position } from '../../model/location.js'
import type { ParseOptions } from '../types.js'
import type { PackageCollector } from './collector.js'
import { dirName, joinPath } from './paths.js'

/**
 * A lockfile entry that links a local folder or file (npm `link: true`, pnpm `link:`/`file:`):
 * the linked code and what it depends on belong to the scan only when it is in the repository.
 * A target outside the repository is never read, and one that does not exist is a broken
 * lockfile; both are located errors, since what they stand for was not checked.
 */
export function checkLink(
  target: string,
  relativeTo: string,
  at: Partial<Position> | undefined,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const path = joinPath(relativeTo, target)
  // npm and pnpm may list one link at several entries: each broken target is reported once.
  if (!firstReport(out, path ?? `outside:${target}`)) return
  if (path === undefined) {
    out.error(`link to ${target}: outside the repository: not read`, 'link-outside-repo', at)
    return
  }
  if (options?.repoHas && !options.repoHas(path))
    out.error(
      `link to ${target}: ${path === '' ? 'the root' : path} does not exist in the repository`,
      'missing-link',
      at
    )
}

const reported = new WeakMap<PackageCollector, Set<string>>()

function firstReport(out: PackageCollector, key: string): boolean {
  const seen = reported.get(out) ?? new Set<string>()
  reported.set(out, seen)
  if (seen.has(key)) return false
  seen.add(key)
  return true
}

/** The lockfile's own folder, which npm and pnpm resolve link paths against. */
export function lockfileDir(out: PackageCollector): string {
  return dirName(out.file)
}

/**
 * A dependency on a local folder or file of the repository (a Python path or editable source,
 * a Go `replace` with a folder, a Bundler `PATH`, a Composer path repository), relative to the
 * lockfile's folder: checked as links are. `file:` URLs and PDM's `${PROJECT_ROOT}` are read as
 * the paths they name.
 */
export function checkLocalPath(
  spec: string,
  at: Partial<Position> | undefined,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  checkLink(localPathOf(spec), lockfileDir(out), at, out, options)
}

/**
 * The path a local dependency names: `file:` URLs (`file:../x`, `file:///abs`,
 * `file://localhost/abs`) and PDM's `${PROJECT_ROOT}` read as the paths they stand for.
 */
export function localPathOf(spec: string): string {
  return spec
    .replace(/^file:(\/\/(localhost(?=\/))?)?/, '')
    .replace(/^\/?\$\{PROJECT_ROOT\}(\/|$)/, './')
}

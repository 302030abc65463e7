import { selectLockfiles } from '../deps/registry.js'
import { discoverIac, withoutIacFiles } from '../iac/discover.js'
import { NO_RENAMES, type Renames } from '../sources/renames.js'
import type { FileSource } from '../sources/types.js'
import { wrappedSource } from '../sources/wrapped.js'
import { affectedBy, type Selection } from './affected.js'
import { changedPaths } from './changes.js'
import { indexUnits, textReader } from './index.js'

/** What a pull request scan covered, for the report. */
export interface Coverage {
  /** Units of the head the change reaches, modelled on both sides. */
  scanned: number
  /** Units of the head. */
  total: number
  /** Files that differ between the sides; a moved file counts once. */
  changedFiles: number
}

export interface ScopedSides {
  base: FileSource
  head: FileSource
  coverage: Coverage
  /** Lockfiles the change reaches, on either side: the only ones its dependency scan diffs. */
  lockfiles: Set<string>
}

/**
 * Both sides narrowed to the units the change reaches: a unit none of whose files changed is the
 * same on both sides, so it can have no new or fixed finding. Returns undefined when the change
 * reaches everything (`global` files such as the gate's configuration changed).
 */
export async function scopeToChange(
  base: FileSource,
  head: FileSource,
  global: readonly string[],
  known: KnownChange = {}
): Promise<ScopedSides | undefined> {
  // The head is listed first and its files asked for at once: git or the API answers them
  // while the base is listed and compared.
  const [index, changed] = await Promise.all([
    indexUnits(head),
    (known.changed ? Promise.resolve(known.changed) : changedPaths(base, head)).then(changed => {
      prefetchChanged(base, changed)
      return changed
    })
  ])
  if (global.some(path => changed.has(path))) return undefined
  // A path is a candidate by its name alone, and one the base lists but the head does not is
  // changed: the base's candidates beyond the head's are among the changed paths.
  const selection = await affectedBy(
    changed,
    index,
    textReader(base),
    new Set(discoverIac([...changed]).templates)
  )
  return {
    base: narrowed(base, selection),
    head: narrowed(head, selection),
    lockfiles: new Set([
      ...selection.units.filter(u => u.kind === 'lockfile').map(u => u.root),
      // A lockfile the head removed is a unit of the base alone.
      ...selectLockfiles([...changed])
    ]),
    coverage: {
      scanned: selection.units.length,
      total: index.units.length,
      changedFiles: await movedOnce(changed, base, head, known.renames ?? NO_RENAMES)
    }
  }
}

/** What the caller already knows of the change: the paths that differ, and what moved. */
export interface KnownChange {
  changed?: ReadonlySet<string>
  renames?: Renames
}

/**
 * The changed files, a moved file once: each changed path of the head, and each of the base
 * whose file is not among them at its head path (removed, not moved).
 */
async function movedOnce(
  changed: ReadonlySet<string>,
  base: FileSource,
  head: FileSource,
  renames: Renames
): Promise<number> {
  if (renames.files.size === 0) return changed.size
  const [onBase, onHead] = await Promise.all([base.list(), head.list()])
  const headChanged = new Set(onHead.filter(path => changed.has(path)))
  // Each head file stands for one base file at most (two folders merged may name one path).
  const claimed = new Set<string>()
  let removed = 0
  for (const path of onBase) {
    if (!changed.has(path)) continue
    const now = renames.toHead(path)
    if (headChanged.has(now) && !claimed.has(now)) claimed.add(now)
    else removed++
  }
  return headChanged.size + removed
}

/**
 * Every changed template or Terraform file is modelled on the base too: its base version is
 * asked for while the head is indexed, not after. (A file the base lacks is not found at once.)
 */
function prefetchChanged(base: FileSource, changed: ReadonlySet<string>): void {
  const { templates, terraform } = discoverIac([...changed])
  for (const path of [...templates, ...[...terraform.values()].flat()])
    base.read(path).catch(() => undefined)
}

/** The source as the model sees it: only the selected units' roots among its IaC files. */
function narrowed(source: FileSource, selection: Selection): FileSource {
  let listing: Promise<string[]> | undefined
  const keep = (files: string[]): string[] => {
    const { templates, terraform } = discoverIac(files)
    const left = new Set([
      ...templates.filter(t => !selection.templates.has(t)),
      ...[...terraform].filter(([dir]) => !selection.terraform.has(dir)).flatMap(([, tf]) => tf)
    ])
    return withoutIacFiles(files, left)
  }
  return wrappedSource(source, {
    list: () => (listing ??= source.list().then(keep)),
    read: path => source.read(path)
  })
}

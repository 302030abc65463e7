import type { Flags } from '../shared/collector.js'
import { splitNameFromRange } from '../shared/names.js'
import type { NpmManifest } from '../shared/npm-manifest.js'
import { reachable } from '../shared/reachable.js'

/**
 * Direct and dev flags of a lock entry from the project's `package.json`: the entry is direct
 * when one of its descriptors (`name@range`) is a range the manifest declares. Yarn does not
 * record this itself, so without a manifest both flags stay unknown.
 */
export function manifestFlags(
  descriptors: readonly string[],
  manifest: NpmManifest | undefined,
  normalise: (range: string) => string = range => range
): Flags {
  if (!manifest) return {}
  for (const descriptor of descriptors) {
    const split = splitNameFromRange(descriptor)
    const declared = split ? manifest.get(split.name) : undefined
    if (split && declared && normalise(declared.range) === split.range) {
      return { direct: true, dev: declared.dev }
    }
  }
  return { direct: false }
}

/** A lock entry as the dev check sees it: the descriptors it resolves, those it depends on. */
export interface LockNode {
  descriptors: readonly string[]
  /** `name@range` of its `dependencies` and `optionalDependencies` (what gets installed). */
  dependencies: readonly string[]
}

/**
 * The entries installed for production: reachable from the run-time dependencies the manifest
 * declares, and from `moreRoots` (descriptors known to be needed at run time). A package the
 * manifest declares under `devDependencies` is installed for production too when one of these
 * needs it (`typescript` both a dev tool and a run-time dependency's dependency): not dev then.
 */
export function productionEntries<T extends LockNode>(
  nodes: readonly T[],
  manifest: NpmManifest | undefined,
  normalise: (range: string) => string = range => range,
  moreRoots: readonly string[] = []
): Set<T> {
  const byDescriptor = new Map<string, T>()
  for (const node of nodes) for (const d of node.descriptors) byDescriptor.set(d, node)
  const roots: T[] = []
  const add = (descriptor: string) => {
    const node = byDescriptor.get(descriptor)
    if (node) roots.push(node)
  }
  for (const [name, declared] of manifest ?? []) {
    if (!declared.dev) add(`${name}@${normalise(declared.range)}`)
  }
  moreRoots.forEach(add)
  return reachable(roots, node =>
    node.dependencies.flatMap(d => {
      const found = byDescriptor.get(d)
      return found ? [found] : []
    })
  )
}

/** Flags of an entry, dev dropped when a production dependency needs it as well. */
export function entryFlagsFor(
  node: LockNode,
  flags: Flags,
  production: ReadonlySet<LockNode>
): Flags {
  return flags.dev === true && production.has(node) ? { ...flags, dev: false } : flags
}

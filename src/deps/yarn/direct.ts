import type { Flags } from '../shared/collector.js'
import { splitNameFromRange } from '../shared/names.js'
import type { NpmManifest } from '../shared/npm-manifest.js'

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

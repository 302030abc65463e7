import type { MapEntry, Value } from '../../model/value.js'

const MERGE_KEY = '<<'

/**
 * YAML 1.1 merge keys (`<<: *defaults`, `<<: [*a, *b]`), as the Serverless Framework and SAM CLI
 * readers apply them: a mapping gets the merged mappings' entries it does not set itself, the
 * first listed mapping winning. Without this, a setting written through a merge key (an IAM
 * statement, a function URL without auth) would be deployed yet never seen. A `<<` whose value is
 * no mapping (nor list of them) is kept as written.
 */
export function withMergedKeys(entries: Map<string, MapEntry>): Map<string, MapEntry> {
  const merge = entries.get(MERGE_KEY)
  if (!merge) return entries
  const sources = mergedMaps(merge.value)
  if (!sources) return entries
  const merged = new Map<string, MapEntry>()
  for (const [key, entry] of entries) if (key !== MERGE_KEY) merged.set(key, entry)
  for (const source of sources)
    for (const [key, entry] of source) if (!merged.has(key)) merged.set(key, entry)
  return merged
}

function mergedMaps(value: Value): Map<string, MapEntry>[] | undefined {
  if (value.kind === 'map') return [value.entries]
  if (value.kind !== 'list' || value.items.length === 0) return undefined
  const maps: Map<string, MapEntry>[] = []
  for (const item of value.items) {
    if (item.kind !== 'map') return undefined
    maps.push(item.entries)
  }
  return maps
}

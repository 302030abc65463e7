import type { MapEntry, Value } from '../../model/value.js'

const MERGE_KEY = '<<'

/**
 * YAML 1.1 merge keys (`<<: *defaults`, `<<: [*a, *b]`), as the Serverless Framework and SAM CLI
 * readers apply them: a mapping gets the merged mappings' entries it does not set itself, the
 * first listed mapping winning. Without this, a setting written through a merge key (an IAM
 * statement, a function URL without auth) would be deployed yet never seen. `merges` holds the
 * values of the mapping's merge keys, in order: only a plain `<<` is one (a quoted `"<<"` is a key
 * like any other, in `entries`). A merge whose value is no mapping (nor list of them) is kept as
 * written, under `<<`.
 */
export function withMerges(
  entries: Map<string, MapEntry>,
  merges: readonly MapEntry[]
): Map<string, MapEntry> {
  if (merges.length === 0) return entries
  const merged = new Map(entries)
  for (const merge of merges) {
    const sources = mergedMaps(merge.value)
    if (!sources) {
      if (!merged.has(MERGE_KEY)) merged.set(MERGE_KEY, merge)
      continue
    }
    for (const source of sources)
      for (const [key, entry] of source) if (!merged.has(key)) merged.set(key, entry)
  }
  return merged
}

/** Whether a mapping key is a merge key: `<<` written plain (not quoted, not tagged). */
export function isPlainMergeKey(key: string, text: string, start: number): boolean {
  return key === MERGE_KEY && text.startsWith(MERGE_KEY, start)
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

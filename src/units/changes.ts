import { gitBlobId } from '../sources/blob-id.js'
import type { FileSource } from '../sources/types.js'

/**
 * The files that differ between two sides: added, removed, or with other contents (a rename is
 * both its paths). Sources that know their blob ids answer from the listings alone; others are
 * read and compared.
 */
export async function changedPaths(base: FileSource, head: FileSource): Promise<Set<string>> {
  const [baseIds, headIds] = await Promise.all([idsOf(base), idsOf(head)])
  const changed = new Set<string>()
  for (const [path, id] of headIds) if (baseIds.get(path) !== id) changed.add(path)
  for (const path of baseIds.keys()) if (!headIds.has(path)) changed.add(path)
  return changed
}

/** Listed path → blob id, or a content id for a file whose blob id the source does not know. */
async function idsOf(source: FileSource): Promise<Map<string, string>> {
  const [listed, known] = await Promise.all([source.list(), source.blobIds?.()])
  const out = new Map<string, string>()
  for (const path of listed) out.set(path, known?.get(path) ?? (await contentId(source, path)))
  return out
}

async function contentId(source: FileSource, path: string): Promise<string> {
  const r = await source.read(path)
  return 'text' in r ? gitBlobId(r.text) : `unreadable:${r.diagnostic.message}`
}

import { contentId } from '../sources/blob-id.js'
import type { SideIds } from '../sources/content-renames.js'
import type { FileSource } from '../sources/types.js'

/**
 * The files that differ between two sides: added, removed, or with other contents (a rename is
 * both its paths). Sources that know their blob ids answer from the listings alone; others are
 * read and compared.
 */
export async function changedPaths(base: FileSource, head: FileSource): Promise<Set<string>> {
  return (await changedContent(base, head)).changed
}

/** The files that differ, with each listed file's content id per side (read once, for both). */
export async function changedContent(
  base: FileSource,
  head: FileSource
): Promise<{ changed: Set<string>; ids: SideIds }> {
  const [baseIds, headIds] = await Promise.all([idsOf(base), idsOf(head)])
  const ids = { base: baseIds.id, head: headIds.id }
  return { changed: differing(baseIds, headIds), ids }
}

function differing(baseIds: ListedIds, headIds: ListedIds): Set<string> {
  const changed = new Set<string>()
  const [b, h] = [baseIds.listed, headIds.listed]
  if (sorted(b) && sorted(h)) {
    // Both listings in order: one walk over the two, with nothing built but the answer.
    let i = 0
    let j = 0
    while (i < b.length || j < h.length) {
      const [inBase, inHead] = [b[i], h[j]]
      if (inHead === undefined || (inBase !== undefined && inBase < inHead)) {
        changed.add(inBase as string)
        i++
      } else if (inBase === undefined || inHead < inBase) {
        changed.add(inHead)
        j++
      } else {
        if (baseIds.id(inBase) !== headIds.id(inHead)) changed.add(inHead)
        i++
        j++
      }
    }
    return changed
  }
  const baseMap = new Map(b.map(path => [path, baseIds.id(path)]))
  const headListed = new Set(h)
  for (const path of h) if (baseMap.get(path) !== headIds.id(path)) changed.add(path)
  for (const path of b) if (!headListed.has(path)) changed.add(path)
  return changed
}

interface ListedIds {
  listed: readonly string[]
  id: (path: string) => string
}

/** A side's listing and each listed file's blob id, or a content id when the source has none. */
async function idsOf(source: FileSource): Promise<ListedIds> {
  const [listed, known] = await Promise.all([source.list(), source.blobIds?.()])
  const computed = new Map<string, string>()
  // An index loop: every listed file of both sides passes here.
  for (let i = 0; i < listed.length; i++) {
    const path = listed[i] as string
    if (!known?.has(path)) computed.set(path, await contentId(source, path, known))
  }
  return { listed, id: path => known?.get(path) ?? (computed.get(path) as string) }
}

function sorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++)
    if ((paths[i - 1] as string) >= (paths[i] as string)) return false
  return true
}

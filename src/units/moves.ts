import type { FileSource } from '../sources/types.js'

/**
 * The files a change moved without editing them: old path → new path, paired by git blob id (a
 * path only the base lists, and one only the head lists, with the same content). Of several new
 * copies, the one with the same name is taken. Sources that do not know their blob ids (folders
 * on disk) are not compared: nothing is read for it.
 */
export async function unchangedMoves(
  base: FileSource,
  head: FileSource
): Promise<Map<string, string>> {
  const moved = new Map<string, string>()
  if (!base.blobIds || !head.blobIds) return moved
  const [baseListed, headListed, baseIds, headIds] = await Promise.all([
    base.list(),
    head.list(),
    base.blobIds(),
    head.blobIds()
  ])
  const inBase = new Set(baseListed)
  const arrived = new Map<string, string[]>()
  for (const path of headListed) {
    const id = headIds.get(path)
    if (inBase.has(path) || id === undefined) continue
    arrived.set(id, [...(arrived.get(id) ?? []), path])
  }
  if (arrived.size === 0) return moved
  const inHead = new Set(headListed)
  for (const path of baseListed) {
    const id = baseIds.get(path)
    const candidates = id === undefined || inHead.has(path) ? undefined : arrived.get(id)
    if (!candidates || candidates.length === 0) continue
    const same = candidates.findIndex(p => basename(p) === basename(path))
    const [to] = candidates.splice(same === -1 ? 0 : same, 1)
    if (to !== undefined) moved.set(path, to)
  }
  return moved
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

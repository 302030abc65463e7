import { contentId, EMPTY_BLOB_ID } from './blob-id.js'
import type { FileSource } from './types.js'

/**
 * The renames the content alone shows, as git's exact rename detection finds them (base path →
 * head path): a file at a path the change removed or rewrote, and one at a path it added or
 * rewrote, with the same content (git blob id). Only exact copies pair: an edited file is left
 * to the rename detection that reported it, or to the folder it moved with (see `Renames`).
 * Where several files share their content, those keeping their name pair in order, and the rest
 * only one to one; empty files never pair.
 */
export async function sameContentRenames(
  base: FileSource,
  head: FileSource,
  changed: ReadonlySet<string>
): Promise<Map<string, string>> {
  const [before, after] = await Promise.all([byContent(base, changed), byContent(head, changed)])
  const out = new Map<string, string>()
  for (const [id, from] of before) {
    const to = after.get(id)
    if (to) pairByName(from, to).forEach(([a, b]) => out.set(a, b))
  }
  return out
}

/** The changed files of one side, by content id: paths in order. */
async function byContent(
  source: FileSource,
  changed: ReadonlySet<string>
): Promise<Map<string, string[]>> {
  const [listed, known] = await Promise.all([source.list(), source.blobIds?.()])
  const out = new Map<string, string[]>()
  // One at a time: a source on disk reads each file it has no id for.
  for (const path of listed.filter(p => changed.has(p)).sort()) {
    const id = await contentId(source, path, known)
    if (id === EMPTY_BLOB_ID || id.startsWith('unreadable:')) continue
    const list = out.get(id)
    if (list) list.push(path)
    else out.set(id, [path])
  }
  return out
}

/** Paths with one content paired: same file name first, in order; the rest only one to one. */
function pairByName(from: readonly string[], to: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  const left = [...to]
  const unpaired: string[] = []
  for (const a of from) {
    const i = left.findIndex(b => nameOf(b) === nameOf(a))
    if (i === -1) unpaired.push(a)
    else pairs.push([a, left.splice(i, 1)[0] as string])
  }
  if (unpaired.length === 1 && left.length === 1)
    pairs.push([unpaired[0] as string, left[0] as string])
  return pairs
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

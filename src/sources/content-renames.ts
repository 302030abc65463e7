import { contentId, EMPTY_BLOB_ID } from './blob-id.js'
import { dirOf } from './paths.js'
import type { FileSource } from './types.js'

/**
 * The renames the content alone shows, as git's exact rename detection finds them (base path →
 * head path): a file at a path the change removed or rewrote, and one at a path it added or
 * rewrote, with the same content (git blob id). Only exact copies pair: an edited file is left
 * to the rename detection that reported it, or to the folder it moved with (see `Renames`).
 * Where several files share their content (a boilerplate file in each of two services moved),
 * each pairs with the one its folder went with, as the files of their own content show, then
 * with the only one left of its name; the rest only one to one. A guess is never made: a wrong
 * pair would move one service's findings onto another and hide what the change introduces.
 * Empty files never pair.
 */
export async function sameContentRenames(
  base: FileSource,
  head: FileSource,
  changed: ReadonlySet<string>,
  ids?: SideIds
): Promise<Map<string, string>> {
  const [before, after] = await Promise.all([
    byContent(base, changed, ids?.base),
    byContent(head, changed, ids?.head)
  ])
  const groups: [string[], string[]][] = []
  for (const [id, from] of before) {
    const to = after.get(id)
    if (to) groups.push([from, to])
  }
  const out = new Map<string, string>()
  const folders = new Map<string, string>()
  const alone = ([from, to]: [string[], string[]]): boolean => from.length === 1 && to.length === 1
  for (const [[from], [to]] of groups.filter(alone)) {
    out.set(from as string, to as string)
    folders.set(dirOf(from as string), dirOf(to as string))
  }
  for (const [from, to] of groups.filter(g => !alone(g)))
    for (const [a, b] of pairAlike(from, to, folders)) out.set(a, b)
  return out
}

/** Each listed file's content id on one side, as the comparison of the sides found it. */
export interface SideIds {
  base: (path: string) => string
  head: (path: string) => string
}

/** The changed files of one side, by content id: paths in order. */
async function byContent(
  source: FileSource,
  changed: ReadonlySet<string>,
  idOf?: (path: string) => string
): Promise<Map<string, string[]>> {
  const [listed, known] = await Promise.all([source.list(), idOf ? undefined : source.blobIds?.()])
  const out = new Map<string, string[]>()
  // One at a time: a source on disk reads each file it has no id for, unless given them.
  for (const path of listed.filter(p => changed.has(p)).sort()) {
    const id = idOf ? idOf(path) : await contentId(source, path, known)
    if (id === EMPTY_BLOB_ID || id.startsWith('unreadable:')) continue
    const list = out.get(id)
    if (list) list.push(path)
    else out.set(id, [path])
  }
  return out
}

/**
 * Paths with one content paired: each with the file of its name in the folder its own folder
 * went to, else with the only file left of its name when it is the only one of that name left;
 * what is left then only one to one. Files of one name that could go either way stay unpaired.
 */
function pairAlike(
  from: readonly string[],
  to: readonly string[],
  folders: ReadonlyMap<string, string>
): [string, string][] {
  const pairs: [string, string][] = []
  const left = [...to]
  const take = (a: string, match: (b: string) => boolean): boolean => {
    const i = left.findIndex(match)
    if (i !== -1) pairs.push([a, left.splice(i, 1)[0] as string])
    return i !== -1
  }
  const unpaired = from.filter(a => {
    const folder = folders.get(dirOf(a))
    return !take(a, b => nameOf(b) === nameOf(a) && dirOf(b) === folder)
  })
  const named = (paths: readonly string[], name: string) => paths.filter(p => nameOf(p) === name)
  const rest = unpaired.filter(
    a =>
      named(unpaired, nameOf(a)).length !== 1 ||
      named(left, nameOf(a)).length !== 1 ||
      !take(a, b => nameOf(b) === nameOf(a))
  )
  if (rest.length === 1 && left.length === 1) pairs.push([rest[0] as string, left[0] as string])
  return pairs
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

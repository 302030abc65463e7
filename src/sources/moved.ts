import type { Diagnostic } from '../model/location.js'
import { diagnostic } from '../model/location.js'
import type { FileSource, ReadResult } from './types.js'

/**
 * A base with the files a change moved, unedited, at their new paths (`moved`: old path → new
 * path). Both sides then name each file alike, so the findings of a renamed folder are neither new
 * nor fixed, and a scoped pull request has nothing to re-read for what only moved. Not given to
 * worker threads: they would open the files where they were.
 */
export function relocatedSource(inner: FileSource, moved: ReadonlyMap<string, string>): FileSource {
  if (moved.size === 0) return inner
  const back = new Map([...moved].map(([from, to]) => [to, from]))
  const toNew = (path: string): string => moved.get(path) ?? path
  // An old path is no longer there; a new one is read where it was, and so is a path through a
  // moved link to a folder (`conf/` a link that moved with its service).
  const toOld = (path: string): string | undefined => {
    const direct = back.get(path)
    if (direct !== undefined) return direct
    if (moved.has(path)) return undefined
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      const from = back.get(path.slice(0, cut))
      if (from !== undefined) return from + path.slice(cut)
    }
    return path
  }
  const out: FileSource = {
    label: inner.label,
    list: async () => (await inner.list()).map(toNew).sort(),
    read: async path => {
      const old = toOld(path)
      if (old === undefined) return { diagnostic: diagnostic(path, 'file not found', 'not-found') }
      return named(await inner.read(old), path)
    }
  }
  const { blobIds, links, whyUnreadable, listingProblems } = inner
  if (blobIds) out.blobIds = async () => renamedKeys(await blobIds.call(inner), toNew)
  if (links) out.links = async () => renamedKeys(await links.call(inner), toNew)
  if (whyUnreadable)
    out.whyUnreadable = async path => {
      const old = toOld(path)
      return old === undefined ? undefined : whyUnreadable.call(inner, old)
    }
  if (listingProblems) out.listingProblems = () => listingProblems.call(inner)
  return out
}

/** A read's diagnostic names the path it was asked for. */
function named(result: ReadResult, path: string): ReadResult {
  if ('text' in result) return result
  const renamed: Diagnostic = { ...result.diagnostic, file: path }
  return { ...result, diagnostic: renamed }
}

function renamedKeys<T>(
  map: ReadonlyMap<string, T>,
  toNew: (path: string) => string
): Map<string, T> {
  return new Map([...map].map(([path, value]) => [toNew(path), value]))
}

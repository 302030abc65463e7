import { globMatcher, mayHoldMatches } from './paths.js'
import type { FileSource, ReadResult } from './types.js'
import { wrappedSource } from './wrapped.js'

/**
 * One side of a scan as the gate sees it: limited to `paths` globs (when any are given) minus
 * `exclude-paths` globs, and listed and read once. The model, the lockfile scan and inline
 * suppressions all ask for the same files; the tree walk and each read happen a single time.
 */
export function filteredSource(
  source: FileSource,
  include: string[],
  exclude: string[]
): FileSource {
  const included = include.length === 0 ? () => true : globMatcher(include)
  const excluded = globMatcher(exclude)
  const holdsIncluded = (dir: string) => include.length === 0 || mayHoldMatches(include, dir)
  let listing: Promise<string[]> | undefined
  const unfiltered = include.length === 0 && exclude.length === 0
  const list = () =>
    (listing ??= source
      .list()
      .then(paths => (unfiltered ? paths : paths.filter(p => included(p) && !excluded(p)))))
  const reads = new Map<string, Promise<ReadResult>>()
  const read = (path: string): Promise<ReadResult> => {
    let result = reads.get(path)
    if (!result) reads.set(path, (result = source.read(path)))
    return result
  }
  return wrappedSource(source, {
    list,
    read,
    ...(source.listingProblems
      ? {
          // A folder outside what this side scans holds nothing the gate would check.
          listingProblems: async () => {
            await list()
            const problems = (await source.listingProblems?.()) ?? []
            return problems.filter(
              d => holdsIncluded(d.file) && !excluded(d.file) && !excluded(`${d.file}/`)
            )
          }
        }
      : {})
  })
}

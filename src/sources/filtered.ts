import { globMatcher } from './paths.js'
import type { FileSource } from './types.js'

/** A source limited to `paths` globs (when any are given) minus `exclude-paths` globs. */
export function filteredSource(
  source: FileSource,
  include: string[],
  exclude: string[]
): FileSource {
  if (include.length === 0 && exclude.length === 0) return source
  const included = include.length === 0 ? () => true : globMatcher(include)
  const excluded = globMatcher(exclude)
  return {
    label: source.label,
    list: async () => (await source.list()).filter(p => included(p) && !excluded(p)),
    read: path => source.read(path)
  }
}

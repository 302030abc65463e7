/** Moved files named in the sentence; the rest are counted. */
const NAMED = 3

/**
 * The files a change moved, in one sentence: each was compared with the base where it was, so
 * the reader knows why a moved file's findings are not new. `name` quotes a repository path.
 */
export function movedSentence(
  moved: ReadonlyMap<string, string>,
  name: (path: string) => string
): string {
  const named = [...moved]
    .slice(0, NAMED)
    .map(([from, to]) => `${name(to)} (moved from ${name(from)})`)
  const more = moved.size > NAMED ? ` and ${moved.size - NAMED} more` : ''
  const files = moved.size === 1 ? 'file' : 'files'
  return `${moved.size} moved ${files}, compared with the base where they were: ${named.join(', ')}${more}`
}

import type { FileSource } from './types.js'

/** What a source may do beside listing and reading: see `FileSource`. */
const ABILITIES = ['blobIds', 'links', 'whyUnreadable', 'listingProblems', 'locator'] as const

type Own = Pick<FileSource, 'list' | 'read'> & Partial<Omit<FileSource, 'list' | 'read'>>

/**
 * A source that lists and reads through `inner` in its own way (`own`) and otherwise does what
 * `inner` can: every ability `inner` has and `own` does not replace, bound to `inner`.
 */
export function wrappedSource(inner: FileSource, own: Own): FileSource {
  const wrapped: FileSource = { label: inner.label, ...own }
  for (const ability of ABILITIES) {
    if (own[ability] || !inner[ability]) continue
    Object.assign(wrapped, { [ability]: inner[ability].bind(inner) })
  }
  return wrapped
}

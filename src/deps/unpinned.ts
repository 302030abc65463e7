import { diagnostic, type Diagnostic } from '../model/location.js'
import type { UnpinnedReason, UnpinnedRef } from './types.js'

/**
 * Sources from outside the repository that have no registry version to look up: a git commit, a
 * tarball URL, a version range, a value that could not be resolved, an editable install from a
 * repository (`-e git+https://…`). Local folders and editable installs of them are the
 * repository's own code (a link leaving it is an error of its own).
 */
const NOT_LOOKED_UP: ReadonlySet<UnpinnedReason> = new Set(['git', 'url', 'range', 'unresolved'])

function notLookedUp(ref: UnpinnedRef): boolean {
  if (NOT_LOOKED_UP.has(ref.reason)) return true
  return (
    ref.reason === 'editable' &&
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref.spec) &&
    !/^file:/i.test(ref.spec)
  )
}

const WHY: Record<UnpinnedReason, string> = {
  git: 'from git',
  url: 'from a URL',
  range: 'a range',
  unresolved: 'no resolved version',
  path: 'a local path',
  editable: 'an editable install'
}

/** Dependencies named in a note; the rest are counted. */
const LISTED = 5
/** A source or range longer than this is cut in the note. */
const SPEC_CHARS = 80

/**
 * One note per file about its dependencies that were not looked up in the vulnerability database
 * (none has a version the database knows), at the first of them, so they are never skipped in
 * silence: `flask (a range: >=2.0, line 13)`.
 */
export function unpinnedNotes(unpinned: readonly UnpinnedRef[]): Diagnostic[] {
  const byFile = new Map<string, UnpinnedRef[]>()
  for (const ref of unpinned) {
    if (!notLookedUp(ref)) continue
    const list = byFile.get(ref.location.file)
    if (list) list.push(ref)
    else byFile.set(ref.location.file, [ref])
  }
  return [...byFile].map(([file, refs]) => {
    const first = refs[0] as UnpinnedRef
    const listed = refs.slice(0, LISTED).map(describe).join(', ')
    const more = refs.length > LISTED ? ` and ${refs.length - LISTED} more` : ''
    const count = refs.length === 1 ? '1 dependency has' : `${refs.length} dependencies have`
    const message = `${count} no registry version, so ${refs.length === 1 ? 'it was' : 'they were'} not looked up for vulnerabilities: ${listed}${more}`
    return diagnostic(file, message, 'dependency-not-looked-up', first.location, 'warning')
  })
}

function describe(ref: UnpinnedRef): string {
  const spec = ref.spec.length > SPEC_CHARS ? `${ref.spec.slice(0, SPEC_CHARS)}…` : ref.spec
  const what = spec === '' ? WHY[ref.reason] : `${WHY[ref.reason]}: ${spec}`
  return `${ref.name} (${what}, line ${ref.location.line})`
}

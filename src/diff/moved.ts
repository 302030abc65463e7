import { fingerprintOf } from '../policy/engine/fingerprint.js'
import type { Finding } from '../policy/types.js'
import type { Renames } from '../sources/renames.js'

/**
 * The base's findings as the head names them. A base finding whose file or service the change
 * moved takes the fingerprint of the head finding with the same rule, resource and evidence at
 * the moved path (in order, when several share them). Each side was evaluated at its own paths,
 * so a moved file that means the same has no new or fixed finding, and one that now means
 * something else shows just the difference. Where a chain or a swap moved another file onto the
 * old path, the head's findings there are that file's: a moved finding never pairs with them.
 */
export function alignMoved<T extends Finding>(
  base: readonly T[],
  head: readonly Finding[],
  renames: Renames
): T[] {
  if (renames.files.size === 0) return [...base]
  const moved = (f: Finding): boolean => identity(f, renames.toHead) !== identity(f, same)
  // What stayed where it was pairs by fingerprint, as in any diff.
  const stayed = new Set(base.filter(b => !moved(b)).map(f => f.fingerprint))
  const onHead = new Set(head.map(f => f.fingerprint))
  const waiting = new Map<string, Finding[]>()
  for (const h of head) {
    if (stayed.has(h.fingerprint)) continue
    const key = identity(h, same)
    const list = waiting.get(key)
    if (list) list.push(h)
    else waiting.set(key, [h])
  }
  return base.map(b => {
    if (!moved(b)) return b
    const partner = waiting.get(identity(b, renames.toHead))?.shift()
    if (partner) return { ...b, fingerprint: partner.fingerprint }
    // Gone with the move: a finding of the file now at its old path is another's.
    return onHead.has(b.fingerprint) ? { ...b, fingerprint: elsewhere(b.fingerprint) } : b
  })
}

const same = (path: string): string => path

/** A fingerprint no head finding has: the base finding's, once it moved away. */
function elsewhere(fingerprint: string): string {
  return fingerprintOf(`moved away\u0000${fingerprint}`, 1)
}

/** What a finding's fingerprint is made of, its paths named by `name`; never the line. */
function identity(f: Finding, name: (path: string) => string): string {
  // An attack path is its function's, wherever the part it sits on is written (see pathFinding).
  const file = f.path ? '' : name(f.location.file)
  return [f.ruleId, file, name(f.service), f.resource, f.evidence].join('\u0000')
}

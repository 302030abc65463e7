import type { Finding } from '../policy/types.js'
import type { Renames } from '../sources/renames.js'

/**
 * The base's findings as the head names them. A base finding whose file or service the change
 * moved, and which no head finding matches as it is, takes the fingerprint of the head finding
 * with the same rule, resource and evidence at the moved path (in order, when several share
 * them). Each side was evaluated at its own paths, so a moved file that means the same has no
 * new or fixed finding, and one that now means something else shows just the difference.
 */
export function alignMoved<T extends Finding>(
  base: readonly T[],
  head: readonly Finding[],
  renames: Renames
): T[] {
  if (renames.files.size === 0) return [...base]
  const onBase = new Set(base.map(f => f.fingerprint))
  const onHead = new Set(head.map(f => f.fingerprint))
  const waiting = new Map<string, Finding[]>()
  for (const h of head) {
    if (onBase.has(h.fingerprint)) continue
    const key = identity(h, same)
    const list = waiting.get(key)
    if (list) list.push(h)
    else waiting.set(key, [h])
  }
  return base.map(b => {
    if (onHead.has(b.fingerprint)) return b
    const key = identity(b, renames.toHead)
    if (key === identity(b, same)) return b
    const partner = waiting.get(key)?.shift()
    return partner ? { ...b, fingerprint: partner.fingerprint } : b
  })
}

const same = (path: string): string => path

/** What a finding's fingerprint is made of, its paths named by `name`; never the line. */
function identity(f: Finding, name: (path: string) => string): string {
  // An attack path is its function's, wherever the part it sits on is written (see pathFinding).
  const file = f.path ? '' : name(f.location.file)
  return [f.ruleId, file, name(f.service), f.resource, f.evidence].join('\u0000')
}

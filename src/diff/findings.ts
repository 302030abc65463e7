import { SEVERITIES } from '../policy/config/enums.js'
import type { Finding } from '../policy/types.js'

const SEVERITY_ORDER: readonly string[] = SEVERITIES

/** In a diff: new, unchanged or fixed; in a scan of one tree: present. */
export type FindingStatus = 'new' | 'unchanged' | 'fixed' | 'present'

export interface ClassifiedFinding extends Finding {
  status: FindingStatus
}

/** A finding still in the head and not suppressed: what the reports count and list as open. */
export function isOpen(f: ClassifiedFinding): boolean {
  return f.status !== 'fixed' && !f.suppressed
}

/**
 * Pairs base and head findings by fingerprint: a head finding absent from the base is new, one
 * present in both is unchanged, and a base finding absent from the head was fixed.
 */
export function classifyFindings(
  base: readonly Finding[],
  head: readonly Finding[]
): ClassifiedFinding[] {
  const inBase = new Set(base.map(f => f.fingerprint))
  const inHead = new Set(head.map(f => f.fingerprint))
  return [
    ...head.map(f => ({
      ...f,
      status: inBase.has(f.fingerprint) ? ('unchanged' as const) : ('new' as const)
    })),
    ...base.filter(f => !inHead.has(f.fingerprint)).map(f => ({ ...f, status: 'fixed' as const }))
  ]
}

/** Suppressions present on the head but not covering the same finding on the base were added by the change. */
export function markAddedSuppressions(
  findings: ClassifiedFinding[],
  base: readonly { fingerprint: string; suppressed?: unknown }[]
): ClassifiedFinding[] {
  const suppressedOnBase = new Set(base.filter(f => f.suppressed).map(f => f.fingerprint))
  return findings.map(f =>
    f.suppressed && f.status !== 'fixed' && !suppressedOnBase.has(f.fingerprint)
      ? { ...f, suppressed: { ...f.suppressed, addedInPr: true } }
      : f
  )
}

/**
 * A diff-rule finding that rests on the same evidence as a catalog finding (same service, file and
 * line) is folded into it, so the developer reads one comment saying what changed and what is wrong.
 */
export function foldDiffFindings(
  findings: ClassifiedFinding[],
  diff: readonly Finding[]
): ClassifiedFinding[] {
  const out = [...findings]
  for (const d of diff) {
    const i = mostSevereAt(out, d)
    const target = out[i]
    if (!target) {
      out.push({ ...d, status: 'new' })
      continue
    }
    const severity =
      SEVERITY_ORDER.indexOf(d.severity) < SEVERITY_ORDER.indexOf(target.severity)
        ? d.severity
        : target.severity
    const also = [
      ...(target.also ?? []),
      { ruleId: d.ruleId, severity: d.severity, message: d.message }
    ]
    out[i] = { ...target, severity, status: 'new', also }
  }
  return out
}

/** Index of the most severe new finding at the same file and line as `d`, or -1. */
function mostSevereAt(findings: ClassifiedFinding[], d: Finding): number {
  const order = SEVERITY_ORDER
  let best = -1
  findings.forEach((f, i) => {
    // Each service's notes stay with that service, even on a line several services share.
    if (
      f.status !== 'new' ||
      f.service !== d.service ||
      f.location.file !== d.location.file ||
      f.location.line !== d.location.line
    )
      return
    if (best < 0 || order.indexOf(f.severity) < order.indexOf((findings[best] as Finding).severity))
      best = i
  })
  return best
}

import type { ScanResult } from '../core/scan.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import { formatLocation, uniqueDiagnostics } from '../model/location.js'
import { coverageText } from '../units/coverage.js'
import { countsOf } from './json.js'
import { bySeverity } from './markdown/sections.js'
import { notScanned } from './markdown/summary.js'

/** The scan for a terminal: the decision, findings by status, changes, and what was not scanned. */
export function renderText(result: ScanResult, verbose = false): string {
  const counts = countsOf(result)
  const out = [`serverless-gate: ${result.decision.toUpperCase()} — ${result.reasons.join('; ')}`]
  const severities = Object.entries(counts.bySeverity).map(([s, n]) => `${n} ${s}`)
  out.push(
    `${counts.findings} open findings (${severities.join(', ')}), ${counts.fixed} fixed, ${counts.suppressed} suppressed`
  )
  block(
    out,
    'Could not be checked',
    uniqueDiagnostics(result.errors).map(d => `${formatLocation(d)}  ${d.message}`)
  )
  if (result.coverage) out.push(coverageText(result.coverage))
  const open = bySeverity(result.findings.filter(f => f.status !== 'fixed' && !f.suppressed))
  if (result.mode === 'diff') {
    block(out, 'New', open.filter(f => f.status === 'new').map(findingText))
    block(out, 'Unchanged', open.filter(f => f.status === 'unchanged').map(findingText))
    block(out, 'Fixed', result.findings.filter(f => f.status === 'fixed').map(findingText))
    block(
      out,
      'Security-relevant changes',
      result.changes.map(c => `${formatLocation(c.location)}  ${c.summary}`)
    )
  } else {
    block(out, 'Findings', open.map(findingText))
  }
  block(
    out,
    'Suppressed',
    result.findings
      .filter(f => f.suppressed && f.status !== 'fixed')
      .map(
        f =>
          `${findingText(f)}\n      suppressed (${f.suppressed?.source}): ${f.suppressed?.reason}`
      )
  )
  block(
    out,
    'Not scanned',
    notScanned(result).map(d => `${formatLocation(d)}  ${d.message}`)
  )
  block(
    out,
    'Notes',
    result.notes.map(d => `${formatLocation(d)}  ${d.message}`)
  )
  if (verbose)
    block(
      out,
      'Not decidable (symbolic values)',
      result.undecided.map(
        u => `${formatLocation(u.location)}  ${u.ruleId}: ${u.resource}: ${u.reason}`
      )
    )
  return `${out.join('\n')}\n`
}

function findingText(f: ClassifiedFinding): string {
  const also = (f.also ?? []).map(a => `\n      also ${a.ruleId}: ${a.message}`).join('')
  const note = f.suppressionNote ? `\n      note: ${f.suppressionNote}` : ''
  return `${f.severity.padEnd(8)} ${f.ruleId}  ${formatLocation(f.location)}\n      ${f.message}${also}${note}`
}

function block(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return
  out.push('', `${title} (${lines.length}):`, ...lines.map(l => `  ${l}`))
}

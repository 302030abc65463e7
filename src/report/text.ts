import type { ScanResult } from './scan-result.js'
import { isOpen, type ClassifiedFinding } from '../diff/findings.js'
import { formatLocation, uniqueDiagnostics, type Diagnostic } from '../model/location.js'
import { coverageText } from '../units/coverage.js'
import { countsOf } from './json.js'
import { movedSentence } from './moved.js'
import { bySeverity } from './markdown/sections.js'
import { notScanned } from './markdown/summary.js'
import { oneLine, withoutWorkflowCommands } from './plain-text.js'

/**
 * The scan for a terminal: the decision, findings by status, changes, and what was not scanned.
 * Every repository string goes through `oneLine`, and no line can start a workflow command.
 */
export function renderText(result: ScanResult, verbose = false): string {
  const counts = countsOf(result)
  const out = [
    `serverless-gate: ${result.decision.toUpperCase()} — ${oneLine(result.reasons.join('; '))}`
  ]
  const severities = Object.entries(counts.bySeverity).map(([s, n]) => `${n} ${s}`)
  out.push(
    `${counts.findings} open findings (${severities.join(', ')}), ${counts.fixed} fixed, ${counts.suppressed} suppressed`
  )
  block(out, 'Could not be checked', uniqueDiagnostics(result.errors).map(diagnosticText))
  if (result.coverage) out.push(coverageText(result.coverage))
  if (result.moved) out.push(movedSentence(result.moved, path => oneLine(path)))
  const open = bySeverity(result.findings.filter(isOpen))
  if (result.mode === 'diff') {
    block(out, 'New', open.filter(f => f.status === 'new').map(findingText))
    block(out, 'Unchanged', open.filter(f => f.status === 'unchanged').map(findingText))
    block(out, 'Fixed', result.findings.filter(f => f.status === 'fixed').map(findingText))
    block(
      out,
      'Security-relevant changes',
      result.changes.map(c => `${at(c.location)}  ${oneLine(c.summary)}`)
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
          `${findingText(f)}\n      suppressed (${f.suppressed?.source}): ${oneLine(f.suppressed?.reason ?? '')}`
      )
  )
  block(out, 'Not scanned', notScanned(result).map(diagnosticText))
  block(out, 'Notes', result.notes.map(diagnosticText))
  if (verbose)
    block(
      out,
      'Not decidable (symbolic values)',
      result.undecided.map(
        u => `${at(u.location)}  ${oneLine(`${u.ruleId}: ${u.resource}: ${u.reason}`)}`
      )
    )
  return withoutWorkflowCommands(`${out.join('\n')}\n`)
}

function findingText(f: ClassifiedFinding): string {
  const also = (f.also ?? [])
    .map(a => `\n      also ${oneLine(`${a.ruleId}: ${a.message}`)}`)
    .join('')
  const note = f.suppressionNote ? `\n      note: ${oneLine(f.suppressionNote)}` : ''
  return `${f.severity.padEnd(8)} ${oneLine(f.ruleId)}  ${at(f.location)}\n      ${oneLine(f.message)}${also}${note}`
}

function block(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return
  out.push('', `${title} (${lines.length}):`, ...lines.map(l => `  ${l}`))
}

function diagnosticText(d: Diagnostic): string {
  return `${at(d)}  ${oneLine(d.message)}`
}

function at(location: Parameters<typeof formatLocation>[0]): string {
  return oneLine(formatLocation(location))
}

import type { ScanResult } from '../../core/scan.js'
import { uniqueDiagnostics, type Diagnostic } from '../../model/location.js'
import { countsOf } from '../json.js'
import { coverageText } from '../../units/coverage.js'
import { withoutWorkflowCommands } from '../plain-text.js'
import { escapeMarkdown } from './escape.js'
import { attackPathsSection } from './paths.js'
import {
  bySeverity,
  changeLine,
  diagnosticLine,
  findingLine,
  severityTable,
  suppressedLine,
  type LinkTo
} from './sections.js'

export interface SummaryOptions {
  linkTo?: LinkTo
  /** Longest body allowed (GitHub comments: 65,536 characters): findings are cut lowest severity first. */
  maxLength?: number
  /** Where the full report is, named when the summary is cut. */
  fullReportHint?: string
  /** A hidden marker, so the comment can be found and updated in place. */
  marker?: string
}

const HEADLINE = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error' } as const

/** The Markdown summary: the decision and why, then what changed, what is new, fixed and suppressed. */
export function renderSummary(result: ScanResult, opts: SummaryOptions = {}): string {
  const counts = countsOf(result)
  const open = result.findings.filter(f => f.status !== 'fixed' && !f.suppressed)
  const primary = bySeverity(
    (result.mode === 'diff' ? open.filter(f => f.status === 'new') : open).filter(f => !f.path)
  )
  const head = [
    ...(opts.marker ? [opts.marker] : []),
    `## serverless-gate: ${HEADLINE[result.decision]}`,
    '',
    result.reasons.map(r => escapeMarkdown(r)).join('<br>'),
    ...section(
      `Could not be checked (${result.errors.length})`,
      uniqueDiagnostics(result.errors).map(diagnosticLine)
    ),
    ...(result.coverage ? ['', `_${escapeMarkdown(coverageText(result.coverage))}_`] : []),
    '',
    severityTable(counts.bySeverity),
    ...attackPathsSection(result.findings, result.mode === 'diff', opts.linkTo)
  ]
  const tail = [
    ...section(
      'What this change does to the attack surface',
      result.changes.map(c => changeLine(c, opts.linkTo))
    ),
    ...section(
      `Fixed (${counts.fixed})`,
      bySeverity(result.findings.filter(f => f.status === 'fixed')).map(f => findingLine(f))
    ),
    ...section(
      `Suppressed (${counts.suppressed})`,
      result.findings
        .filter(f => f.suppressed && f.status !== 'fixed')
        .map(f => suppressedLine(f, opts.linkTo))
    ),
    ...section('Not scanned', notScanned(result).map(diagnosticLine)),
    ...section('Notes', result.notes.map(diagnosticLine))
  ]
  const title =
    result.mode === 'diff' ? `New findings (${primary.length})` : `Findings (${primary.length})`
  const lines = primary.map(f => findingLine(f, opts.linkTo))
  const existing =
    result.mode === 'diff' ? bySeverity(open.filter(f => f.status === 'unchanged')) : []
  const existingSection =
    existing.length > 0
      ? [
          '',
          `<details><summary>Already on the base branch (${existing.length})</summary>`,
          '',
          ...existing.map(f => findingLine(f, opts.linkTo)),
          '',
          '</details>'
        ]
      : []
  return fit(head, title, lines, [...existingSection, ...tail], opts)
}

/** Files read in part or left out, that did not stop the gate (the errors are listed above). */
export function notScanned(result: ScanResult): Diagnostic[] {
  const errors = new Set(result.errors.map(d => `${d.file}\0${d.message}`))
  return uniqueDiagnostics(result.diagnostics.head).filter(
    d => !errors.has(`${d.file}\0${d.message}`)
  )
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `### ${title}`, '', ...lines]
}

/** Drops findings from the end (lowest severity) until the body fits, and says how many were left out. */
function fit(
  head: string[],
  title: string,
  lines: string[],
  tail: string[],
  opts: SummaryOptions
): string {
  const render = (kept: string[], extraTail: string[]): string =>
    withoutWorkflowCommands(
      [
        ...head,
        ...section(title, kept),
        ...(kept.length < lines.length
          ? [
              `- … and ${lines.length - kept.length} more: ${escapeMarkdown(opts.fullReportHint ?? 'see the full report')}`
            ]
          : []),
        ...extraTail,
        ''
      ].join('\n')
    )
  let kept = lines
  let body = render(kept, tail)
  const max = opts.maxLength ?? Infinity
  while (body.length > max && kept.length > 0) {
    kept = kept.slice(0, Math.floor(kept.length * 0.8))
    body = render(kept, tail)
  }
  if (body.length > max) body = render(kept, [])
  return body.length > max ? body.slice(0, max - 40) + '\n\n… (truncated)\n' : body
}

import type { ScanResult } from '../scan-result.js'
import { isOpen } from '../../diff/findings.js'
import { uniqueDiagnostics, type Diagnostic } from '../../model/location.js'
import { countsOf } from '../json.js'
import { coverageText } from '../../units/coverage.js'
import { clipBytes, withoutWorkflowCommands } from '../plain-text.js'
import { renderWithinBudget, type BudgetedSection } from './budget.js'
import { movedSentence } from '../moved.js'
import { code, escapeMarkdown, withoutUnfinishedSpan } from './escape.js'
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
  /**
   * Longest body allowed, in UTF-8 bytes (GitHub comments: 65,536 characters; job summaries:
   * 1 MiB). Sections are cut by priority: new findings, attack-surface changes, files not scanned,
   * fixed, then the rest, each cut saying how many items it left out.
   */
  maxLength?: number
  /** Where the full report is, named when the summary is cut. */
  fullReportHint?: string
  /** A hidden marker, so the comment can be found and updated in place. */
  marker?: string
}

/** Below GitHub's 1 MiB limit on a step's job summary, where the CLI's Markdown usually goes. */
export const JOB_SUMMARY_MAX_BYTES = 1000 * 1024

const HEADLINE = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error' } as const

/** The Markdown summary: the decision and why, then what changed, what is new, fixed and suppressed. */
export function renderSummary(result: ScanResult, opts: SummaryOptions = {}): string {
  const counts = countsOf(result)
  const open = result.findings.filter(isOpen)
  const primary = bySeverity(
    (result.mode === 'diff' ? open.filter(f => f.status === 'new') : open).filter(f => !f.path)
  )
  const head = [
    ...(opts.marker ? [opts.marker] : []),
    `## serverless-gate: ${HEADLINE[result.decision]}`,
    '',
    result.reasons.map(r => escapeMarkdown(r)).join('<br>'),
    ...(result.coverage ? ['', `_${escapeMarkdown(coverageText(result.coverage))}_`] : []),
    ...(result.moved ? ['', `_${movedSentence(result.moved, code)}_`] : []),
    '',
    severityTable(counts.bySeverity),
    ...attackPathsSection(result.findings, result.mode === 'diff', opts.linkTo)
  ]
  const title =
    result.mode === 'diff' ? `New findings (${primary.length})` : `Findings (${primary.length})`
  const existing =
    result.mode === 'diff' ? bySeverity(open.filter(f => f.status === 'unchanged')) : []
  // Shown in this order; when space runs out, it goes first to what the change introduces.
  const sections: BudgetedSection[] = [
    section(
      0,
      `Could not be checked (${result.errors.length})`,
      uniqueDiagnostics(result.errors).map(diagnosticLine)
    ),
    section(
      1,
      title,
      primary.map(f => findingLine(f, opts.linkTo))
    ),
    {
      priority: 5,
      open: ['', `<details><summary>Already on the base branch (${existing.length})</summary>`, ''],
      items: existing.map(f => findingLine(f, opts.linkTo)),
      close: ['', '</details>']
    },
    section(
      2,
      'What this change does to the attack surface',
      result.changes.map(c => changeLine(c, opts.linkTo))
    ),
    section(
      4,
      `Fixed (${counts.fixed})`,
      bySeverity(result.findings.filter(f => f.status === 'fixed')).map(f => findingLine(f))
    ),
    section(
      6,
      `Suppressed (${counts.suppressed})`,
      result.findings
        .filter(f => f.suppressed && f.status !== 'fixed')
        .map(f => suppressedLine(f, opts.linkTo))
    ),
    section(3, 'Not scanned', notScanned(result).map(diagnosticLine)),
    section(7, 'Notes', result.notes.map(diagnosticLine))
  ].filter(s => s.items.length > 0)
  const budget =
    opts.maxLength === undefined
      ? undefined
      : {
          maxBytes: opts.maxLength,
          hint: escapeMarkdown(opts.fullReportHint ?? 'see the full report')
        }
  const body = withoutWorkflowCommands(renderWithinBudget(head, sections, budget))
  // The head is not budgeted: a head longer than the limit (attack paths with long names) is cut,
  // counted in bytes like the rest, between characters.
  return opts.maxLength !== undefined && Buffer.byteLength(body) > opts.maxLength
    ? `${clipMarkdown(body, opts.maxLength - Buffer.byteLength(TRUNCATED))}${TRUNCATED}`
    : body
}

const TRUNCATED = '\n\n(truncated)\n'

/** Markdown cut to `max` bytes between characters, never inside a code span or an escape. */
function clipMarkdown(body: string, max: number): string {
  // clipBytes marks its cut with `…`, after which nothing is left to close.
  const clipped = clipBytes(body, max)
  return `${withoutUnfinishedSpan(clipped.slice(0, -1))}…`
}

/** Files read in part or left out, that did not stop the gate (the errors are listed above). */
export function notScanned(result: ScanResult): Diagnostic[] {
  const errors = new Set(result.errors.map(d => `${d.file}\0${d.message}`))
  return uniqueDiagnostics(result.diagnostics.head).filter(
    d => !errors.has(`${d.file}\0${d.message}`)
  )
}

function section(priority: number, title: string, items: string[]): BudgetedSection {
  return { priority, open: ['', `### ${title}`, ''], items, close: [] }
}

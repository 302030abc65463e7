import type { Logger } from '../core/logger.js'
import { effectiveDecision } from '../core/decision.js'
import type { ScanResult } from '../core/scan.js'
import { isOpen, type ClassifiedFinding } from '../diff/findings.js'
import { bySeverity, type LinkTo } from '../report/markdown/sections.js'
import { escapeMarkdown } from '../report/markdown/escape.js'
import { renderSummary } from '../report/markdown/summary.js'
import { clip, clipBytes, oneLine } from '../report/plain-text.js'
import type { GitHubClient, Repository } from './client.js'
import { cut, plural, severityBreakdown } from './review-body.js'

export interface CheckRunOptions {
  name: string
  headSha: string
  result: ScanResult
  /** The run's page, shown as the check's details link. */
  detailsUrl?: string
  linkTo?: LinkTo
}

type Conclusion = 'success' | 'failure' | 'neutral'
type Level = 'failure' | 'warning' | 'notice'

interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: Level
  title: string
  message: string
}

/** The Checks API takes at most 50 annotations per request; updates append the next ones. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit on `output.summary`. */
const MAX_SUMMARY = 65_535
const MAX_TITLE = 200
/** GitHub refuses a whole request over one annotation whose title or message is longer. */
const MAX_ANNOTATION_TITLE = 255
const MAX_ANNOTATION_BYTES = 64 * 1024
/** Annotations per check run: three requests' worth; the rest are counted in the summary. */
export const MAX_ANNOTATIONS = 150

/**
 * A completed check run on the head commit with the decision, the summary, and one annotation per
 * open finding, sent 50 per request (the create call, then updates that append). Octokit errors
 * are thrown as they are.
 */
export async function publishCheckRun(
  client: GitHubClient,
  repository: Repository,
  options: CheckRunOptions,
  logger: Logger
): Promise<{ id: number; annotations: number }> {
  const { result } = options
  const { annotations, note } = annotationsOf(result)
  const output = {
    title: checkTitle(result),
    summary: `${note}${renderSummary(result, {
      maxLength: MAX_SUMMARY - note.length,
      fullReportHint: 'see the job summary of this run',
      linkTo: options.linkTo
    })}`
  }
  const batches = chunks(annotations, ANNOTATIONS_PER_REQUEST)
  const where = { owner: repository.owner, repo: repository.repo }
  const { data } = await client.rest.checks.create({
    ...where,
    name: options.name,
    head_sha: options.headSha,
    status: 'completed',
    conclusion: conclusionOf(result),
    ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] }
  })
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      ...where,
      check_run_id: data.id,
      output: { ...output, annotations: batch }
    })
  }
  logger.info(`check run ${data.id}: ${output.title} (${annotations.length} annotation(s))`)
  return { id: data.id, annotations: annotations.length }
}

/**
 * The check run of a scan that could not complete: nothing of the commit was checked, so the run
 * fails (with `on-error: warn`, neutral: never success), saying why. Octokit errors are thrown.
 */
export async function publishIncompleteCheckRun(
  client: GitHubClient,
  repository: Repository,
  options: {
    name: string
    headSha: string
    reason: string
    warnOnly: boolean
    detailsUrl?: string
  },
  logger: Logger
): Promise<number> {
  const { data } = await client.rest.checks.create({
    owner: repository.owner,
    repo: repository.repo,
    name: options.name,
    head_sha: options.headSha,
    status: 'completed',
    conclusion: options.warnOnly ? 'neutral' : 'failure',
    ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
    output: {
      title: clip(`Error: ${oneLine(options.reason)}`, MAX_TITLE),
      // In UTF-16 units, which are never fewer than the characters GitHub counts.
      summary: cut(incompleteSummary(options.reason), MAX_SUMMARY)
    }
  })
  logger.info(`check run ${data.id}: the scan did not complete`)
  return data.id
}

/** Markdown saying the scan did not complete and why (the reason may quote repository text). */
export function incompleteSummary(reason: string): string {
  return [
    '## serverless-gate: ⚠️ error',
    '',
    'The scan did not complete, so nothing of this commit was checked.',
    '',
    escapeMarkdown(oneLine(reason))
  ].join('\n')
}

/**
 * success on pass, failure on fail, neutral when the gate never fails on findings
 * (`fail-on-severity: none`). An error is a failure, never a pass; with `on-error: warn` it is
 * decided on what could be checked: a failure with findings, else neutral (never success).
 */
export function conclusionOf(result: ScanResult): Conclusion {
  if (result.decision === 'error')
    return effectiveDecision(result) === 'pass' ? 'neutral' : 'failure'
  if (result.decision === 'fail') return 'failure'
  return result.settings['fail-on-severity'] === 'none' ? 'neutral' : 'success'
}

/** "2 new findings: 1 critical, 1 high", "No new findings at or above high", "Error: …". */
export function checkTitle(result: ScanResult): string {
  const threshold = result.settings['fail-on-severity']
  const scope = result.mode === 'diff' && result.settings['gate-on'] === 'new' ? 'new ' : ''
  if (result.decision === 'error') return clip(`Error: ${result.reasons.join('; ')}`, MAX_TITLE)
  if (result.decision === 'fail')
    return `${plural(result.gating.length, `${scope}finding`)}: ${severityBreakdown(result.gating)}`
  if (threshold !== 'none') return `No ${scope}findings at or above ${threshold}`
  const open = result.findings.filter(f => isOpen(f) && (!scope || f.status === 'new'))
  return open.length === 0
    ? `No ${scope}findings`
    : `${plural(open.length, `${scope}finding`)} (${severityBreakdown(open)}), not gating: fail-on-severity is none`
}

/**
 * What the check annotates: in a pull request its new findings, not what the base branch already
 * had; at most MAX_ANNOTATIONS, most severe first, so a large repository costs a few requests.
 * The note says what was left out, for the top of the check's summary.
 */
function annotationsOf(result: ScanResult): { annotations: Annotation[]; note: string } {
  const open = result.findings.filter(isOpen)
  const candidates = result.mode === 'diff' ? open.filter(f => f.status === 'new') : open
  const chosen = bySeverity(candidates).slice(0, MAX_ANNOTATIONS)
  const what = result.mode === 'diff' ? 'new finding' : 'finding'
  const notes = [
    ...(chosen.length < candidates.length
      ? [
          `Annotated the ${chosen.length} most severe of ${plural(candidates.length, what)}; the other ${candidates.length - chosen.length} are in the job summary and the SARIF report.`
        ]
      : []),
    ...(open.length > candidates.length
      ? [
          `${plural(open.length - candidates.length, 'finding')} already on the base branch ${open.length - candidates.length === 1 ? 'is' : 'are'} not annotated.`
        ]
      : [])
  ]
  const note = notes.length > 0 ? `${notes.join(' ')}\n\n` : ''
  return { annotations: chosen.map(f => annotationOf(result, f)), note }
}

/** Gating findings fail, other new ones warn, the rest are notices. */
function annotationOf(result: ScanResult, f: ClassifiedFinding): Annotation {
  const gating = result.gating.some(g => g.fingerprint === f.fingerprint)
  const level: Level = gating ? 'failure' : f.status === 'new' ? 'warning' : 'notice'
  const line = Math.max(1, f.location.line)
  return {
    path: f.location.file.replace(/^\.\//, ''),
    start_line: line,
    end_line: line,
    annotation_level: level,
    title: clip(`${f.ruleId} (${f.severity})`, MAX_ANNOTATION_TITLE),
    message: clipBytes(annotationMessage(f), MAX_ANNOTATION_BYTES)
  }
}

/**
 * Annotations are plain text: the message, and what the change did on the same line, each on a
 * line of its own. Repository strings in them are made one plain line, as in every human output:
 * a line break or a bidirectional override in a resource name would forge or reorder the text.
 */
function annotationMessage(f: ClassifiedFinding): string {
  const also = (f.also ?? []).map(a => `↳ ${a.ruleId} (${a.severity}): ${a.message}`)
  return [f.message, ...also].map(oneLine).join('\n')
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

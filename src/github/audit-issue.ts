import { errorMessage } from '../sources/errors.js'
import type { Logger } from '../core/logger.js'
import type { ScanResult } from '../core/scan.js'
import type { LinkTo } from '../report/markdown/sections.js'
import { renderSummary } from '../report/markdown/summary.js'
import { clip } from '../report/plain-text.js'
import { statusOf, type GitHubClient, type Repository } from './client.js'
import { AUDIT_MARKER, hasMarker, isGateAuthor } from './markers.js'
import { PER_PAGE } from './paginate.js'
import { MAX_BODY_LENGTH, plural, safeUrl } from './review-body.js'

export const AUDIT_LABEL = 'serverless-gate'
const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION = 'Security findings tracked by serverless-gate'

export interface AuditIssueOptions {
  result: ScanResult
  /** The run's page, linked from the issue. */
  runUrl?: string
  /** The branch audited; read from the repository when not given. */
  defaultBranch?: string
  /** The login the gate posts as, when known; otherwise the marker counts in bot accounts' issues. */
  author?: string
  linkTo?: LinkTo
}

export type AuditIssueOutcome = 'created' | 'updated' | 'closed' | 'unchanged'

/**
 * One tracking issue for the repository's open findings: created when there are some, updated in
 * place as they change, closed with a comment once the repository is clean. Octokit errors are
 * thrown as they are (an existing label is not one).
 */
export async function syncAuditIssue(
  client: GitHubClient,
  repository: Repository,
  options: AuditIssueOptions,
  logger: Logger
): Promise<AuditIssueOutcome> {
  // The issue tracks what fails the audit: findings at or above the threshold, and files the gate
  // could not check. A run with errors never closes it (an error is not a clean repository): it
  // says which files could not be checked instead.
  const [issue, ...duplicates] = await findAuditIssues(client, repository, options.author)
  const outcome = await syncKept(client, repository, issue, options, logger)
  // Only one issue is kept: another would keep an old list of findings open forever. Closed after
  // the write, so a close that fails leaves the kept issue up to date.
  for (const duplicate of duplicates) {
    try {
      if (issue) await closeDuplicate(client, repository, duplicate, issue)
    } catch (err) {
      logger.warning(`duplicate audit issue #${duplicate.number} not closed: ${errorMessage(err)}`)
    }
  }
  return outcome
}

async function syncKept(
  client: GitHubClient,
  repository: Repository,
  issue: { number: number; title: string; body?: string | null } | undefined,
  options: AuditIssueOptions,
  logger: Logger
): Promise<AuditIssueOutcome> {
  const where = { owner: repository.owner, repo: repository.repo }
  const open = options.result.gating.length
  const failedToCheck = options.result.decision === 'error'
  if (failedToCheck)
    logger.warning('the audit could not check everything: the tracking issue says which files')
  if (open === 0 && !failedToCheck) {
    if (!issue) return 'unchanged'
    await client.rest.issues.createComment({
      ...where,
      issue_number: issue.number,
      body: closingComment(options.result.settings['fail-on-severity'], options.runUrl)
    })
    await client.rest.issues.update({
      ...where,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed'
    })
    logger.info(`audit issue #${issue.number} closed: no open findings`)
    return 'closed'
  }
  const branch = clip(
    options.defaultBranch ?? (await client.rest.repos.get(where)).data.default_branch,
    MAX_BRANCH_IN_TITLE
  )
  const threshold = options.result.settings['fail-on-severity']
  const findings = `${plural(open, 'finding')} at or above ${threshold}`
  const unchecked = new Set(options.result.errors.map(e => e.file)).size
  const title = failedToCheck
    ? `serverless-gate: ${plural(unchecked, 'file')} could not be checked in ${branch} (${findings})`
    : `serverless-gate: ${findings} in ${branch}`
  const body = issueBody(options)
  if (issue) {
    if (issue.title === title && issue.body === body) return 'unchanged'
    await client.rest.issues.update({ ...where, issue_number: issue.number, title, body })
    logger.info(`audit issue #${issue.number} updated: ${title}`)
    return 'updated'
  }
  await ensureLabel(client, repository)
  const { data } = await client.rest.issues.create({ ...where, title, body, labels: [AUDIT_LABEL] })
  logger.info(`audit issue #${data.number} created: ${title}`)
  return 'created'
}

/** GitHub refuses an issue title over 256 characters: a branch is named in at most 100 of them. */
const MAX_BRANCH_IN_TITLE = 100

/**
 * The gate's open issues, newest first: labelled, with the marker, written by the gate (pull
 * requests excluded). There is one, unless a create GitHub answered with an error was retried.
 */
async function findAuditIssues(client: GitHubClient, repository: Repository, author?: string) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: repository.owner,
    repo: repository.repo,
    state: 'open',
    labels: AUDIT_LABEL,
    sort: 'created',
    direction: 'desc',
    per_page: PER_PAGE
  })
  return issues.filter(
    issue =>
      !issue.pull_request && hasMarker(issue.body, AUDIT_MARKER) && isGateAuthor(issue.user, author)
  )
}

async function closeDuplicate(
  client: GitHubClient,
  repository: Repository,
  duplicate: { number: number },
  kept: { number: number }
): Promise<void> {
  const where = { owner: repository.owner, repo: repository.repo }
  await client.rest.issues.createComment({
    ...where,
    issue_number: duplicate.number,
    body: `A duplicate of #${kept.number}, which tracks the findings: closing this one.`
  })
  await client.rest.issues.update({
    ...where,
    issue_number: duplicate.number,
    state: 'closed',
    state_reason: 'not_planned'
  })
}

function issueBody(options: AuditIssueOptions): string {
  const url = options.runUrl && safeUrl(options.runUrl)
  const footer = url ? `\n_Updated by [this run](${url})._\n` : ''
  const summary = renderSummary(options.result, {
    marker: AUDIT_MARKER,
    maxLength: MAX_BODY_LENGTH - footer.length,
    fullReportHint: 'see the job summary of the latest audit run',
    linkTo: options.linkTo
  })
  return summary + footer
}

function closingComment(threshold: string, runUrl?: string): string {
  const url = runUrl && safeUrl(runUrl)
  const by = url ? ` ([audit run](${url}))` : ''
  return `The repository is clean: serverless-gate finds nothing at or above ${threshold} any more${by}. Closing this issue.`
}

/** Creates the label the issue is found by; one that already exists (or was just created) is fine. */
async function ensureLabel(client: GitHubClient, repository: Repository): Promise<void> {
  const where = { owner: repository.owner, repo: repository.repo }
  try {
    await client.rest.issues.getLabel({ ...where, name: AUDIT_LABEL })
    return
  } catch (err) {
    if (statusOf(err) !== 404) throw err
  }
  try {
    await client.rest.issues.createLabel({
      ...where,
      name: AUDIT_LABEL,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION
    })
  } catch (err) {
    if (!isAlreadyExists(err)) throw err
  }
}

function isAlreadyExists(err: unknown): boolean {
  if (statusOf(err) !== 422) return false
  const errors = (err as { response?: { data?: { errors?: { code?: string }[] } } }).response?.data
    ?.errors
  return Array.isArray(errors) && errors.some(e => e?.code === 'already_exists')
}

import { errorMessage } from '../sources/errors.js'
import type { Logger } from '../core/logger.js'
import type { ScanResult } from '../core/scan.js'
import type { LinkTo } from '../report/markdown/sections.js'
import { renderSummary } from '../report/markdown/summary.js'
import { incompleteSummary } from './check-run.js'
import type { GitHubClient, Repository } from './client.js'
import { hasMarker, isGateAuthor, SUMMARY_MARKER } from './markers.js'
import { PER_PAGE } from './paginate.js'
import { cut, MAX_BODY_LENGTH } from './review-body.js'

export interface SummaryCommentOptions {
  pullNumber: number
  body: string
  /** The login the gate posts as, when known; otherwise the marker counts in bot accounts' comments. */
  author?: string
}

/** Below GitHub's 65,536: room for the marker and the cut notice. */
const SUMMARY_MAX_LENGTH = 65_000

/** The pull request's summary comment: the Markdown summary with the marker that finds it again. */
export function summaryCommentBody(result: ScanResult, linkTo?: LinkTo): string {
  return renderSummary(result, {
    marker: SUMMARY_MARKER,
    maxLength: SUMMARY_MAX_LENGTH,
    fullReportHint: 'see the job summary of this run',
    linkTo
  })
}

/**
 * The summary comment of a run that could not complete: it replaces the previous run's, which
 * spoke of an earlier commit (a pass there must not stand for this one).
 */
export function incompleteCommentBody(reason: string): string {
  return cut(`${SUMMARY_MARKER}\n${incompleteSummary(reason)}\n`, MAX_BODY_LENGTH)
}

/**
 * Exactly one summary comment per pull request: the gate's earlier one is updated in place (so a
 * clean run replaces a failure), or it is created. Any other summary of the gate's (a create that
 * GitHub answered with an error after making it, then retried) is deleted, so none keeps showing
 * an old result. Octokit errors are thrown as they are.
 */
export async function upsertSummaryComment(
  client: GitHubClient,
  repository: Repository,
  options: SummaryCommentOptions,
  logger: Logger
): Promise<{ id: number; created: boolean }> {
  const where = { owner: repository.owner, repo: repository.repo }
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...where,
    issue_number: options.pullNumber,
    per_page: PER_PAGE
  })
  const [existing, ...extra] = comments.filter(
    c => hasMarker(c.body, SUMMARY_MARKER) && isGateAuthor(c.user, options.author)
  )
  const written = await writeSummary(client, where, existing, options, logger)
  // After the write: a delete that fails (another run deleted it first) leaves the result shown.
  for (const duplicate of extra) {
    try {
      await client.rest.issues.deleteComment({ ...where, comment_id: duplicate.id })
      logger.info(`summary comment ${duplicate.id} deleted on #${options.pullNumber}: a duplicate`)
    } catch (err) {
      logger.warning(`duplicate summary comment ${duplicate.id} not deleted: ${errorMessage(err)}`)
    }
  }
  return written
}

async function writeSummary(
  client: GitHubClient,
  where: { owner: string; repo: string },
  existing: { id: number; body?: string | null } | undefined,
  options: SummaryCommentOptions,
  logger: Logger
): Promise<{ id: number; created: boolean }> {
  if (existing) {
    // The same body again (a re-run of the same commit) needs no write.
    if (existing.body !== options.body) {
      await client.rest.issues.updateComment({
        ...where,
        comment_id: existing.id,
        body: options.body
      })
      logger.info(`summary comment ${existing.id} updated on #${options.pullNumber}`)
    }
    return { id: existing.id, created: false }
  }
  const { data } = await client.rest.issues.createComment({
    ...where,
    issue_number: options.pullNumber,
    body: options.body
  })
  logger.info(`summary comment ${data.id} created on #${options.pullNumber}`)
  return { id: data.id, created: true }
}

import { annotateFiles, findingAnnotation } from './annotations.js'
import type { Logger } from '../core/logger.js'
import type { ScanResult } from '../core/scan.js'
import { errorMessage } from '../sources/errors.js'
import { syncAuditIssue } from '../github/audit-issue.js'
import { publishCheckRun, publishIncompleteCheckRun } from '../github/check-run.js'
import {
  isPermissionDenied,
  isRateLimited,
  rateLimitReset,
  type GitHubClient,
  type Repository
} from '../github/client.js'
import type { ChangedFiles } from '../github/pull-request.js'
import { postReview } from '../github/review.js'
import {
  incompleteCommentBody,
  summaryCommentBody,
  upsertSummaryComment
} from '../github/summary-comment.js'
import type { ConfigFile } from '../policy/config/schema.js'
import { blobLinks, bySeverity, type LinkTo } from '../report/markdown/sections.js'

export interface PublishContext {
  client: GitHubClient
  repository: Repository
  result: ScanResult
  config: ConfigFile
  /** The commit the findings are on: the pull request's head, or the audited commit. */
  headSha?: string
  pullNumber?: number
  changed?: ChangedFiles
  commentMode: 'review' | 'summary' | 'off'
  checkName?: string
  auditIssue: boolean
  runUrl?: string
  /** The account the gate posts as, when the token is a person's (bots are recognised without it). */
  author?: string
  logger: Logger
}

/**
 * Posts the result where people look: review comments and one summary comment on the pull
 * request, a check run, the audit issue. A write the token may not make (a fork's read-only
 * token, a missing permission) degrades to workflow annotations and the job summary, with one
 * warning; it never changes the gate's decision.
 */
export async function publishToGitHub(ctx: PublishContext): Promise<{ degraded: boolean }> {
  const writes = new Writes(
    ctx.logger,
    'findings are reported as annotations and in the job summary instead'
  )
  const attempt = writes.attempt.bind(writes)
  const linkTo = linkToHead(ctx)
  if (ctx.pullNumber !== undefined && ctx.commentMode !== 'off') {
    const pullNumber = ctx.pullNumber
    if (ctx.commentMode === 'review' && ctx.changed && ctx.headSha) {
      const changed = ctx.changed
      const headSha = ctx.headSha
      await attempt('post review comments', 'pull-requests: write', () =>
        postReview(
          ctx.client,
          ctx.repository,
          {
            pullNumber,
            headSha,
            result: ctx.result,
            changed,
            config: ctx.config,
            author: ctx.author
          },
          ctx.logger
        )
      )
    }
    await attempt('update the summary comment', 'pull-requests: write', () =>
      upsertSummaryComment(
        ctx.client,
        ctx.repository,
        { pullNumber, body: summaryCommentBody(ctx.result, linkTo), author: ctx.author },
        ctx.logger
      )
    )
  }
  if (ctx.checkName && ctx.headSha) {
    const options = {
      name: ctx.checkName,
      headSha: ctx.headSha,
      result: ctx.result,
      detailsUrl: ctx.runUrl,
      linkTo
    }
    await attempt('create the check run', 'checks: write', () =>
      publishCheckRun(ctx.client, ctx.repository, options, ctx.logger)
    )
  }
  if (ctx.auditIssue) {
    await attempt('update the audit issue', 'issues: write', () =>
      syncAuditIssue(
        ctx.client,
        ctx.repository,
        { result: ctx.result, runUrl: ctx.runUrl, linkTo, author: ctx.author },
        ctx.logger
      )
    )
  }
  const degraded = writes.finish()
  if (degraded) annotateAll(ctx.result)
  return { degraded }
}

/**
 * The writes of one run to GitHub: each tried once, what fails said. A write the token may not
 * make is named in one warning at the end, with the permission it needs, so one fix of the
 * workflow is enough; a spent rate limit is said as such, not as a missing permission.
 */
class Writes {
  private readonly refused: string[] = []
  private failed = false

  constructor(
    private readonly logger: Logger,
    /** Where what could not be published can be read instead. */
    private readonly instead: string
  ) {}

  async attempt(what: string, permission: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn()
    } catch (err) {
      if (isRateLimited(err)) {
        this.failed = true
        this.logger.warning(
          `could not ${what}: GitHub's API rate limit for this token is spent (${rateLimitReset(err)}); ${this.instead}`
        )
      } else if (isPermissionDenied(err)) {
        this.failed = true
        this.refused.push(`${what} (\`${permission}\`)`)
      } else {
        this.logger.warning(`could not ${what}: ${errorMessage(err)}`)
      }
    }
  }

  /** Says which writes the token may not make; true when a write was refused or rate limited. */
  finish(): boolean {
    if (this.refused.length > 0)
      this.logger.warning(
        `the token may not ${this.refused.join(', ')}; a pull request from a fork gets a read-only token: ${this.instead}`
      )
    return this.failed
  }
}

/** Where a run that could not complete says so: the check run and the pull request's summary. */
export interface IncompleteContext {
  client: GitHubClient
  repository: Repository
  headSha: string
  pullNumber?: number
  commentMode: 'review' | 'summary' | 'off'
  checkName?: string
  runUrl?: string
  /** `on-error: warn`: the check is neutral, not failed. */
  warnOnly: boolean
  author?: string
  logger: Logger
}

/**
 * A run that stopped before its result: the check run fails saying why, and the summary comment
 * says so in place of the previous run's (which spoke of an earlier commit). Never throws.
 */
export async function publishIncomplete(ctx: IncompleteContext, reason: string): Promise<void> {
  const writes = new Writes(ctx.logger, 'the reason is in this log')
  if (ctx.pullNumber !== undefined && ctx.commentMode !== 'off') {
    const pullNumber = ctx.pullNumber
    await writes.attempt('update the summary comment', 'pull-requests: write', () =>
      upsertSummaryComment(
        ctx.client,
        ctx.repository,
        { pullNumber, body: incompleteCommentBody(reason), author: ctx.author },
        ctx.logger
      )
    )
  }
  if (ctx.checkName) {
    const options = {
      name: ctx.checkName,
      headSha: ctx.headSha,
      reason,
      warnOnly: ctx.warnOnly,
      detailsUrl: ctx.runUrl
    }
    await writes.attempt('create the check run', 'checks: write', () =>
      publishIncompleteCheckRun(ctx.client, ctx.repository, options, ctx.logger)
    )
  }
  writes.finish()
}

/** Without comments or a check run, every new finding becomes an annotation (gating ones already are). */
function annotateAll(result: ScanResult): void {
  const gating = new Set(result.gating.map(f => f.fingerprint))
  const others = result.findings.filter(
    f =>
      !gating.has(f.fingerprint) && !f.suppressed && (f.status === 'new' || f.status === 'present')
  )
  annotateFiles('warning', bySeverity(others).map(findingAnnotation), 'findings')
}

function linkToHead(ctx: PublishContext): LinkTo | undefined {
  if (!ctx.headSha) return undefined
  return blobLinks(
    `${ctx.repository.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/blob/${ctx.headSha}`
  )
}

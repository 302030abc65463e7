import { log } from './log.js'
import type { Logger } from '../core/logger.js'
import type { ScanResult } from '../core/scan.js'
import { errorMessage } from '../core/errors.js'
import { syncAuditIssue } from '../github/audit-issue.js'
import { publishCheckRun } from '../github/check-run.js'
import {
  isPermissionDenied,
  isRateLimited,
  rateLimitReset,
  type GitHubClient,
  type Repository
} from '../github/client.js'
import type { ChangedFiles } from '../github/pull-request.js'
import { postReview } from '../github/review.js'
import { summaryCommentBody, upsertSummaryComment } from '../github/summary-comment.js'
import type { ConfigFile } from '../policy/config/schema.js'
import type { LinkTo } from '../report/markdown/sections.js'

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
  const refused: string[] = []
  let degraded = false
  const linkTo = linkToHead(ctx)
  const attempt = async (
    what: string,
    permission: string,
    fn: () => Promise<unknown>
  ): Promise<void> => {
    try {
      await fn()
    } catch (err) {
      if (isRateLimited(err)) {
        degraded = true
        ctx.logger.warning(
          `could not ${what}: GitHub's API rate limit for this token is spent (${rateLimitReset(err)}); findings are reported as annotations and in the job summary instead`
        )
      } else if (isPermissionDenied(err)) {
        degraded = true
        refused.push(`${what} (\`${permission}\`)`)
      } else {
        ctx.logger.warning(`could not ${what}: ${errorMessage(err)}`)
      }
    }
  }
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
  // One warning naming each write the token may not make, so one fix of the workflow is enough.
  if (refused.length > 0)
    ctx.logger.warning(
      `the token may not ${refused.join(', ')}; a pull request from a fork gets a read-only token: findings are reported as annotations and in the job summary instead`
    )
  if (degraded) annotateAll(ctx.result)
  return { degraded }
}

/** Without comments or a check run, every new finding becomes an annotation (gating ones already are). */
function annotateAll(result: ScanResult): void {
  const gating = new Set(result.gating.map(f => f.fingerprint))
  for (const f of result.findings) {
    if (gating.has(f.fingerprint) || f.suppressed || (f.status !== 'new' && f.status !== 'present'))
      continue
    log.warning(f.message, {
      title: `serverless-gate: ${f.ruleId} (${f.severity})`,
      file: f.location.file,
      startLine: f.location.line
    })
  }
}

function linkToHead(ctx: PublishContext): LinkTo | undefined {
  if (!ctx.headSha) return undefined
  const base = `${ctx.repository.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/blob/${ctx.headSha}`
  return (file, line) => `${base}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`
}

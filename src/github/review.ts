import type { Logger } from '../core/logger.js'
import type { ScanResult } from '../core/scan.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import type { ConfigFile } from '../policy/config/schema.js'
import type { RuleMeta } from '../policy/types.js'
import { bySeverity } from '../report/markdown/sections.js'
import { allRuleMeta } from '../report/rules-meta.js'
import { statusOf, type GitHubClient, type Repository } from './client.js'
import { findingMarkersIn, isGateAuthor, REVIEW_MARKER } from './markers.js'
import { PER_PAGE } from './paginate.js'
import { plural, reviewCommentBody, severityBreakdown } from './review-body.js'
import { errorMessage } from '../sources/errors.js'

/** The lines of each changed file a review comment may sit on (the shape the pull request reader gives). */
export interface CommentableDiff {
  files: ReadonlyMap<string, { commentable: ReadonlySet<number> }>
}

export interface ReviewOptions {
  pullNumber: number
  headSha: string
  result: Pick<ScanResult, 'findings'>
  changed: CommentableDiff
  /** Most inline comments in one review (default 50); the rest are left to the summary. */
  maxComments?: number
  /** The login the gate posts as, when known; otherwise markers count in bot accounts' comments. */
  author?: string
  /** The config, for the remediation texts of its custom rules. */
  config?: Pick<ConfigFile, 'custom-rules'>
}

export interface ReviewOutcome {
  /** Commented on their line by this run. */
  posted: ClassifiedFinding[]
  /** Commented on by an earlier run: not repeated. */
  alreadyPosted: ClassifiedFinding[]
  /** Not on a line the diff shows (or over the cap): the summary lists them. */
  outsideDiff: ClassifiedFinding[]
}

interface InlineComment {
  finding: ClassifiedFinding
  path: string
  line: number
  body: string
}

export const DEFAULT_MAX_COMMENTS = 50

/**
 * One review per run: an inline comment on the head line of each new, unsuppressed finding the
 * diff shows, none repeated from an earlier run. Octokit errors are thrown as they are, except a
 * 422 about comment placement, which is retried once without the comments GitHub refused.
 */
export async function postReview(
  client: GitHubClient,
  repository: Repository,
  options: ReviewOptions,
  logger: Logger
): Promise<ReviewOutcome> {
  const candidates = bySeverity(
    options.result.findings.filter(f => f.status === 'new' && !f.suppressed)
  )
  if (candidates.length === 0) return { posted: [], alreadyPosted: [], outsideDiff: [] }
  const done = await postedFingerprints(client, repository, options)
  const alreadyPosted = candidates.filter(f => done.has(f.fingerprint))
  const pending = candidates.filter(f => !done.has(f.fingerprint))
  const comments = plannedComments(pending, options, logger)
  const elsewhere = pending.length - comments.length
  const posted = await submit(client, repository, options, comments, elsewhere, logger)
  const postedSet = new Set(posted.map(c => c.finding))
  return {
    posted: posted.map(c => c.finding),
    alreadyPosted,
    outsideDiff: pending.filter(f => !postedSet.has(f))
  }
}

/** A comment for each finding on a commentable line, most severe first, up to the cap. */
function plannedComments(
  pending: ClassifiedFinding[],
  options: ReviewOptions,
  logger: Logger
): InlineComment[] {
  const onDiff = pending.filter(f => isCommentable(f, options.changed))
  const max = Math.max(0, options.maxComments ?? DEFAULT_MAX_COMMENTS)
  if (onDiff.length > max)
    logger.info(
      `review: ${onDiff.length - max} finding(s) over the cap of ${max} comments are left to the summary`
    )
  const rules = new Map(allRuleMeta(options.config).map(r => [r.id, r]))
  return onDiff.slice(0, max).map(f => inlineComment(f, rules.get(f.ruleId)))
}

/** Fingerprints the gate already commented on in this pull request (its own comments only). */
async function postedFingerprints(
  client: GitHubClient,
  repository: Repository,
  options: ReviewOptions
): Promise<Set<string>> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: repository.owner,
    repo: repository.repo,
    pull_number: options.pullNumber,
    per_page: PER_PAGE
  })
  return new Set(
    comments
      .filter(c => isGateAuthor(c.user, options.author))
      .flatMap(c => findingMarkersIn(c.body))
  )
}

function pathOf(f: ClassifiedFinding): string {
  return f.location.file.replace(/^\.\//, '')
}

function isCommentable(f: ClassifiedFinding, changed: CommentableDiff): boolean {
  return changed.files.get(pathOf(f))?.commentable.has(f.location.line) ?? false
}

function inlineComment(finding: ClassifiedFinding, rule: RuleMeta | undefined): InlineComment {
  const line = finding.location.line
  return { finding, path: pathOf(finding), line, body: reviewCommentBody(finding, rule, line) }
}

/** Creates the review; after a placement 422, once more without the refused comments. */
async function submit(
  client: GitHubClient,
  repository: Repository,
  options: ReviewOptions,
  comments: InlineComment[],
  elsewhere: number,
  logger: Logger
): Promise<InlineComment[]> {
  if (comments.length === 0) return []
  try {
    await createReview(client, repository, options, comments, elsewhere)
    return comments
  } catch (err) {
    if (!isPlacementError(err)) throw err
    const refused = refusedComments(err, comments)
    const kept = comments.filter(c => !refused.includes(c))
    logger.warning(
      `review: GitHub refused ${refused.length} of ${comments.length} comment(s) as not on the diff (${errorText(err)}); the summary lists them`
    )
    if (kept.length === 0) return []
    await createReview(client, repository, options, kept, elsewhere + refused.length)
    return kept
  }
}

async function createReview(
  client: GitHubClient,
  repository: Repository,
  options: ReviewOptions,
  comments: InlineComment[],
  elsewhere: number
): Promise<void> {
  await client.rest.pulls.createReview({
    owner: repository.owner,
    repo: repository.repo,
    pull_number: options.pullNumber,
    commit_id: options.headSha,
    event: 'COMMENT',
    body: reviewBody(
      comments.map(c => c.finding),
      elsewhere
    ),
    comments: comments.map(c => ({
      path: c.path,
      line: c.line,
      side: 'RIGHT' as const,
      body: c.body
    }))
  })
}

function reviewBody(findings: ClassifiedFinding[], elsewhere: number): string {
  const lines = [
    REVIEW_MARKER,
    `**serverless-gate** commented on ${plural(findings.length, 'new finding')} of this change (${severityBreakdown(findings)}), each on its line.`
  ]
  if (elsewhere > 0)
    lines.push(
      '',
      `The summary comment lists ${plural(elsewhere, 'other new finding')}: not on the lines of the diff, or over the limit of comments per review.`
    )
  return lines.join('\n')
}

/** GitHub's 422 for comments it cannot anchor to the diff ("… line must be part of the diff"). */
function isPlacementError(err: unknown): boolean {
  if (statusOf(err) !== 422) return false
  return /review thread|part of the diff|could not be resolved|path is invalid/i.test(
    errorText(err)
  )
}

/** The comments whose path an error names; all of them when none is named (GitHub rarely names it). */
function refusedComments(err: unknown, comments: InlineComment[]): InlineComment[] {
  const errors = errorStrings(err)
  const named = comments.filter(c => errors.some(e => namesPath(e, c.path)))
  return named.length > 0 ? named : comments
}

function namesPath(text: string, path: string): boolean {
  const at = text.indexOf(path)
  if (at < 0) return false
  const before = text[at - 1]
  const after = text[at + path.length]
  return (
    (before === undefined || /[\s"'`:(]/.test(before)) &&
    (after === undefined || /[\s"'`:),.]/.test(after))
  )
}

/** The `errors` of GitHub's answer, as text (strings, or objects with a message). */
function errorStrings(err: unknown): string[] {
  const data = (err as { response?: { data?: { errors?: unknown } } }).response?.data
  const errors = Array.isArray(data?.errors) ? (data.errors as unknown[]) : []
  return errors.map(e => (typeof e === 'string' ? e : JSON.stringify(e)))
}

function errorText(err: unknown): string {
  const message = errorMessage(err)
  return [message, ...errorStrings(err)].join(' ')
}

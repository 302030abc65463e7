import type { RepoContext, ResolvedPull } from './context.js'
import {
  created,
  MAX_BODY,
  noContent,
  notFound,
  ok,
  publicView,
  timestamp,
  validationFailed
} from './http.js'
import { paginate } from './pagination.js'
import { requestedPull } from './pulls.js'
import { resolveReviewCommit, storeReview } from './review-store.js'
import { resolveThread, type Problem, type Thread } from './review-threads.js'
import type { RequestContext, Route } from './router.js'
import { optionalInteger, pathNumber, requireString } from './schema.js'
import type { ReviewComment } from './state.js'

const RESOURCE = 'PullRequestReviewComment'

export const reviewCommentView = (comment: ReviewComment) => publicView(comment, 'pull_number')

export function checkCommentBody(body: string, resource = RESOURCE): void {
  if (body.length > MAX_BODY) {
    throw validationFailed(
      resource,
      'body',
      'custom',
      `body is too long (maximum is ${MAX_BODY} characters)`
    )
  }
}

/** Stores a comment of a review on the given thread, as GitHub shows it afterwards. */
export function storeReviewComment(
  repo: RepoContext,
  pull: ResolvedPull,
  reviewId: number,
  commitId: string,
  thread: Thread,
  body: string,
  inReplyTo?: number
): ReviewComment {
  const id = repo.nextId('reviewComment')
  const now = timestamp()
  const comment: ReviewComment = {
    id,
    node_id: `PRRC_${id}`,
    pull_request_review_id: reviewId,
    ...thread,
    original_position: thread.position ?? 1,
    original_line: thread.line,
    original_start_line: thread.start_line,
    commit_id: commitId,
    original_commit_id: commitId,
    user: repo.bot,
    body,
    created_at: now,
    updated_at: now,
    html_url: repo.htmlUrl(`/pull/${pull.number}#discussion_r${id}`),
    pull_request_url: repo.apiUrl(`/pulls/${pull.number}`),
    author_association: 'NONE',
    ...(inReplyTo ? { in_reply_to_id: inReplyTo } : {}),
    pull_number: pull.number
  }
  repo.state.reviewComments.push(comment)
  return comment
}

function listComments(request: RequestContext) {
  const pull = requestedPull(request)
  const comments = request.repo.state.reviewComments.filter(c => c.pull_number === pull.number)
  if (request.query.get('direction') === 'desc') comments.reverse()
  return paginate(request, comments, reviewCommentView)
}

/** `POST /pulls/{n}/comments`: one comment, or a reply, in a review of its own. */
function createComment(request: RequestContext) {
  const { repo, body } = request
  const pull = requestedPull(request)
  const text = requireString(body, 'body')
  checkCommentBody(text)
  const replyTo = optionalInteger(body, 'in_reply_to')
  if (replyTo !== undefined) return created(reviewCommentView(reply(request, pull, replyTo, text)))
  const commitId = resolveReviewCommit(repo, pull, requireString(body, 'commit_id'))
  const { thread, problems } = resolveThread(repo.changedFiles(pull.mergeBase, commitId), body)
  if (!thread) throw threadError(problems[0])
  const review = storeReview(repo, pull, { state: 'COMMENTED', body: '', commitId })
  return created(
    reviewCommentView(storeReviewComment(repo, pull, review.id, commitId, thread, text))
  )
}

/** The single-comment endpoint names the thread field at fault in a `Validation Failed`. */
function threadError(problem: Problem | undefined) {
  const field = `pull_request_review_thread.${problem?.field ?? 'line'}`
  const reason = problem?.field === 'path' ? 'is invalid' : 'must be part of the diff'
  return validationFailed(RESOURCE, field, 'custom', `${field} ${reason}`)
}

/** `POST /pulls/{n}/comments/{id}/replies`: a reply to a top-level review comment. */
function createReply(request: RequestContext) {
  const pull = requestedPull(request)
  const text = requireString(request.body, 'body')
  checkCommentBody(text)
  const replyTo = pathNumber(request.params.comment_id) ?? 0
  return created(reviewCommentView(reply(request, pull, replyTo, text)))
}

function reply(request: RequestContext, pull: ResolvedPull, replyTo: number, text: string) {
  const { repo } = request
  const parent = repo.state.reviewComments.find(
    c => c.id === replyTo && c.pull_number === pull.number
  )
  if (!parent) throw notFound()
  // Replies join the thread of the top-level comment.
  const root = parent.in_reply_to_id ?? parent.id
  const { path, line, side, start_line, start_side, position, diff_hunk, subject_type } = parent
  const thread = { path, line, side, start_line, start_side, position, diff_hunk, subject_type }
  const review = storeReview(repo, pull, {
    state: 'COMMENTED',
    body: '',
    commitId: parent.commit_id
  })
  return storeReviewComment(repo, pull, review.id, parent.commit_id, thread, text, root)
}

function findComment(request: RequestContext): ReviewComment {
  const id = pathNumber(request.params.comment_id)
  const comment = request.repo.state.reviewComments.find(c => c.id === id)
  if (!comment) throw notFound()
  return comment
}

function updateComment(request: RequestContext) {
  const comment = findComment(request)
  const text = requireString(request.body, 'body')
  checkCommentBody(text)
  Object.assign(comment, { body: text, updated_at: timestamp() })
  return ok(reviewCommentView(comment))
}

function deleteComment(request: RequestContext) {
  const comment = findComment(request)
  const comments = request.repo.state.reviewComments
  comments.splice(comments.indexOf(comment), 1)
  return noContent()
}

const COMMENTS = 'pulls/comments'
export const reviewCommentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls/:pull_number/comments',
    doc: `${COMMENTS}#list-review-comments-on-a-pull-request`,
    handle: listComments
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/pulls/:pull_number/comments',
    doc: `${COMMENTS}#create-a-review-comment-for-a-pull-request`,
    handle: createComment
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/pulls/:pull_number/comments/:comment_id/replies',
    doc: `${COMMENTS}#create-a-reply-for-a-review-comment`,
    handle: createReply
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls/comments/:comment_id',
    doc: `${COMMENTS}#get-a-review-comment-for-a-pull-request`,
    handle: request => ok(reviewCommentView(findComment(request)))
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/pulls/comments/:comment_id',
    doc: `${COMMENTS}#update-a-review-comment-for-a-pull-request`,
    handle: updateComment
  },
  {
    method: 'DELETE',
    pattern: '/repos/:owner/:repo/pulls/comments/:comment_id',
    doc: `${COMMENTS}#delete-a-review-comment-for-a-pull-request`,
    handle: deleteComment
  }
]

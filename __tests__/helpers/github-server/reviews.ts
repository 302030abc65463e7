import type { ResolvedPull } from './context.js'
import { invalidRequest, notFound, ok, timestamp } from './http.js'
import { paginate } from './pagination.js'
import { requestedPull } from './pulls.js'
import { checkCommentBody, reviewCommentView, storeReviewComment } from './review-comments.js'
import {
  resolveReviewCommit,
  reviewView,
  storeReview,
  unprocessable,
  type StoredReview
} from './review-store.js'
import { resolveThread, toSentence, type Thread } from './review-threads.js'
import type { RequestContext, Route } from './router.js'
import {
  isObject,
  optionalArray,
  optionalEnum,
  optionalString,
  pathNumber,
  requireEnum,
  requireString
} from './schema.js'
import type { Review } from './state.js'

const EVENTS = ['APPROVE', 'REQUEST_CHANGES', 'COMMENT'] as const
type ReviewEvent = (typeof EVENTS)[number]
const STATE_OF: Record<ReviewEvent, Review['state']> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED'
}

/** What GitHub demands of an event before it accepts a review. */
function checkEvent(event: ReviewEvent | undefined, body: string, commentCount: number): void {
  // Repositories do not let GitHub Actions approve pull requests unless an admin allows it.
  if (event === 'APPROVE')
    throw unprocessable('GitHub Actions is not permitted to approve pull requests.')
  if (event === 'REQUEST_CHANGES' && !body)
    throw unprocessable('Review body is required for REQUEST_CHANGES.')
  if (event === 'COMMENT' && !body && commentCount === 0)
    throw unprocessable('Review body is required for COMMENT.')
}

/** Every comment must sit on the diff, or the whole review is refused and nothing is stored. */
function resolveThreads(
  request: RequestContext,
  pull: ResolvedPull,
  commitId: string,
  comments: unknown[]
) {
  const files = request.repo.changedFiles(pull.mergeBase, commitId)
  const sentences = new Set<string>()
  const threads = comments.map((comment, index) => {
    if (!isObject(comment))
      throw invalidRequest(
        `For 'items', ${JSON.stringify(comment)} at index ${index} is not an object.`
      )
    const text = requireString(comment, 'body')
    checkCommentBody(text)
    const { thread, problems } = resolveThread(files, comment)
    for (const problem of problems) sentences.add(problem.sentence)
    return { thread, text }
  })
  if (sentences.size > 0) throw unprocessable(toSentence([...sentences]))
  return threads as { thread: Thread; text: string }[]
}

function createReview(request: RequestContext) {
  const { repo, body } = request
  const pull = requestedPull(request)
  const event = optionalEnum(body, 'event', EVENTS)
  const text = optionalString(body, 'body') ?? ''
  const comments = optionalArray(body, 'comments') ?? []
  checkCommentBody(text, 'PullRequestReview')
  checkEvent(event, text, comments.length)
  const commitId = resolveReviewCommit(repo, pull, optionalString(body, 'commit_id'))
  const threads = resolveThreads(request, pull, commitId, comments)
  const pending = repo.state.reviews.some(
    r => r.pull_number === pull.number && r.state === 'PENDING'
  )
  if (!event && pending)
    throw unprocessable('User can only have one pending review per pull request')
  const review = storeReview(repo, pull, {
    state: event ? STATE_OF[event] : 'PENDING',
    body: text,
    commitId
  })
  for (const { thread, text: commentBody } of threads) {
    storeReviewComment(repo, pull, review.id, commitId, thread, commentBody)
  }
  // Creating a review answers 200, not 201.
  return ok(reviewView(review))
}

function findReview(request: RequestContext): StoredReview {
  const pull = requestedPull(request)
  const id = pathNumber(request.params.review_id)
  const review = request.repo.state.reviews.find(r => r.id === id && r.pull_number === pull.number)
  if (!review) throw notFound()
  return review
}

function submitReview(request: RequestContext) {
  const review = findReview(request)
  if (review.state !== 'PENDING') throw unprocessable('Can not submit a non-pending review')
  const event = requireEnum(request.body, 'event', EVENTS)
  const text = optionalString(request.body, 'body') ?? review.body
  const comments = request.repo.state.reviewComments.filter(
    c => c.pull_request_review_id === review.id
  )
  checkEvent(event, text, comments.length)
  Object.assign(review, { state: STATE_OF[event], body: text, submitted_at: timestamp() })
  return ok(reviewView(review))
}

function dismissReview(request: RequestContext) {
  const review = findReview(request)
  requireString(request.body, 'message')
  if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') {
    throw unprocessable(`Can not dismiss a ${review.state.toLowerCase()} pull request review`)
  }
  review.state = 'DISMISSED'
  return ok(reviewView(review))
}

function updateReview(request: RequestContext) {
  const review = findReview(request)
  const text = requireString(request.body, 'body')
  checkCommentBody(text, 'PullRequestReview')
  review.body = text
  return ok(reviewView(review))
}

function listReviews(request: RequestContext) {
  const pull = requestedPull(request)
  return paginate(
    request,
    request.repo.state.reviews.filter(r => r.pull_number === pull.number),
    reviewView
  )
}

function listReviewComments(request: RequestContext) {
  const review = findReview(request)
  const comments = request.repo.state.reviewComments.filter(
    c => c.pull_request_review_id === review.id
  )
  return paginate(request, comments, reviewCommentView)
}

const REVIEWS = '/repos/:owner/:repo/pulls/:pull_number/reviews'
const DOC = 'pulls/reviews'
export const reviewRoutes: Route[] = [
  {
    method: 'GET',
    pattern: REVIEWS,
    doc: `${DOC}#list-reviews-for-a-pull-request`,
    handle: listReviews
  },
  {
    method: 'POST',
    pattern: REVIEWS,
    doc: `${DOC}#create-a-review-for-a-pull-request`,
    handle: createReview
  },
  {
    method: 'GET',
    pattern: `${REVIEWS}/:review_id`,
    doc: `${DOC}#get-a-review-for-a-pull-request`,
    handle: request => ok(reviewView(findReview(request)))
  },
  {
    method: 'PUT',
    pattern: `${REVIEWS}/:review_id`,
    doc: `${DOC}#update-a-review-for-a-pull-request`,
    handle: updateReview
  },
  {
    method: 'GET',
    pattern: `${REVIEWS}/:review_id/comments`,
    doc: `${DOC}#list-comments-for-a-pull-request-review`,
    handle: listReviewComments
  },
  {
    method: 'POST',
    pattern: `${REVIEWS}/:review_id/events`,
    doc: `${DOC}#submit-a-review-for-a-pull-request`,
    handle: submitReview
  },
  {
    method: 'PUT',
    pattern: `${REVIEWS}/:review_id/dismissals`,
    doc: `${DOC}#dismiss-a-review-for-a-pull-request`,
    handle: dismissReview
  }
]

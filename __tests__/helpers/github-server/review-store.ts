import type { RepoContext, ResolvedPull } from './context.js'
import { ApiError, publicView, timestamp } from './http.js'
import type { Review } from './state.js'

export type StoredReview = Review & { pull_number: number }

export const reviewView = (review: StoredReview) => publicView(review, 'pull_number')

/** A 422 as the reviews API answers it: `Unprocessable Entity` with sentences as errors. */
export const unprocessable = (...errors: string[]) =>
  new ApiError(422, 'Unprocessable Entity', { errors })

/**
 * The commit a review is made on: the head by default, else a commit of the pull request
 * (between the merge base and the head), against whose diff the comments are placed.
 */
export function resolveReviewCommit(
  repo: RepoContext,
  pull: ResolvedPull,
  commitId?: string
): string {
  if (commitId === undefined) return pull.headSha
  const sha = /^[0-9a-f]{7,64}$/i.test(commitId) ? repo.git.resolve(commitId) : undefined
  if (!sha) throw unprocessable(`No commit found for SHA: ${commitId}`)
  const inPull = repo.git.isAncestor(sha, pull.headSha) && repo.git.isAncestor(pull.mergeBase, sha)
  if (!inPull || sha === pull.mergeBase)
    throw unprocessable('commit_id is not part of the pull request')
  return sha
}

export function storeReview(
  repo: RepoContext,
  pull: ResolvedPull,
  fields: { state: Review['state']; body: string; commitId: string }
): StoredReview {
  const id = repo.nextId('review')
  const review: StoredReview = {
    id,
    node_id: `PRR_${id}`,
    user: repo.bot,
    body: fields.body,
    state: fields.state,
    commit_id: fields.commitId,
    ...(fields.state === 'PENDING' ? {} : { submitted_at: timestamp() }),
    html_url: repo.htmlUrl(`/pull/${pull.number}#pullrequestreview-${id}`),
    pull_request_url: repo.apiUrl(`/pulls/${pull.number}`),
    author_association: 'NONE',
    pull_number: pull.number
  }
  repo.state.reviews.push(review)
  return review
}

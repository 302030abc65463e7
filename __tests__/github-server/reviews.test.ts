import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { lines, repoParams, silentLog, startPull, TOKEN, type PullFixture } from './support.js'

/**
 * serverless.yml has 40 lines at the base; the head changes line 10 and replaces line 30 by two
 * lines. The hunks show head lines 7–13 and 27–34 (RIGHT) and base lines 7–13 and 27–33 (LEFT).
 */
const base = lines(40, 'config')
const head = base
  .replace('config 10\n', 'config 10 changed\n')
  .replace('config 30\n', 'config 30 changed\nconfig 30b\n')

let fixture: PullFixture

beforeAll(async () => {
  fixture = await startPull(
    { 'serverless.yml': base, 'README.md': 'docs\n' },
    { write: { 'serverless.yml': head } }
  )
})

afterAll(async () => fixture?.close())

const params = { ...repoParams, pull_number: 7 }
const PART_OF_DIFF = 'Pull request review thread line must be part of the diff'

function reviewCounts() {
  return {
    reviews: fixture.server.state.reviews.length,
    comments: fixture.server.state.reviewComments.length
  }
}

describe('pull request reviews', () => {
  it('accepts comments on added, context and removed lines and stores them with their anchors', async () => {
    const { octokit, server } = fixture
    const { status, data: review } = await octokit.rest.pulls.createReview({
      ...params,
      commit_id: fixture.head,
      event: 'COMMENT',
      body: 'Security gate: 2 findings',
      comments: [
        { path: 'serverless.yml', line: 10, side: 'RIGHT', body: 'added line' },
        { path: 'serverless.yml', line: 8, body: 'context line' },
        { path: 'serverless.yml', line: 30, side: 'LEFT', body: 'removed line' },
        { path: 'serverless.yml', start_line: 27, line: 31, body: 'a range' }
      ]
    })
    expect(status).toBe(200)
    expect(review).toMatchObject({
      state: 'COMMENTED',
      commit_id: fixture.head,
      body: 'Security gate: 2 findings',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const { data: comments } = await octokit.rest.pulls.listReviewComments(params)
    expect(
      comments.map(c => [c.line, c.side, c.start_line, c.position, c.pull_request_review_id])
    ).toEqual([
      [10, 'RIGHT', null, 5, review.id],
      [8, 'RIGHT', null, 2, review.id],
      [30, 'LEFT', null, 13, review.id],
      [31, 'RIGHT', 27, 15, review.id]
    ])
    expect(comments[0]).toMatchObject({
      path: 'serverless.yml',
      commit_id: fixture.head,
      body: 'added line',
      user: { login: 'github-actions[bot]' },
      diff_hunk:
        '@@ -7,7 +7,7 @@ config 6\n config 7\n config 8\n config 9\n-config 10\n+config 10 changed'
    })
    expect(server.state.reviews.at(-1)?.id).toBe(review.id)
    const { data: reviews } = await octokit.rest.pulls.listReviews(params)
    expect(reviews.map(r => r.id)).toContain(review.id)
  })

  it('refuses the whole review with 422 when any comment is outside the diff', async () => {
    const { octokit } = fixture
    const before = reviewCounts()
    const attempt = octokit.rest.pulls.createReview({
      ...params,
      event: 'COMMENT',
      body: 'two findings',
      comments: [
        { path: 'serverless.yml', line: 10, body: 'inside' },
        { path: 'serverless.yml', line: 20, body: 'outside every hunk' }
      ]
    })
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Unprocessable Entity',
          errors: [`${PART_OF_DIFF} and Pull request review thread diff hunk can't be blank`],
          documentation_url:
            'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
          status: '422'
        }
      }
    })
    expect(reviewCounts()).toEqual(before)
  })

  it.each([
    ['a head line just below a hunk', { line: 35, side: 'RIGHT' as const }, PART_OF_DIFF],
    ['a base line outside every hunk', { line: 20, side: 'LEFT' as const }, PART_OF_DIFF],
    ['a file the pull request does not touch', { path: 'README.md', line: 1 }, 'path is invalid'],
    ['a position past the end of the patch', { position: 40 }, PART_OF_DIFF]
  ])('refuses a comment on %s', async (_, anchor, reason) => {
    const before = reviewCounts()
    const comment = { path: 'serverless.yml', body: 'x', ...anchor }
    const attempt = fixture.octokit.rest.pulls.createReview({
      ...params,
      event: 'COMMENT',
      comments: [comment]
    })
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [expect.stringContaining(reason)] } }
    })
    expect(reviewCounts()).toEqual(before)
  })

  it('checks multi-line ranges: same hunk, start before end', async () => {
    const range = (start_line: number, line: number) =>
      fixture.octokit.rest.pulls.createReview({
        ...params,
        event: 'COMMENT',
        comments: [{ path: 'serverless.yml', start_line, line, body: 'range' }]
      })
    await expect(range(8, 28)).rejects.toMatchObject({
      response: {
        data: {
          errors: [
            'Pull request review thread start line must be part of the same hunk as the line.'
          ]
        }
      }
    })
    await expect(range(10, 9)).rejects.toMatchObject({
      response: {
        data: { errors: ['Pull request review thread start line must precede the end line.'] }
      }
    })
  })

  it('places comments given by diff position, as older clients send them', async () => {
    const { data: review } = await fixture.octokit.rest.pulls.createReview({
      ...params,
      event: 'COMMENT',
      comments: [
        { path: 'serverless.yml', position: 4, body: 'removed line 10' },
        { path: 'serverless.yml', position: 5, body: 'added line 10' }
      ]
    })
    const comments = fixture.server.state.reviewComments.filter(
      c => c.pull_request_review_id === review.id
    )
    expect(comments.map(c => [c.side, c.line])).toEqual([
      ['LEFT', 10],
      ['RIGHT', 10]
    ])
  })

  it('refuses bodies over 65,536 characters and approvals by GitHub Actions', async () => {
    const { octokit } = fixture
    await expect(
      octokit.rest.pulls.createReview({ ...params, event: 'COMMENT', body: 'x'.repeat(65_537) })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed' } }
    })
    await expect(
      octokit.rest.pulls.createReview({ ...params, event: 'APPROVE' })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: ['GitHub Actions is not permitted to approve pull requests.'] } }
    })
  })

  it('pages review comments for octokit.paginate', async () => {
    const comments = Array.from({ length: 35 }, (_, i) => ({
      path: 'serverless.yml',
      line: 7 + (i % 7),
      body: `finding ${i}`
    }))
    await fixture.octokit.rest.pulls.createReview({
      ...params,
      event: 'COMMENT',
      body: 'many',
      comments
    })
    const all = await fixture.octokit.paginate(
      fixture.octokit.rest.pulls.listReviewComments,
      params
    )
    expect(all).toHaveLength(fixture.server.state.reviewComments.length)
    expect(all.filter(c => c.body.startsWith('finding '))).toHaveLength(35)
  })
})

describe('single review comments', () => {
  it('creates one on the diff with 201, refuses one off the diff, and threads replies', async () => {
    const github = getOctokit(TOKEN, { baseUrl: fixture.server.url, log: silentLog })
    const { status, data: comment } = await github.rest.pulls.createReviewComment({
      ...params,
      commit_id: fixture.head,
      path: 'serverless.yml',
      line: 31,
      side: 'RIGHT',
      body: 'new line'
    })
    expect(status).toBe(201)
    expect(comment).toMatchObject({ line: 31, side: 'RIGHT', position: 15 })
    expect(comment.pull_request_review_id).toEqual(expect.any(Number))
    const offDiff = github.rest.pulls.createReviewComment({
      ...params,
      commit_id: fixture.head,
      path: 'serverless.yml',
      line: 2,
      body: 'not in the diff'
    })
    await expect(offDiff).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed' } }
    })
    const { data: reply } = await github.rest.pulls.createReplyForReviewComment({
      ...params,
      comment_id: comment.id,
      body: 'fixed'
    })
    expect(reply).toMatchObject({ in_reply_to_id: comment.id, line: 31, path: 'serverless.yml' })
    await github.rest.pulls.updateReviewComment({
      ...repoParams,
      comment_id: reply.id,
      body: 'fixed, thanks'
    })
    await github.rest.pulls.deleteReviewComment({ ...repoParams, comment_id: comment.id })
    expect(fixture.server.state.reviewComments.find(c => c.id === reply.id)?.body).toBe(
      'fixed, thanks'
    )
    expect(fixture.server.state.reviewComments.some(c => c.id === comment.id)).toBe(false)
  })
})

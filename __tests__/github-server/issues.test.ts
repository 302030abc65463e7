import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { repoParams, silentLog, startPull, TOKEN, type PullFixture } from './support.js'

let fixture: PullFixture

beforeAll(async () => {
  fixture = await startPull({ 'a.txt': 'a\n' }, { write: { 'a.txt': 'b\n' } })
})

afterAll(async () => fixture?.close())

// Untyped route: the request lacks the title octokit's types require.
const CREATE_ISSUE: string = 'POST /repos/{owner}/{repo}/issues'
const MARKER = '<!-- serverless-gate -->'

/** The sticky-comment flow an action runs: find its marked comment, update it or create it. */
async function upsertComment(body: string) {
  const github = getOctokit(TOKEN, { baseUrl: fixture.server.url, log: silentLog })
  const params = { ...repoParams, issue_number: 7 }
  const comments = await github.paginate(github.rest.issues.listComments, params)
  const mine = comments.find(c => c.user?.type === 'Bot' && c.body?.includes(MARKER))
  const text = `${MARKER}\n${body}`
  if (mine)
    return (
      await github.rest.issues.updateComment({ ...repoParams, comment_id: mine.id, body: text })
    ).data
  return (await github.rest.issues.createComment({ ...params, body: text })).data
}

describe('issue comments', () => {
  it('creates the sticky comment once and then updates it in place, among many others', async () => {
    const { octokit, server } = fixture
    for (let i = 0; i < 40; i++)
      await octokit.rest.issues.createComment({
        ...repoParams,
        issue_number: 7,
        body: `other ${i}`
      })
    const first = await upsertComment('3 findings')
    const second = await upsertComment('1 finding')
    expect(second.id).toBe(first.id)
    const marked = server.state.issueComments.filter(c => c.body.includes(MARKER))
    expect(marked).toHaveLength(1)
    expect(marked[0]).toMatchObject({
      body: `${MARKER}\n1 finding`,
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(first).toMatchObject({
      html_url: expect.stringContaining('/pull/7#issuecomment-'),
      created_at: expect.any(String)
    })
    const listings = server.requests.filter(
      r => r.method === 'GET' && r.path.endsWith('/issues/7/comments')
    )
    // 41 comments at 30 a page: two pages for each of the two look-ups.
    expect(listings.map(r => r.query.page)).toEqual([undefined, '2', undefined, '2'])
  })

  it('refuses bodies over 65,536 characters with GitHub’s validation error', async () => {
    const attempt = fixture.octokit.rest.issues.createComment({
      ...repoParams,
      issue_number: 7,
      body: 'x'.repeat(65_537)
    })
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'unprocessable',
              field: 'data',
              message: 'Body is too long (maximum is 65536 characters)'
            }
          ]
        }
      }
    })
    const fits = await fixture.octokit.rest.issues.createComment({
      ...repoParams,
      issue_number: 7,
      body: 'x'.repeat(65_536)
    })
    expect(fits.status).toBe(201)
  })

  it('deletes a comment with 204 and answers 404 for it afterwards', async () => {
    const { octokit } = fixture
    const { data } = await octokit.rest.issues.createComment({
      ...repoParams,
      issue_number: 7,
      body: 'temporary'
    })
    const deleted = await octokit.rest.issues.deleteComment({ ...repoParams, comment_id: data.id })
    expect(deleted.status).toBe(204)
    await expect(
      octokit.rest.issues.getComment({ ...repoParams, comment_id: data.id })
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      octokit.rest.issues.createComment({ ...repoParams, issue_number: 404, body: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('issues and labels', () => {
  it('creates issues with labels (creating missing labels), filters and closes them', async () => {
    const { octokit, server } = fixture
    const { data: created } = await octokit.rest.issues.create({
      ...repoParams,
      title: 'Public S3 bucket on main',
      body: 'found by the weekly scan',
      labels: ['security', 'bug']
    })
    expect(created).toMatchObject({
      number: 8,
      state: 'open',
      labels: [{ name: 'security' }, { name: 'bug', default: true }]
    })
    await octokit.rest.issues.create({ ...repoParams, title: 'Unrelated', labels: ['enhancement'] })
    const security = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repoParams,
      labels: 'security,bug'
    })
    expect(security.map(issue => issue.number)).toEqual([8])
    const everything = await octokit.paginate(octokit.rest.issues.listForRepo, repoParams)
    expect(everything.map(issue => [issue.number, Boolean(issue.pull_request)])).toEqual([
      [9, false],
      [8, false],
      [7, true]
    ])
    const { data: closed } = await octokit.rest.issues.update({
      ...repoParams,
      issue_number: 8,
      state: 'closed'
    })
    expect(closed).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_at: expect.any(String)
    })
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repoParams,
      labels: 'security'
    })
    expect(open).toEqual([])
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repoParams,
      labels: 'security',
      state: 'all'
    })
    expect(all.map(issue => issue.number)).toEqual([8])
    expect(server.state.issues.find(issue => issue.number === 8)?.state).toBe('closed')
  })

  it('refuses an issue without a title and a duplicate label', async () => {
    const { octokit } = fixture
    await expect(
      octokit.request(CREATE_ISSUE, { ...repoParams, body: 'no title' })
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }]
        }
      }
    })
    const { data: label } = await octokit.rest.issues.createLabel({
      ...repoParams,
      name: 'serverless-gate',
      color: 'b60205'
    })
    expect(label).toMatchObject({ name: 'serverless-gate', color: 'b60205', default: false })
    await expect(
      octokit.rest.issues.createLabel({ ...repoParams, name: 'Serverless-Gate' })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } }
    })
    const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, repoParams)
    expect(labels.map(l => l.name)).toEqual(
      expect.arrayContaining(['bug', 'security', 'serverless-gate'])
    )
  })
})

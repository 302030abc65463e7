import { afterEach, describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { SUMMARY_MARKER } from '../../src/github/markers.js'
import { summaryCommentBody, upsertSummaryComment } from '../../src/github/summary-comment.js'
import { scanFiles } from '../helpers/scan.js'
import { OWNER, REPO, startPull, TOKEN, type PullFixture } from '../github-server/support.js'

const HOSTILE = '@org/team <img src=x>'
const baseYaml = `service: orders
provider:
  name: aws
  runtime: nodejs24.x
functions:
  list:
    handler: list.handler
`
const headYaml = baseYaml.replace('  list:\n', `  "${HOSTILE}":\n    url: true\n`)
const BASE = { 'serverless.yml': baseYaml }
const HEAD = { 'serverless.yml': headYaml }

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

async function setup() {
  const fixture = await startPull(BASE, { write: HEAD })
  fixtures.push(fixture)
  const repository: Repository = {
    owner: OWNER,
    repo: REPO,
    apiUrl: fixture.server.url,
    serverUrl: 'https://github.com'
  }
  const client = createGitHubClient(TOKEN, repository, silentLogger)
  return { fixture, repository, client }
}

const summaries = (fixture: PullFixture) =>
  fixture.server.state.issueComments.filter(
    c => c.issue_number === 7 && c.body.includes(SUMMARY_MARKER)
  )
/** Text outside code spans: what GitHub would interpret as Markdown, HTML or mentions. */
const prose = (body: string) => body.replace(/`[^`\n]*`/g, '')

describe('upsertSummaryComment', () => {
  it('keeps exactly one summary comment, updated in place: a clean re-run replaces the failure', async () => {
    const { fixture, repository, client } = await setup()
    // The discussion already has comments of its own.
    const { octokit } = fixture
    for (let i = 0; i < 5; i++)
      await octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: `note ${i}`
      })
    const failing = summaryCommentBody(await scanFiles(HEAD, BASE))
    const first = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body: failing },
      silentLogger
    )
    expect(first.created).toBe(true)
    expect(summaries(fixture).map(c => c.id)).toEqual([first.id])
    expect(summaries(fixture)[0]?.body).toContain('## serverless-gate: ❌ fail')

    const clean = summaryCommentBody(await scanFiles(BASE, BASE))
    const second = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body: clean },
      silentLogger
    )
    expect(second).toEqual({ id: first.id, created: false })
    expect(summaries(fixture)).toHaveLength(1)
    const body = summaries(fixture)[0]?.body ?? ''
    expect(body).toContain('## serverless-gate: ✅ pass')
    expect(body).not.toContain('❌')
    const patches = fixture.server.requests.filter(r => r.method === 'PATCH')
    expect(patches.map(r => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${first.id}`
    ])
    expect(fixture.server.state.issueComments).toHaveLength(6)
  })

  it('finds its comment on a later page, and writes nothing when the summary has not changed', async () => {
    const { fixture, repository, client } = await setup()
    // 120 comments before the summary: it lands on the second page of 100.
    for (let i = 0; i < 120; i++)
      await fixture.octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: `review note ${i}`
      })
    const body = summaryCommentBody(await scanFiles(HEAD, BASE))
    const { id } = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body },
      silentLogger
    )
    const writes = () => fixture.server.requests.filter(r => r.method !== 'GET').length
    const before = writes()
    const again = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body },
      silentLogger
    )
    expect(again).toEqual({ id, created: false })
    expect(writes()).toBe(before)
    expect(summaries(fixture)).toHaveLength(1)
    const reads = fixture.server.requests.filter(
      r => r.method === 'GET' && r.path.endsWith('/comments')
    )
    // Two pages per run, 100 a page.
    expect(reads).toHaveLength(4)
    expect(reads.every(r => r.query.per_page === '100')).toBe(true)
  })

  it('leaves one summary when an earlier run left two: the other no longer shows an old result', async () => {
    const { fixture, repository, client } = await setup()
    // A create GitHub answered with a 502 after making it, retried: two summaries of one run.
    const stale = summaryCommentBody(await scanFiles(BASE, BASE))
    for (let i = 0; i < 2; i++)
      await fixture.octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: stale
      })
    expect(summaries(fixture)).toHaveLength(2)
    const failing = summaryCommentBody(await scanFiles(HEAD, BASE))
    await upsertSummaryComment(client, repository, { pullNumber: 7, body: failing }, silentLogger)
    expect(summaries(fixture).map(c => c.body)).toEqual([failing])
  })

  it('writes the result first: a duplicate that cannot be deleted leaves it shown', async () => {
    const { fixture, repository, client } = await setup()
    const stale = summaryCommentBody(await scanFiles(BASE, BASE))
    for (let i = 0; i < 2; i++)
      await fixture.octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: stale
      })
    // Every delete fails, retries included.
    fixture.server.faults.serverErrors = { times: 1000, status: 502, match: { method: 'DELETE' } }
    const failing = summaryCommentBody(await scanFiles(HEAD, BASE))
    await upsertSummaryComment(client, repository, { pullNumber: 7, body: failing }, silentLogger)
    expect(summaries(fixture).map(c => c.body)).toEqual([failing, stale])
  })

  it('ignores a copy of the marker in a comment someone else wrote', async () => {
    const { fixture, repository, client } = await setup()
    const human = fixture.server.state
    const body = summaryCommentBody(await scanFiles(HEAD, BASE))
    const own = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body },
      silentLogger
    )
    const stored = human.issueComments.find(c => c.id === own.id)
    if (!stored) throw new Error('the summary comment was not stored')
    // The server writes every comment as the workflow's bot: make this one a person's copy.
    stored.user = { ...stored.user, login: 'mallory', type: 'User' }
    const next = await upsertSummaryComment(
      client,
      repository,
      { pullNumber: 7, body },
      silentLogger
    )
    expect(next.created).toBe(true)
    expect(human.issueComments.find(c => c.id === own.id)?.user.login).toBe('mallory')
  })

  it('escapes what comes from the repository: a resource name cannot mention anyone or render HTML', async () => {
    const { fixture, repository, client } = await setup()
    const body = summaryCommentBody(await scanFiles(HEAD, BASE))
    await upsertSummaryComment(client, repository, { pullNumber: 7, body }, silentLogger)
    const stored = summaries(fixture)[0]?.body ?? ''
    expect(stored.startsWith(SUMMARY_MARKER)).toBe(true)
    expect(stored).toContain(`\`${HOSTILE}\``)
    expect(prose(stored)).not.toMatch(/<img|@org/)
    expect(stored.length).toBeLessThanOrEqual(65_536)
  })
})

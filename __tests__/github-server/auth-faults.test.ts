import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import {
  READ_ONLY_TOKEN,
  repoParams,
  restClient,
  silentLog,
  startPull,
  TOKEN,
  type PullFixture
} from './support.js'

let fixture: PullFixture

beforeEach(async () => {
  fixture = await startPull({ 'a.txt': 'a\n' }, { write: { 'a.txt': 'b\n' } })
})

afterEach(async () => fixture?.close())

const pull = { ...repoParams, pull_number: 7 }

/** Clients with octokit's retry or throttling plugin, their waits shortened for tests. */
function retryingClient() {
  const Client = Octokit.plugin(retry)
  return new Client({
    auth: TOKEN,
    baseUrl: fixture.server.url,
    log: silentLog,
    retry: { retryAfterBaseValue: 1 }
  })
}

function throttledClient(events: string[]) {
  const Client = Octokit.plugin(throttling)
  return new Client({
    auth: TOKEN,
    baseUrl: fixture.server.url,
    log: silentLog,
    throttle: {
      retryAfterBaseValue: 10,
      onRateLimit: (after: number) => (events.push(`primary after ${after}s`), true),
      onSecondaryRateLimit: (after: number) => (events.push(`secondary after ${after}s`), true)
    }
  })
}

describe('authentication', () => {
  it('answers 401 Bad credentials for an unknown token and when none is sent', async () => {
    await expect(
      restClient(fixture.server, 'ghs_wrong').rest.pulls.get(pull)
    ).rejects.toMatchObject({
      status: 401,
      response: {
        data: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
          status: '401'
        }
      }
    })
    const anonymous = new Octokit({ baseUrl: fixture.server.url, log: silentLog })
    await expect(anonymous.rest.pulls.get(pull)).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Requires authentication' } }
    })
  })

  it('takes both `token` and `Bearer` authorization schemes', async () => {
    const { server } = fixture
    const asToken = getOctokit(TOKEN, { baseUrl: server.url })
    const asBearer = await fetch(`${server.url}/repos/acme/orders-service/pulls/7`, {
      headers: { authorization: `Bearer ${TOKEN}` }
    })
    expect((await asToken.rest.pulls.get(pull)).status).toBe(200)
    expect(asBearer.status).toBe(200)
    expect(asBearer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(server.requests.map(r => r.headers.authorization)).toEqual([
      `Bearer ${TOKEN}`,
      `token ${TOKEN}`
    ])
  })

  it('lets a read-only token read but refuses each of its writes with 403', async () => {
    const { server } = fixture
    const fork = restClient(server, READ_ONLY_TOKEN)
    expect((await fork.rest.pulls.listFiles(pull)).data).toHaveLength(1)
    const writes = [
      () => fork.rest.issues.createComment({ ...repoParams, issue_number: 7, body: 'x' }),
      () => fork.rest.pulls.createReview({ ...pull, event: 'COMMENT', body: 'x' }),
      () => fork.rest.checks.create({ ...repoParams, name: 'gate', head_sha: fixture.head }),
      () => fork.rest.issues.updateComment({ ...repoParams, comment_id: 1, body: 'x' }),
      () => fork.rest.issues.deleteComment({ ...repoParams, comment_id: 1 })
    ]
    for (const write of writes) {
      await expect(write()).rejects.toMatchObject({
        status: 403,
        response: { data: { message: 'Resource not accessible by integration' } }
      })
    }
    expect(server.state).toMatchObject({ issueComments: [], reviews: [], checkRuns: [] })
    expect(server.requests.map(r => r.status)).toEqual([200, 403, 403, 403, 403, 403])
  })

  it('lets a scoped token write only what its permissions allow', async () => {
    await fixture.close()
    const scoped = 'ghs_pull_requests_only'
    fixture = await startPull(
      { 'a.txt': 'a\n' },
      { write: { 'a.txt': 'b\n' } },
      { scopedTokens: { [scoped]: ['pull-requests'] } }
    )
    const client = restClient(fixture.server, scoped)
    await client.rest.issues.createComment({ ...repoParams, issue_number: 7, body: 'x' })
    await client.rest.pulls.createReview({ ...pull, event: 'COMMENT', body: 'x' })
    const refused = [
      () => client.rest.checks.create({ ...repoParams, name: 'gate', head_sha: fixture.head }),
      () => client.rest.issues.create({ ...repoParams, title: 'x' }),
      () => client.rest.issues.createLabel({ ...repoParams, name: 'x', color: 'ffffff' })
    ]
    for (const write of refused)
      await expect(write()).rejects.toMatchObject({
        status: 403,
        response: { data: { message: 'Resource not accessible by integration' } }
      })
    expect(fixture.server.state.issueComments).toHaveLength(1)
    expect(fixture.server.state.reviews).toHaveLength(1)
  })

  it('shows a fork pull request with its head in the fork', async () => {
    const forked = await startPull(
      { 'a.txt': 'a\n' },
      { write: { 'a.txt': 'b\n' } },
      {
        pulls: [{ number: 7, baseRef: 'main', headRef: 'feature', headOwner: 'contributor' }]
      }
    )
    try {
      const { data } = await restClient(forked.server, READ_ONLY_TOKEN).rest.pulls.get(pull)
      expect(data.head).toMatchObject({
        label: 'contributor:feature',
        repo: { full_name: 'contributor/orders-service', fork: true }
      })
      expect(data.base.repo).toMatchObject({ full_name: 'acme/orders-service', fork: false })
    } finally {
      await forked.close()
    }
  })

  it('refuses GET /user for an Actions token, as GitHub does', async () => {
    await expect(fixture.octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } }
    })
  })

  it('answers unknown routes and other repositories with 404 Not Found JSON', async () => {
    const { octokit } = fixture
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/nothing-here', repoParams)
    ).rejects.toMatchObject({
      status: 404,
      response: {
        data: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404'
        }
      }
    })
    await expect(octokit.rest.pulls.get({ ...pull, owner: 'someone-else' })).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('rate limits and faults', () => {
  it('reports the budget on every answer and counts it down', async () => {
    const first = await fixture.octokit.rest.pulls.get(pull)
    const second = await fixture.octokit.rest.pulls.get(pull)
    expect(first.headers['x-ratelimit-limit']).toBe('1000')
    expect(
      Number(first.headers['x-ratelimit-remaining']) -
        Number(second.headers['x-ratelimit-remaining'])
    ).toBe(1)
    expect(Number(second.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
  })

  it('surfaces a primary rate limit as 403 with remaining 0 and a reset time', async () => {
    fixture.server.faults.rateLimit = { times: 1 }
    const attempt = fixture.octokit.rest.pulls.get(pull)
    await expect(attempt).rejects.toMatchObject({
      status: 403,
      response: {
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': expect.stringMatching(/^\d+$/)
        },
        data: { message: expect.stringContaining('API rate limit exceeded') }
      }
    })
    expect((await fixture.octokit.rest.pulls.get(pull)).status).toBe(200)
  })

  it('refuses the whole budget once it is spent', async () => {
    const small = await startPull(
      { 'a.txt': 'a\n' },
      { write: { 'a.txt': 'b\n' } },
      { rateLimit: 2 }
    )
    try {
      await small.octokit.rest.pulls.get(pull)
      await small.octokit.rest.pulls.get(pull)
      await expect(small.octokit.rest.pulls.get(pull)).rejects.toMatchObject({
        status: 403,
        response: { headers: { 'x-ratelimit-remaining': '0' } }
      })
    } finally {
      await small.close()
    }
  })

  it('lets the throttling plugin wait for the reset and for retry-after, then succeed', async () => {
    const events: string[] = []
    const client = throttledClient(events)
    fixture.server.faults.rateLimit = { times: 1, kind: 'primary', resetAfterSeconds: 1 }
    expect((await client.rest.pulls.get(pull)).status).toBe(200)
    fixture.server.faults.rateLimit = { times: 1, kind: 'secondary', retryAfterSeconds: 1 }
    expect((await client.rest.pulls.listFiles(pull)).status).toBe(200)
    expect(events).toEqual([expect.stringMatching(/^primary after [12]s$/), 'secondary after 1s'])
    expect(fixture.server.requests.map(r => r.status)).toEqual([403, 200, 429, 200])
  })

  it('fails the next requests with 502/503 and the retry plugin gets through', async () => {
    const client = retryingClient()
    fixture.server.faults.serverErrors = { times: 2, status: 503 }
    expect((await client.rest.pulls.get(pull)).status).toBe(200)
    expect(fixture.server.requests.map(r => r.status)).toEqual([503, 503, 200])
    fixture.server.faults.serverErrors = { times: 1, match: { method: 'POST' } }
    await expect(
      fixture.octokit.rest.issues.createComment({ ...repoParams, issue_number: 7, body: 'x' })
    ).rejects.toMatchObject({
      status: 502
    })
    expect((await fixture.octokit.rest.pulls.get(pull)).status).toBe(200)
  })

  it('delays every answer by the configured latency', async () => {
    fixture.server.faults.latencyMs = 150
    const started = Date.now()
    await fixture.octokit.rest.pulls.get(pull)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })
})

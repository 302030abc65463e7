import { afterEach, describe, expect, it } from '@jest/globals'
import {
  authorLogin,
  createGitHubClient,
  isPermissionDenied,
  isRateLimited
} from '../../src/github/client.js'
import { silentLogger, type Logger } from '../../src/core/logger.js'
import { OWNER, REPO, startPull, type PullFixture } from '../github-server/support.js'

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

async function server(token: string): Promise<PullFixture> {
  const f = await startPull({ 'a.txt': 'a\n' }, { write: { 'a.txt': 'b\n' } }, { token })
  fixtures.push(f)
  return f
}

describe('authorLogin', () => {
  it('never calls GET /user with the Actions token (it may not)', async () => {
    const token = 'ghs_actions_token_for_tests'
    const f = await server(token)
    const client = createGitHubClient(
      token,
      { owner: OWNER, repo: REPO, apiUrl: f.server.url, serverUrl: 'https://github.com' },
      silentLogger
    )
    expect(await authorLogin(client, token, silentLogger)).toBeUndefined()
    expect(f.server.requests.some(r => r.path === '/user')).toBe(false)
  })

  it('asks for the login of a personal token, and warns (without failing) when it cannot', async () => {
    const token = 'ghp_personal_token_for_tests'
    const f = await server(token)
    const warnings: string[] = []
    const logger: Logger = { ...silentLogger, warning: m => warnings.push(m) }
    const client = createGitHubClient(
      token,
      { owner: OWNER, repo: REPO, apiUrl: f.server.url, serverUrl: 'https://github.com' },
      logger
    )
    const login = await authorLogin(client, token, logger)
    expect(f.server.requests.filter(r => r.path === '/user')).toHaveLength(1)
    // The loopback server refuses /user as GitHub refuses it to installation tokens.
    expect(login).toBeUndefined()
    expect(warnings.join('\n')).toMatch(/could not tell which account the token belongs to \(403\)/)
  })
})

describe('why a write was refused', () => {
  /** An error shaped as octokit throws it: the status, and GitHub's answer with its headers. */
  const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), {
      status,
      response: { status, url: '', headers, data: { message } }
    })

  it('takes a spent rate limit, however GitHub words it, for a rate limit and not a permission', () => {
    for (const err of [
      refusal(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-remaining': '0'
      }),
      refusal(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '60' }),
      refusal(429, 'Too many requests'),
      // GitHub's older wording of a secondary limit, without headers.
      refusal(403, 'You have triggered an abuse detection mechanism. Please wait a few minutes.')
    ]) {
      expect(isRateLimited(err)).toBe(true)
      expect(isPermissionDenied(err)).toBe(false)
    }
  })

  it('takes a refusal of the integration for a missing permission', () => {
    const err = refusal(403, 'Resource not accessible by integration')
    expect(isRateLimited(err)).toBe(false)
    expect(isPermissionDenied(err)).toBe(true)
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { authorLogin, createGitHubClient } from '../../src/github/client.js'
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

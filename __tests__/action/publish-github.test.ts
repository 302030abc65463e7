import { afterEach, describe, expect, it } from '@jest/globals'
import { publishToGitHub } from '../../src/action/publish-github.js'
import { silentLogger, type Logger } from '../../src/core/logger.js'
import { changedFilesFromGit } from '../../src/github/local-diff.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { ConfigFileSchema } from '../../src/policy/config/schema.js'
import { scanFiles } from '../helpers/scan.js'
import {
  OWNER,
  READ_ONLY_TOKEN,
  REPO,
  startPull,
  TOKEN,
  type PullFixture
} from '../github-server/support.js'

const baseYaml = `service: orders
provider:
  name: aws
  runtime: nodejs24.x
functions:
  list:
    handler: list.handler
`
const headYaml = baseYaml.replace('  list:\n', '  list:\n    url: true\n')
const BASE = { 'serverless.yml': baseYaml }
const HEAD = { 'serverless.yml': headYaml }

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

async function publish(token: string, serverOptions?: Parameters<typeof startPull>[2]) {
  const fixture = await startPull(BASE, { write: HEAD }, serverOptions)
  fixtures.push(fixture)
  const repository: Repository = {
    owner: OWNER,
    repo: REPO,
    apiUrl: fixture.server.url,
    serverUrl: 'https://github.com'
  }
  const warnings: string[] = []
  const logger: Logger = { ...silentLogger, warning: m => warnings.push(m) }
  const result = await scanFiles(HEAD, BASE)
  expect(result.decision).toBe('fail')
  const outcome = await publishToGitHub({
    client: createGitHubClient(token, repository, logger),
    repository,
    result,
    config: ConfigFileSchema.parse({}),
    headSha: fixture.head,
    pullNumber: 7,
    changed: await changedFilesFromGit(fixture.root, fixture.base, fixture.head),
    commentMode: 'review',
    checkName: 'serverless-gate',
    auditIssue: false,
    logger
  })
  return { fixture, warnings, outcome }
}

describe('publishToGitHub', () => {
  it('names every write a read-only token could not make, with the permission each needs', async () => {
    const { fixture, warnings, outcome } = await publish(READ_ONLY_TOKEN)
    expect(outcome.degraded).toBe(true)
    expect(fixture.server.state.checkRuns).toEqual([])
    // One warning, naming each thing left unpublished: the check run too, not only the first refusal.
    expect(warnings).toHaveLength(1)
    const warning = warnings[0] ?? ''
    expect(warning).toMatch(/post review comments \(`pull-requests: write`\)/)
    expect(warning).toMatch(/update the summary comment \(`pull-requests: write`\)/)
    expect(warning).toMatch(/create the check run \(`checks: write`\)/)
    expect(warning).toMatch(/annotations and in the job summary/)
  })

  it('publishes what the token may write and names only the write it may not make', async () => {
    const scoped = 'ghs_pull_requests_only'
    const { fixture, warnings, outcome } = await publish(scoped, {
      scopedTokens: { [scoped]: ['pull-requests'] }
    })
    expect(outcome.degraded).toBe(true)
    expect(fixture.server.state.reviews).toHaveLength(1)
    expect(fixture.server.state.issueComments).toHaveLength(1)
    expect(fixture.server.state.checkRuns).toEqual([])
    expect(warnings).toEqual([
      expect.stringMatching(/^the token may not create the check run \(`checks: write`\);/)
    ])
  })

  it('says a write stopped by a rate limit was rate limited, not refused for want of a permission', async () => {
    const { warnings, outcome } = await publish(TOKEN, {
      faults: {
        rateLimit: {
          times: 10,
          kind: 'primary',
          resetAfterSeconds: 3600,
          match: { method: 'POST', path: '/check-runs' }
        }
      }
    })
    expect(outcome.degraded).toBe(true)
    const text = warnings.join('\n')
    expect(text).toMatch(/could not create the check run: GitHub's API rate limit/)
    expect(text).not.toMatch(/may not|checks: write|retrying in/)
  })
})

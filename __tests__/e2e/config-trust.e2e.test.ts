import { afterEach, describe, expect, it } from '@jest/globals'
import { git } from '../helpers/git-repo.js'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const SLS = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:GetItem
          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders
functions:
  list:
    handler: src/list.handler
`
const ADMIN = SLS.replace(
  '          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders\n',
  "          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders\n        - Effect: Allow\n          Action: '*'\n          Resource: '*'\n"
)

describe('bundled action: a pull request cannot lower its own bar', () => {
  it('gates a change that also loosens the configuration with the base settings, and says so', async () => {
    const repo = makeRepo(
      { 'serverless.yml': SLS, '.serverless-gate.yml': 'fail-on-severity: high\n' },
      {
        write: {
          'serverless.yml': ADMIN,
          '.serverless-gate.yml':
            'fail-on-severity: none\nmax-file-size: 1\non-error: warn\nrules:\n  iam-admin-access: off\n  iam-wildcard-action: off\n'
        }
      }
    )
    cleanups.push(repo.cleanup)
    // A `pull_request` workflow checks out the pull request: its configuration is in the workspace.
    git(repo.root, 'checkout', '-q', 'feature')
    const server = await createGitHubServer({
      repoDir: repo.root,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
    })
    cleanups.push(() => server.close())
    const r = await runAction({
      workspace: repo.root,
      eventName: 'pull_request',
      event: server.pullRequestEvent(7),
      inputs: { 'github-token': TOKEN, 'osv-api-url': 'http://127.0.0.1:9', scanners: 'iac' },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_SHA: repo.head,
        GITHUB_RUN_ID: '42'
      }
    })
    expect(r.outputs.result).toBe('fail')
    expect(r.code).toBe(1)
    expect(server.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(r.summary).toMatch(/iam-admin-access/)
    const text = r.summary.replace(/\\/g, '')
    expect(text).toMatch(
      /loosens `max-file-size` \(268435456 → 1\) in the gate's configuration: with this pull request's configuration, \d+ findings would not be reported; it applies once merged/
    )
    expect(text).toMatch(/loosens `rules`/)
    expect(text).toMatch(/loosens `on-error`/)
    expect(text).toMatch(/loosens `fail-on-severity` \("high" → "none"\)/)
  })
})

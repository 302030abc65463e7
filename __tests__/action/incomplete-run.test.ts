import { afterEach, describe, expect, it } from '@jest/globals'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const SLS = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
functions:
  list:
    handler: src/list.handler
`

describe('a pull-request run that cannot complete', () => {
  it('fails its check run and replaces the earlier summary, saying why, and exits 2', async () => {
    const repo = makeRepo({ 'serverless.yml': SLS }, { write: { 'README.md': 'docs\n' } })
    cleanups.push(repo.cleanup)
    const server = await createGitHubServer({
      repoDir: repo.root,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
    })
    cleanups.push(() => server.close())
    // A checkout without the commits: the sides are read through the API.
    const workspace = tempRepo({ 'README.md': 'a checkout without the pull request commits\n' })
    cleanups.push(workspace.cleanup)
    const event = server.pullRequestEvent(7)
    const run = () =>
      runAction({
        workspace: workspace.root,
        eventName: 'pull_request',
        event,
        fromSource: true,
        inputs: { 'github-token': TOKEN, 'osv-api-url': 'http://127.0.0.1:9' },
        env: {
          GITHUB_API_URL: server.url,
          GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
          GITHUB_RUN_ID: '42'
        }
      })
    const first = await run()
    expect(first.code).toBe(0)
    expect(server.state.checkRuns.map(r => r.conclusion)).toEqual(['success'])
    const summary = () =>
      server.state.issueComments.filter(c => c.body.startsWith('<!-- serverless-gate:summary -->'))
    expect(summary()[0]?.body).toMatch(/✅ pass/)

    // A re-run of the same commit whose trees cannot be read: GitHub answers 502 every time.
    server.faults.serverErrors = { times: 1000, status: 502, match: { path: '/git/trees/' } }
    const second = await run()
    expect(second.code).toBe(2)
    expect(second.outputs.result).toBe('error')
    // The job summary says so too: it is where a run's result is read.
    expect(second.summary).toMatch(/⚠️ error[\s\S]*nothing of this commit was checked/)
    // The earlier pass no longer stands for the commit: the latest check run fails, saying why.
    const latest = server.state.checkRuns.at(-1)
    expect(server.state.checkRuns).toHaveLength(2)
    expect(latest).toMatchObject({ name: 'serverless-gate', conclusion: 'failure' })
    expect(latest?.output.title).toMatch(/^Error: serverless-gate could not complete the scan/)
    expect(latest?.output.summary).toMatch(/nothing of this commit was checked/)
    expect(summary()).toHaveLength(1)
    expect(summary()[0]?.body).toMatch(/⚠️ error[\s\S]*could not complete the scan/)
    expect(summary()[0]?.body).not.toMatch(/✅ pass/)
  })
})

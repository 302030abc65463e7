import { afterEach, describe, expect, it } from '@jest/globals'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'
import { noisyRepo, withNewFindings } from '../helpers/noisy-repo.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('bundled action on a repository with thousands of pre-existing findings', () => {
  it('shows every new finding in the summary comment, under the limit, with a bounded check run', async () => {
    const base = noisyRepo(50, 8)
    const head = withNewFindings(base)
    const repo = makeRepo(base, {
      write: { 'services/svc-0/serverless.yml': head['services/svc-0/serverless.yml'] as string }
    })
    cleanups.push(repo.cleanup)
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
      inputs: {
        'github-token': TOKEN,
        scanners: 'iac',
        'fail-on-severity': 'high',
        'pr-scope': 'full'
      },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_SHA: repo.head,
        GITHUB_RUN_ID: '42'
      }
    })

    expect(r.outputs.result).toBe('fail')
    const comments = server.state.issueComments.filter(c =>
      c.body.includes('<!-- serverless-gate:summary -->')
    )
    expect(comments).toHaveLength(1)
    const body = comments[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(65_536)
    // The three public URLs the change adds, each named with its line.
    const urlLines = head['services/svc-0/serverless.yml']
      ?.split('\n')
      .flatMap((l, i) => (l.startsWith('  new') ? [i + 1] : []))
    expect(urlLines).toHaveLength(3)
    for (const line of urlLines ?? [])
      expect(body).toContain(`services/svc-0/serverless.yml:${line}`)
    expect(body).toMatch(/Already on the base branch \((\d{4,})\)/)
    expect(body).toMatch(/… and \d+ more: see the job summary of this run/)

    const checkRequests = server.requests.filter(q => q.path.includes('/check-runs'))
    expect(checkRequests.length).toBeLessThanOrEqual(4)
    const run = server.state.checkRuns[0]
    expect(run?.annotations.length).toBeLessThanOrEqual(150)
    expect(run?.output.summary).toMatch(
      /\d{4,} findings already on the base branch are not annotated/
    )
  })
})

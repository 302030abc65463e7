import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monorepoFiles, widenService } from '../../bench/monorepo/generate.js'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { git } from '../helpers/git-repo.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const SHAPE = {
  serverlessServices: 150,
  samTemplates: 40,
  terraformFolders: 20,
  otherFiles: 400,
  servicesPerSharedInclude: 10
}

/**
 * The workspace `actions/checkout` leaves by default on a pull request: a shallow clone holding
 * only the merge commit, neither the base nor the head commit.
 */
function shallowMergeCheckout(repoDir: string, head: string): { dir: string; merge: string } {
  git(repoDir, 'checkout', '-q', '-b', 'pull-merge', 'main')
  git(repoDir, 'merge', '-q', '--no-ff', '--no-edit', head)
  const merge = git(repoDir, 'rev-parse', 'HEAD')
  git(repoDir, 'checkout', '-q', 'main')
  const dir = mkdtempSync(join(tmpdir(), 'sg-shallow-'))
  git(dir, 'clone', '-q', '--depth', '1', '--branch', 'pull-merge', `file://${repoDir}`, '.')
  return { dir, merge }
}

describe('a pull request on a monorepo, end to end', () => {
  it('reads only what one changed service needs through the API, and comments on the right line', async () => {
    const base = monorepoFiles(SHAPE)
    const head = new Map(base)
    widenService(head, 3)
    const changed = 'services/svc-0003/serverless.yml'
    const repo = makeRepo(Object.fromEntries(base), {
      write: { [changed]: head.get(changed) ?? '' }
    })
    cleanups.push(repo.cleanup)
    const workspace = shallowMergeCheckout(repo.root, repo.head)
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }))
    expect(git(workspace.dir, 'rev-parse', '--is-shallow-repository')).toBe('true')
    expect(git(workspace.dir, 'rev-list', '--count', 'HEAD')).toBe('1')
    const server = await createGitHubServer({
      repoDir: repo.root,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
    })
    cleanups.push(() => server.close())
    const r = await runAction({
      workspace: workspace.dir,
      eventName: 'pull_request',
      event: server.pullRequestEvent(7),
      inputs: { 'github-token': TOKEN, scanners: 'iac', 'fail-on-severity': 'medium' },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_SHA: workspace.merge,
        GITHUB_RUN_ID: '42'
      }
    })
    expect(r.stdout).toMatch(/reading base and head through the GitHub API/)
    expect(r.stdout).toMatch(/scanned 1 of \d+ units affected by this change/)
    expect(r.outputs.result).toBe('fail')
    const summary = server.state.issueComments.find(c =>
      c.body.includes('<!-- serverless-gate:summary -->')
    )
    expect(summary?.body).toMatch(/scanned 1 of \d+ units affected by this change/)
    const text = (head.get(changed) ?? '').split('\n')
    const wildcardLine = text.findIndex(l => l.includes("Action: 's3:*'")) + 1
    const onLine = server.state.reviewComments.filter(
      c => c.path === changed && c.line === wildcardLine
    )
    expect(onLine.map(c => c.body).join('\n')).toMatch(/iam-wildcard-action/)
    const blobs = server.requests.filter(q => /\/git\/blobs\//.test(q.path))
    expect(blobs.length).toBeLessThanOrEqual(2)
    const calls = server.requests.map(q => `${q.method} ${q.path}`)
    expect(calls.length).toBeLessThan(60)
  }, 120_000)
})

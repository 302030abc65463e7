import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * The action on a pull request that moves a service folder, run from the sources against the
 * loopback GitHub server: the renames come from the pull request files API (`previous_filename`)
 * when the workspace lacks the commits, and from git when it holds them.
 */

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

/** A public function URL to a function that may write to every bucket: fails on the base already. */
const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: 's3:*'
          Resource: '*'
functions:
  list:
    handler: src/list.handler
    url: true
`

interface Report {
  moved?: Record<string, string>
  findings: { status: string; ruleId: string; location: { file: string } }[]
  changes: unknown[]
}

type Change = Parameters<typeof makeRepo>[1]

async function movedFolder(apiOnly: boolean) {
  return pullRequest(
    apiOnly,
    {
      'services/orders/serverless.yml': SERVICE,
      'services/orders/src/list.js': 'exports.handler = async () => ({})\n'
    },
    { rename: [['services/orders', 'services/shop']] }
  )
}

async function pullRequest(apiOnly: boolean, base: Record<string, string>, change: Change) {
  const repo = makeRepo(base, change)
  cleanups.push(repo.cleanup)
  const server = await createGitHubServer({
    repoDir: repo.root,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
  })
  cleanups.push(() => server.close())
  const workspace = apiOnly ? tempRepo({ 'README.md': 'no pull request commits here\n' }) : repo
  if (apiOnly) cleanups.push(workspace.cleanup)
  const r = await runAction({
    workspace: workspace.root,
    eventName: 'pull_request',
    event: server.pullRequestEvent(7),
    inputs: { 'github-token': TOKEN, scanners: 'iac' },
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: repo.head,
      GITHUB_RUN_ID: '42'
    },
    fromSource: true
  })
  const report = JSON.parse(
    readFileSync(join(workspace.root, 'serverless-gate.json'), 'utf8')
  ) as Report
  return { r, report, server }
}

describe('the action on a pull request that moves a service folder', () => {
  it.each([
    ['the pull request files API', true],
    ['git', false]
  ])(
    'passes, with nothing new or fixed, renames from %s',
    async (_, apiOnly) => {
      const { r, report, server } = await movedFolder(apiOnly)
      expect(r.stdout).toMatch(
        apiOnly ? /reading base and head through the GitHub API/ : /from the workspace's git/
      )
      expect(r.stdout).toMatch(/2 moved file\(s\) compared with the base where they were/)
      expect(report.findings.filter(f => f.status === 'new' || f.status === 'fixed')).toEqual([])
      expect(report.changes).toEqual([])
      // What the base already had is listed at the head's paths.
      const files = new Set(report.findings.map(f => f.location.file))
      expect(files).toEqual(new Set(['services/shop/serverless.yml']))
      expect(r.outputs.result).toBe('pass')
      // The summary says why: the files moved, and were compared where they were.
      expect(report.moved).toEqual({
        'services/orders/serverless.yml': 'services/shop/serverless.yml',
        'services/orders/src/list.js': 'services/shop/src/list.js'
      })
      expect(r.summary).toContain(
        '2 moved files, compared with the base where they were: `services/shop/serverless.yml` (moved from `services/orders/serverless.yml`)'
      )
      expect(server.state.reviewComments).toEqual([])
      expect(server.state.checkRuns[0]).toMatchObject({ conclusion: 'success' })
    },
    120_000
  )
})

describe('the action on a pull request of more than 3,000 files, read through the API', () => {
  it('finds the moves and the changes in the files GitHub leaves out of its list', async () => {
    // 3,005 files sort before the services: GitHub lists the first 3,000 only.
    const bulk = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [`assets/${String(i).padStart(4, '0')}.txt`, `${i}\n`])
    )
    const billing = SERVICE.replace('service: orders', 'service: billing').replace(
      '    url: true\n',
      ''
    )
    const { r, report } = await pullRequest(
      true,
      {
        'services/orders/serverless.yml': SERVICE,
        'services/orders/src/list.js': 'exports.handler = async () => ({})\n',
        'services/billing/serverless.yml': billing
      },
      {
        rename: [['services/orders', 'services/shop']],
        write: { ...bulk, 'services/billing/serverless.yml': SERVICE.replace('orders', 'billing') }
      }
    )
    expect(r.stdout).toMatch(/changes 3008 files but GitHub lists only 3000/)
    expect(report.moved).toEqual({
      'services/orders/serverless.yml': 'services/shop/serverless.yml',
      'services/orders/src/list.js': 'services/shop/src/list.js'
    })
    const moved = report.findings.filter(f => f.location.file.startsWith('services/shop/'))
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.every(f => f.status === 'unchanged')).toBe(true)
    expect(report.findings.some(f => f.location.file.startsWith('services/orders/'))).toBe(false)
    // The public URL billing adds, in a file the list leaves out, opens a path: new.
    expect(
      report.findings.filter(f => f.status === 'new').map(f => `${f.ruleId} ${f.location.file}`)
    ).toEqual(['path-public-data-writer services/billing/serverless.yml'])
    expect(r.outputs.result).toBe('fail')
  }, 180_000)
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeRepo, OWNER, REPO, TOKEN } from '../github-server/support.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { flowchartProblems, mermaidBlocks } from '../helpers/mermaid-flowchart.js'
import { startOsvServer } from '../helpers/osv-server.js'
import { runAction } from '../helpers/runner.js'
import { allRecords, releases } from '../osv/support/fixtures.js'
import { lockfile, LOCK_LINE, serverless } from '../paths/fixtures.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('attack paths in a pull request, end to end', () => {
  it('a PR removing the authorizer of a route whose function ships lodash 4.17.15 gets one comment naming the whole path', async () => {
    const osv = await startOsvServer({ records: allRecords() as never, releases: releases() })
    cleanups.push(() => osv.close())
    const lock = lockfile('lodash', '4.17.15')
    const repo = makeRepo(
      { 'serverless.yml': serverless({ authorizer: true }), 'package-lock.json': lock },
      { write: { 'serverless.yml': serverless() } }
    )
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
      inputs: { 'github-token': TOKEN, 'osv-api-url': osv.url },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_SHA: repo.head,
        GITHUB_RUN_ID: '42'
      }
    })
    expect(r.outputs.result).toBe('fail')

    // One inline comment on the route line, naming entry, function, package and grant.
    const onRoute = server.state.reviewComments.filter(
      c => c.path === 'serverless.yml' && c.line === 23
    )
    expect(onRoute).toHaveLength(1)
    const body = onRoute[0]?.body ?? ''
    expect(body).toMatch(/path-public-vulnerable-function/)
    expect(body).toMatch(/removes the jwt .*authorization of route `GET \/orders`/)
    expect(body).toContain('`listOrders`')
    expect(body).toContain(`package-lock.json:${LOCK_LINE}`)
    expect(body).toContain('`s3:*`')

    // The summary comment and the job summary lead with the path and its diagram.
    const summary = server.state.issueComments.find(c =>
      c.body.includes('<!-- serverless-gate:summary -->')
    )?.body
    for (const text of [summary ?? '', r.summary]) {
      expect(text).toMatch(/### Attack paths \(1 opened, 0 closed\)/)
      expect(text.match(/^### .*/m)?.[0]).toMatch(/^### Attack paths/)
      const [diagram] = mermaidBlocks(text)
      expect(flowchartProblems(diagram ?? '')).toEqual([])
      expect(diagram).toContain('["GET /orders"]')
      expect(diagram).toContain('["lodash 4.17.15"]')
    }

    // SARIF: one code flow whose steps are the route, the function, the lockfile entry, the grant.
    const sarif = JSON.parse(readFileSync(join(repo.root, 'serverless-gate.sarif'), 'utf8'))
    const result = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === 'path-public-vulnerable-function'
    )
    const steps = result.codeFlows[0].threadFlows[0].locations.map(
      (l: {
        location: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          message: { text: string }
        }
      }) => [
        `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`,
        l.location.message.text.length > 0
      ]
    )
    expect(steps).toEqual([
      ['serverless.yml:23', true],
      ['serverless.yml:20', true],
      [`package-lock.json:${LOCK_LINE}`, true],
      ['serverless.yml:17', true]
    ])
    expect(result.relatedLocations).toHaveLength(4)
  })
})

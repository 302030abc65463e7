import { afterEach, describe, expect, it } from '@jest/globals'
import {
  makeRepo,
  OWNER,
  REPO,
  TOKEN,
  READ_ONLY_TOKEN,
  type Change
} from '../github-server/support.js'
import { createGitHubServer, type GitHubServer } from '../helpers/github-server/server.js'
import { startOsvServer, type OsvTestServer } from '../helpers/osv-server.js'
import { runAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { allRecords, releases } from '../osv/support/fixtures.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const SLS = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  httpApi:
    authorizers:
      jwt:
        type: jwt
        identitySource: $request.header.Authorization
        issuerUrl: https://issuer.example.com
        audience: [orders]
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:GetItem
          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders
functions:
  list:
    handler: src/list.handler
    events:
      - httpApi:
          method: GET
          path: /orders
          authorizer:
            name: jwt
`

interface Scenario {
  base: Record<string, string>
  change: Change
  inputs?: Record<string, string>
  token?: string
  /** Leave the workspace without git history: the action reads base and head through the API. */
  apiOnly?: boolean
  osv?: OsvTestServer
}

async function pullRequest(s: Scenario) {
  const repo = makeRepo(s.base, s.change)
  cleanups.push(repo.cleanup)
  const server: GitHubServer = await createGitHubServer({
    repoDir: repo.root,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    readOnlyTokens: [READ_ONLY_TOKEN],
    pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
  })
  cleanups.push(() => server.close())
  const workspace = s.apiOnly
    ? tempRepo({ 'README.md': 'a checkout without the pull request commits\n' })
    : undefined
  if (workspace) cleanups.push(workspace.cleanup)
  const run = () =>
    runAction({
      workspace: workspace?.root ?? repo.root,
      eventName: 'pull_request',
      event: server.pullRequestEvent(7),
      inputs: {
        'github-token': s.token ?? TOKEN,
        'osv-api-url': s.osv?.url ?? 'http://127.0.0.1:9',
        ...s.inputs
      },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_SHA: repo.head,
        GITHUB_RUN_ID: '42'
      }
    })
  return { server, repo, run }
}

const summaries = (server: GitHubServer) =>
  server.state.issueComments.filter(c => c.body.includes('<!-- serverless-gate:summary -->'))

describe('pull-request gate, end to end', () => {
  it('passes a clean pull request, with a passing check run and one summary comment', async () => {
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'README.md': 'docs\n' } }
    })
    const r = await run()
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(server.state.checkRuns).toMatchObject([
      { name: 'serverless-gate', conclusion: 'success' }
    ])
    expect(summaries(server)).toHaveLength(1)
    expect(server.state.reviewComments).toEqual([])
  })

  it('fails a Serverless change adding a wildcard statement: inline comment on the statement, failing check run', async () => {
    const widened = SLS.replace(
      '          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders\n',
      "          Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders\n        - Effect: Allow\n          Action: '*'\n          Resource: '*'\n"
    )
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'serverless.yml': widened } }
    })
    const r = await run()
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    const onStatement = server.state.reviewComments.filter(
      c => c.path === 'serverless.yml' && c.line === 19
    )
    expect(onStatement.map(c => c.body).join('\n')).toMatch(/iam-admin-access/)
    expect(server.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' })
    expect(
      server.state.checkRuns[0]?.annotations.some(
        a => a.path === 'serverless.yml' && a.start_line === 19
      )
    ).toBe(true)
    // The token is only ever handed to the runner to be masked: never in logs, reports or comments.
    expect(r.stdout).toMatch(/^::add-mask::ghs_write_token_for_tests$/m)
    const everywhere = [
      r.stdout.replace(/^::add-mask::.*$/m, ''),
      r.stderr,
      r.summary,
      JSON.stringify(server.state)
    ].join('\n')
    expect(everywhere).not.toContain(TOKEN)
  })

  it('fails a SAM change adding a public function URL', async () => {
    const sam =
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Export:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: app.handler\n      CodeUri: src/\n"
    const { server, run } = await pullRequest({
      base: { 'template.yaml': sam, 'src/app.py': 'def handler(event, context):\n    return 1\n' },
      change: {
        write: { 'template.yaml': `${sam}      FunctionUrlConfig:\n        AuthType: NONE\n` }
      }
    })
    const r = await run()
    expect(r.outputs.result).toBe('fail')
    expect(
      server.state.reviewComments.find(c => c.path === 'template.yaml' && c.line === 11)?.body
    ).toMatch(/lambda-url-auth-none/)
  })

  it('fails a Terraform change adding a public invoke permission, read through the API without a checkout', async () => {
    const tf =
      'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  runtime       = "python3.13"\n  handler       = "app.handler"\n  filename      = "api.zip"\n  role          = "arn:aws:iam::123456789012:role/api"\n}\n'
    const permission =
      '\nresource "aws_lambda_permission" "anyone" {\n  function_name = aws_lambda_function.api.function_name\n  action        = "lambda:InvokeFunction"\n  principal     = "*"\n}\n'
    const { server, run } = await pullRequest({
      base: { 'infra/main.tf': tf },
      change: { write: { 'infra/main.tf': tf + permission } },
      apiOnly: true
    })
    const r = await run()
    expect(r.outputs.result).toBe('fail')
    expect(r.stdout).toMatch(/reading base and head through the GitHub API/)
    expect(
      server.state.reviewComments.find(c => c.path === 'infra/main.tf' && c.line === 12)?.body
    ).toMatch(/lambda-permission-public/)
  })

  it('does not fail a pull request that leaves a pre-existing finding alone', async () => {
    const old = SLS.replace('          authorizer:\n            name: jwt\n', '')
    // With the whole repository in scope, the finding the change leaves alone is listed as known.
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': old },
      change: { write: { 'src/list.js': 'export const handler = async () => ({})\n' } },
      inputs: { 'pr-scope': 'full' }
    })
    const r = await run()
    expect(r.outputs.result).toBe('pass')
    expect(server.state.reviewComments).toEqual([])
    expect(summaries(server)[0]?.body).toMatch(/Already on the base branch/)
  })

  it('passes a fixing pull request and lists what it fixed', async () => {
    const old = SLS.replace('          authorizer:\n            name: jwt\n', '')
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': old },
      change: { write: { 'serverless.yml': SLS } }
    })
    const r = await run()
    expect(r.outputs.result).toBe('pass')
    expect(summaries(server)[0]?.body).toMatch(/### Fixed \(\d+\)[\s\S]*api-no-authorization/)
  })

  it('makes no duplicate comments on a re-run and keeps exactly one summary comment', async () => {
    const publicUrl = SLS.replace(
      '    handler: src/list.handler\n',
      '    handler: src/list.handler\n    url: true\n'
    )
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'serverless.yml': publicUrl } }
    })
    await run()
    const comments = server.state.reviewComments.length
    expect(comments).toBeGreaterThan(0)
    await run()
    expect(server.state.reviewComments).toHaveLength(comments)
    expect(summaries(server)).toHaveLength(1)
    expect(server.state.checkRuns).toHaveLength(2)
  })

  it('degrades on a fork pull request with a read-only token and still gates', async () => {
    const publicUrl = SLS.replace(
      '    handler: src/list.handler\n',
      '    handler: src/list.handler\n    url: true\n'
    )
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'serverless.yml': publicUrl } },
      token: READ_ONLY_TOKEN
    })
    const r = await run()
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.stdout).toMatch(/::warning::the token may not .*read-only token/)
    expect(r.stdout).toMatch(
      /::error title=serverless-gate%3A lambda-url-auth-none \(high\),file=serverless.yml,line=21/
    )
    expect(r.summary).toMatch(/lambda-url-auth-none/)
    expect(server.state.reviewComments).toEqual([])
    expect(server.requests.some(q => q.path === '/user')).toBe(false)
  })

  it('passes an inline suppression with a reason and lists it', async () => {
    const suppressed = SLS.replace(
      '    handler: src/list.handler\n',
      '    handler: src/list.handler\n    url: true # serverless-gate:ignore lambda-url-auth-none webhook verified by HMAC signature\n'
    )
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'serverless.yml': suppressed } }
    })
    const r = await run()
    // The reviewed exception covers the public URL: nothing new gates, and the summary shows it.
    expect(r.outputs.result).toBe('pass')
    const summary = summaries(server)[0]?.body ?? ''
    expect(summary).toMatch(
      /### Suppressed \(1\)[\s\S]*webhook verified by HMAC signature[\s\S]*suppression added in this change/
    )
  })

  it('annotates every finding when a pull request brings more than 50', async () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `  f${i}:\n    handler: src/f${i}.handler\n    url: true\n`
    ).join('')
    const { server, run } = await pullRequest({
      base: { 'serverless.yml': SLS },
      change: { write: { 'serverless.yml': SLS + many } }
    })
    const r = await run()
    expect(r.outputs.result).toBe('fail')
    const annotations = server.state.checkRuns[0]?.annotations ?? []
    expect(annotations.length).toBeGreaterThan(50)
    const checkWrites = server.requests.filter(
      q => q.path.includes('/check-runs') && q.method !== 'GET'
    )
    for (const q of checkWrites)
      expect(
        ((q.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length
      ).toBeLessThanOrEqual(50)
  })
})

describe('dependencies in a pull request, end to end', () => {
  const lock = (version: string) =>
    `{\n  "name": "orders",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "orders", "dependencies": { "lodash": "${version}" } },\n    "node_modules/lodash": {\n      "version": "${version}"\n    }\n  }\n}\n`

  it('fails a lockfile downgrade to a vulnerable version, commenting on the entry with the fix version', async () => {
    const osv = await startOsvServer({ records: allRecords() as never, releases: releases() })
    cleanups.push(() => osv.close())
    const { server, run } = await pullRequest({
      base: { 'package-lock.json': lock('4.17.21') },
      change: { write: { 'package-lock.json': lock('4.17.15') } },
      osv
    })
    const r = await run()
    expect(r.outputs.result).toBe('fail')
    const comment = server.state.reviewComments.find(
      c => c.path === 'package-lock.json' && c.line === 6
    )
    expect(comment?.body).toMatch(/4\.17\.15 → 4\.17\.21/)
    expect(comment?.body).toMatch(/GHSA-35jh-r3h4-6jhm/)
  })

  it('is an error, not a pass, when OSV is down', async () => {
    const osv = await startOsvServer({ records: [] })
    cleanups.push(() => osv.close())
    osv.setOutage(503)
    const { server, run } = await pullRequest({
      base: { 'package-lock.json': lock('4.17.21') },
      change: { write: { 'package-lock.json': lock('4.17.15') } },
      osv
    })
    const r = await run()
    expect(r.code).toBe(2)
    expect(r.outputs.result).toBe('error')
    expect(server.state.checkRuns[0]?.conclusion).toBe('failure')
    expect(summaries(server)[0]?.body).toMatch(/error/)
  }, 120_000)
})

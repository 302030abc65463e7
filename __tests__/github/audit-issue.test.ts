import { afterEach, describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/core/logger.js'
import { AUDIT_LABEL, syncAuditIssue } from '../../src/github/audit-issue.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { AUDIT_MARKER } from '../../src/github/markers.js'
import { scanFiles } from '../helpers/scan.js'
import { OWNER, REPO, startPull, TOKEN, type PullFixture } from '../github-server/support.js'
import type { GitHubServerOptions } from '../helpers/github-server/server.js'

const HOSTILE = '@org/team <img src=x>'
const service = (functions: string) =>
  `service: orders\nprovider:\n  name: aws\n  runtime: nodejs24.x\n  tracing:\n    lambda: true\nfunctions:\n${functions}`
const TWO_PUBLIC = {
  'serverless.yml': service(
    `  "${HOSTILE}":\n    handler: a.handler\n    url: true\n  b:\n    handler: b.handler\n    url: true\n`
  )
}
const ONE_PUBLIC = {
  'serverless.yml': service(`  "${HOSTILE}":\n    handler: a.handler\n    url: true\n`)
}
/** No function, so no finding at all. */
const CLEAN = { 'serverless.yml': service('  {}\n').replace('functions:\n  {}\n', '') }
const RUN_URL = 'https://github.com/acme/orders-service/actions/runs/42'

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const log = (m: string) => void lines.push(m)
  return { lines, info: log, warning: log, debug() {} }
}

async function setup(options: Partial<GitHubServerOptions> = {}) {
  const fixture = await startPull(CLEAN, { write: { 'README.md': 'orders\n' } }, options)
  fixtures.push(fixture)
  const repository: Repository = {
    owner: OWNER,
    repo: REPO,
    apiUrl: fixture.server.url,
    serverUrl: 'https://github.com'
  }
  const logger = recordingLogger()
  const client = createGitHubClient(TOKEN, repository, logger)
  const sync = async (files: Record<string, string>) =>
    syncAuditIssue(client, repository, { result: await scanFiles(files), runUrl: RUN_URL }, logger)
  return { fixture, sync, logger }
}

/** Text outside code spans: what GitHub would interpret as Markdown, HTML or mentions. */
const prose = (body: string) => body.replace(/`[^`\n]*`/g, '')

describe('syncAuditIssue', () => {
  it('creates, updates, leaves alone and closes one tracking issue as the findings change', async () => {
    const { fixture, sync } = await setup({ defaultBranch: 'main' })
    const { state } = fixture.server
    const two = (await scanFiles(TWO_PUBLIC)).gating.length
    const one = (await scanFiles(ONE_PUBLIC)).gating.length

    expect(await sync(TWO_PUBLIC)).toBe('created')
    expect(state.issues).toHaveLength(1)
    const issue = state.issues[0]
    expect(issue).toMatchObject({
      title: `serverless-gate: ${two} findings at or above high in main`,
      state: 'open',
      labels: [expect.objectContaining({ name: AUDIT_LABEL })]
    })
    expect(issue?.body?.startsWith(AUDIT_MARKER)).toBe(true)
    expect(issue?.body).toContain('## serverless-gate: ❌ fail')
    expect(issue?.body).toContain(`[this run](${RUN_URL})`)
    const labelPosts = fixture.server.requests.filter(
      r => r.method === 'POST' && r.path.endsWith('/labels')
    )
    expect(labelPosts.map(r => r.status)).toEqual([201])

    expect(await sync(TWO_PUBLIC)).toBe('unchanged')
    expect(await sync(ONE_PUBLIC)).toBe('updated')
    expect(state.issues).toHaveLength(1)
    expect(state.issues[0]?.title).toBe(
      `serverless-gate: ${one} finding${one === 1 ? '' : 's'} at or above high in main`
    )

    expect(await sync(CLEAN)).toBe('closed')
    expect(state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    const closing = state.issueComments.filter(c => c.issue_number === issue?.number)
    expect(closing).toHaveLength(1)
    expect(closing[0]?.body).toContain('The repository is clean')
    expect(closing[0]?.body).toContain(RUN_URL)

    const before = fixture.server.requests.length
    expect(await sync(CLEAN)).toBe('unchanged')
    expect(fixture.server.requests.slice(before).map(r => r.method)).toEqual(['GET'])
  })

  it('keeps the title within GitHub’s 256 characters, whatever the branch is called', async () => {
    const branch = `release/${'b'.repeat(240)}`
    const { fixture, sync } = await setup({ defaultBranch: branch })
    expect(await sync(TWO_PUBLIC)).toBe('created')
    const title = fixture.server.state.issues[0]?.title ?? ''
    expect([...title].length).toBeLessThanOrEqual(256)
    expect(title).toMatch(/^serverless-gate: 2 findings at or above high in release\/b+…$/)
  })

  it('closes a second tracking issue of its own, so no stale list of findings stays open', async () => {
    const { fixture, sync } = await setup()
    expect(await sync(TWO_PUBLIC)).toBe('created')
    // A create GitHub answered with an error after making it, retried: two open issues.
    const [first] = fixture.server.state.issues
    await fixture.octokit.rest.issues.create({
      owner: OWNER,
      repo: REPO,
      title: first?.title ?? '',
      body: first?.body ?? '',
      labels: [AUDIT_LABEL]
    })
    expect(await sync(CLEAN)).toBe('closed')
    expect(fixture.server.state.issues.map(i => i.state)).toEqual(['closed', 'closed'])
  })

  it('opens a new issue once the last one is closed, with the label that already exists', async () => {
    const { fixture, sync } = await setup()
    expect(await sync(ONE_PUBLIC)).toBe('created')
    expect(await sync(CLEAN)).toBe('closed')
    expect(await sync(ONE_PUBLIC)).toBe('created')
    const { issues } = fixture.server.state
    expect(issues.map(i => i.state)).toEqual(['closed', 'open'])
    const labelPosts = fixture.server.requests.filter(
      r => r.method === 'POST' && r.path.endsWith('/labels')
    )
    expect(labelPosts).toHaveLength(1)
    // The default branch comes from the repository when the caller does not name it.
    expect(
      fixture.server.requests.some(r => r.method === 'GET' && r.path === `/repos/${OWNER}/${REPO}`)
    ).toBe(true)
  })

  it('does not take a pull request or a person’s issue with the label and marker for its own', async () => {
    const { fixture, sync } = await setup({
      labels: [{ name: AUDIT_LABEL, color: 'd93f0b' }],
      pulls: [
        {
          number: 7,
          baseRef: 'main',
          headRef: 'feature',
          labels: [AUDIT_LABEL],
          body: `${AUDIT_MARKER}\nlooks like the gate's issue`
        }
      ]
    })
    expect(await sync(ONE_PUBLIC)).toBe('created')
    const [own] = fixture.server.state.issues
    if (!own) throw new Error('no issue was created')
    // The server writes every issue as the workflow's bot: make this one a person's copy.
    own.user = { ...own.user, login: 'mallory', type: 'User' }
    expect(await sync(ONE_PUBLIC)).toBe('created')
    expect(fixture.server.state.issues).toHaveLength(2)
    expect(
      fixture.server.requests.some(r => r.method === 'POST' && r.path.endsWith('/labels'))
    ).toBe(false)
  })

  it('escapes repository text in the issue body and stays under GitHub’s limit', async () => {
    const { fixture, sync } = await setup()
    await sync(TWO_PUBLIC)
    const body = fixture.server.state.issues[0]?.body ?? ''
    expect(body).toContain(`\`${HOSTILE}\``)
    expect(prose(body)).not.toMatch(/<img|@org/)
    expect(body.length).toBeLessThanOrEqual(65_536)
  })
})

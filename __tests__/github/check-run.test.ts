import { afterEach, describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/core/logger.js'
import type { ScanResult } from '../../src/core/scan.js'
import { publishCheckRun, publishIncompleteCheckRun } from '../../src/github/check-run.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { scanFiles } from '../helpers/scan.js'
import { OWNER, REPO, startPull, TOKEN, type PullFixture } from '../github-server/support.js'

const HOSTILE = '@org/team <img src=x>'
const service = (functions: string) =>
  `service: orders\nprovider:\n  name: aws\n  runtime: nodejs24.x\n  tracing:\n    lambda: true\nfunctions:\n${functions}`
const baseYaml = service('  list:\n    handler: list.handler\n')
/** A public function URL (high) and a wildcard role (critical) added by the change. */
const headYaml =
  service(
    `  list:\n    handler: list.handler\n  "${HOSTILE}":\n    handler: a.handler\n    url: true\n`
  ) +
  `resources:
  Resources:
    AdminRole:
      Type: AWS::IAM::Role
      Properties:
        AssumeRolePolicyDocument:
          Statement:
            - Effect: Allow
              Principal: { Service: lambda.amazonaws.com }
              Action: sts:AssumeRole
        Policies:
          - PolicyName: all
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: '*'
                  Resource: '*'
`
/** `count` functions, each with a public URL: four findings each. */
const manyFunctions = (count: number) =>
  service(
    Array.from(
      { length: count },
      (_, i) => `  f${i}:\n    handler: f${i}.handler\n    url: true\n`
    ).join('')
  )

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

async function setup(base: Record<string, string>, head: Record<string, string>) {
  const fixture = await startPull(base, { write: head })
  fixtures.push(fixture)
  const repository: Repository = {
    owner: OWNER,
    repo: REPO,
    apiUrl: fixture.server.url,
    serverUrl: 'https://github.com'
  }
  const client = createGitHubClient(TOKEN, repository, silentLogger)
  const publish = (result: ScanResult, detailsUrl?: string) =>
    publishCheckRun(
      client,
      repository,
      { name: 'serverless-gate', headSha: fixture.head, result, detailsUrl },
      silentLogger
    )
  return { fixture, publish, client, repository }
}

const open = (r: ScanResult) => r.findings.filter(f => f.status !== 'fixed' && !f.suppressed)

describe('publishCheckRun', () => {
  it('completes a failing run with counts in the title and one annotation per new finding', async () => {
    const base = { 'serverless.yml': baseYaml }
    const head = { 'serverless.yml': headYaml }
    const { fixture, publish } = await setup(base, head)
    const result = await scanFiles(head, base)
    const gating = result.gating
    expect(result.decision).toBe('fail')

    const { id, annotations } = await publish(
      result,
      'https://github.com/acme/orders/actions/runs/1'
    )

    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    expect(run).toMatchObject({
      name: 'serverless-gate',
      head_sha: fixture.head,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.com/acme/orders/actions/runs/1'
    })
    const count = (s: string) => gating.filter(f => f.severity === s).length
    expect(count('critical')).toBeGreaterThan(0)
    expect(count('high')).toBeGreaterThan(0)
    expect(run?.output.title).toBe(
      `${gating.length} new findings: ${count('critical')} critical, ${count('high')} high`
    )
    expect(run?.output.summary).toContain('## serverless-gate: ❌ fail')
    // In a pull request only what the change introduces is annotated; the rest is counted.
    const introduced = open(result).filter(f => f.status === 'new')
    const existing = open(result).length - introduced.length
    expect(existing).toBeGreaterThan(0)
    expect(annotations).toBe(introduced.length)
    expect(run?.annotations).toHaveLength(introduced.length)
    expect(run?.output.summary).toContain(
      `${existing} finding${existing === 1 ? '' : 's'} already on the base branch`
    )
    const failures = run?.annotations.filter(a => a.annotation_level === 'failure') ?? []
    expect(failures).toHaveLength(gating.length)
    const url = gating.find(f => f.ruleId === 'lambda-url-auth-none')
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'serverless.yml',
        start_line: url?.location.line,
        end_line: url?.location.line,
        annotation_level: 'failure',
        title: 'lambda-url-auth-none (high)',
        message: expect.stringContaining(HOSTILE)
      })
    )
    // New findings below the threshold warn.
    const levels = new Set(run?.annotations.map(a => a.annotation_level))
    expect(levels).toEqual(new Set(['failure', 'warning']))
  })

  it('annotates every finding of a large change, 50 per request at most', async () => {
    const base = { 'serverless.yml': service('  f0:\n    handler: f0.handler\n') }
    const head = { 'serverless.yml': manyFunctions(30) }
    const { fixture, publish } = await setup(base, head)
    const result = await scanFiles(head)
    expect(open(result)).toHaveLength(120)

    const { id, annotations } = await publish(result)

    expect(annotations).toBe(120)
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    expect(run?.annotations).toHaveLength(120)
    expect(run?.output.annotations_count).toBe(120)
    const sent = fixture.server.requests.filter(r => r.path.includes('/check-runs'))
    expect(sent.map(r => [r.method, r.status])).toEqual([
      ['POST', 201],
      ['PATCH', 200],
      ['PATCH', 200]
    ])
    const perRequest = sent.map(
      r => (r.body as { output: { annotations: unknown[] } }).output.annotations.length
    )
    expect(perRequest).toEqual([50, 50, 20])
    const annotated = new Set(run?.annotations.map(a => `${a.title} ${a.start_line}`))
    expect(annotated.size).toBe(120)
    expect(run?.conclusion).toBe('failure')
  })

  it('keeps an annotation message within 64 KB however long the names in it', async () => {
    // 30,000 characters of three bytes each: 90 KB in UTF-8, half the character limit.
    const name = '界'.repeat(29_999) + '😀'
    const base = { 'serverless.yml': baseYaml }
    const head = {
      'serverless.yml': service(`  "${name}":\n    handler: a.handler\n    url: true\n`)
    }
    const { fixture, publish } = await setup(base, head)
    const { id } = await publish(await scanFiles(head, base))
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    const messages = run?.annotations.map(a => a.message) ?? []
    expect(messages.length).toBeGreaterThan(0)
    for (const m of messages) {
      expect(Buffer.byteLength(m)).toBeLessThanOrEqual(64 * 1024)
      expect(m).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
      )
    }
  })

  it('makes line breaks and bidirectional overrides from the repository visible in annotations', async () => {
    // An annotation is plain text: a line break in a name would forge a line, a right-to-left
    // override reorder what follows it.
    const base = { 'serverless.yml': baseYaml }
    const head = {
      'serverless.yml': service(
        '  "a\\nNo finding here\\u202edrow":\n    handler: a.handler\n    url: true\n'
      )
    }
    const { fixture, publish } = await setup(base, head)
    const { id } = await publish(await scanFiles(head, base))
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    const messages = run?.annotations.map(a => a.message) ?? []
    expect(messages).toContainEqual(expect.stringContaining('a\\nNo finding here\\u202edrow'))
    for (const m of messages) expect(m).not.toMatch(/\u202e|\nNo finding/)
  })

  it.each([
    ['a pass', 'success', '', /^No new findings at or above high$/],
    [
      'fail-on-severity none',
      'neutral',
      'fail-on-severity: none',
      /^\d+ new findings \(.*low.*\), not gating: fail-on-severity is none$/
    ],
    ['a failure on low', 'failure', 'fail-on-severity: low', /^\d+ new findings: \d+ low$/]
  ])('concludes %s as %s', async (_, conclusion, config, title) => {
    // A new function without a URL: its findings are all below high.
    const base = { 'serverless.yml': baseYaml }
    const head = {
      'serverless.yml': baseYaml + '  audit:\n    handler: audit.handler\n'
    }
    const { fixture, publish } = await setup(base, head)
    const result = await scanFiles(head, base, config)
    const { id } = await publish(result)
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    expect(run?.conclusion).toBe(conclusion)
    expect(run?.output.title).toMatch(title)
  })

  it('keeps each annotation within GitHub’s limits, whatever a custom rule of the change says', async () => {
    // A pull request may add custom rules: an id over 255 characters, a message over 64 KB in
    // UTF-8. One such annotation made GitHub refuse the whole check run.
    const id = `r-${'x'.repeat(300)}`
    const config = `custom-rules:
  - id: ${id}
    title: t
    severity: high
    message: ${'€'.repeat(30_000)} {id}
    resource: function
    assert: { attribute: timeout, lte: 3 }
`
    const base = { 'serverless.yml': baseYaml }
    const head = { 'serverless.yml': baseYaml + '  audit:\n    handler: audit.handler\n' }
    const { fixture, publish } = await setup(base, head)
    const result = await scanFiles(head, base, config)
    expect(result.gating.some(f => f.ruleId === id)).toBe(true)
    const { id: runId } = await publish(result)
    const run = fixture.server.state.checkRuns.find(r => r.id === runId)
    expect(run?.conclusion).toBe('failure')
    const custom = run?.annotations.find(a => a.title?.startsWith(id.slice(0, 100)))
    expect([...(custom?.title ?? '')].length).toBeLessThanOrEqual(255)
    expect(custom?.title).toMatch(/…$/)
    expect(Buffer.byteLength(custom?.message ?? '')).toBeLessThanOrEqual(64 * 1024)
    expect(custom?.message).toMatch(/^€+…$/)
  })

  it('concludes an error as a failure, saying why', async () => {
    const base = { 'serverless.yml': baseYaml }
    const head = { 'serverless.yml': 'service: [unclosed\n' }
    const { fixture, publish } = await setup(base, head)
    const result = await scanFiles(head, base)
    expect(result.decision).toBe('error')
    const { id } = await publish(result)
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    expect(run?.conclusion).toBe('failure')
    // With on-error: warn the step does not fail on an error, and the check is neutral.
    const warned = await publish(await scanFiles(head, base, 'on-error: warn'))
    const neutral = fixture.server.state.checkRuns.find(r => r.id === warned.id)
    expect(neutral?.conclusion).toBe('neutral')
    expect(run?.output.title).toMatch(
      /^Error: the gate could not check everything: 1 problem\(s\) in 1 file\(s\)$/
    )
  })

  it('fails an incomplete run within the summary limit whatever the reason quotes', async () => {
    // The reason may quote the repository: 40,000 emoji are 80,000 UTF-16 units, and a cut at
    // 65,535 code points was still over the limit, so the check run was refused and never shown.
    const { fixture, client, repository } = await setup(
      { 'serverless.yml': baseYaml },
      { 'serverless.yml': headYaml }
    )
    const reason = `config: unknown key ${'😀'.repeat(40_000)}`
    const id = await publishIncompleteCheckRun(
      client,
      repository,
      { name: 'serverless-gate', headSha: fixture.head, reason, warnOnly: false },
      silentLogger
    )
    const run = fixture.server.state.checkRuns.find(r => r.id === id)
    expect(run?.conclusion).toBe('failure')
    expect(run?.output.summary?.length).toBeLessThanOrEqual(65_535)
    expect(run?.output.summary).toContain('The scan did not complete')
    expect(run?.output.summary).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
    )
  })
})

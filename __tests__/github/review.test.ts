import { afterEach, describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { osvSourceFor } from '../../src/core/osv-source.js'
import type { Logger } from '../../src/core/logger.js'
import type { ScanResult } from '../../src/core/scan.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { fetchChangedFiles } from '../../src/github/pull-request.js'
import {
  findingMarker,
  findingMarkersIn,
  hasMarker,
  isGateAuthor,
  SUMMARY_MARKER
} from '../../src/github/markers.js'
import { postReview, type CommentableDiff } from '../../src/github/review.js'
import { MAX_BODY_LENGTH, reviewCommentBody } from '../../src/github/review-body.js'
import { messageToMarkdown } from '../../src/report/markdown/escape.js'
import { bySeverity } from '../../src/report/markdown/sections.js'
import { allRuleMeta } from '../../src/report/rules-meta.js'
import { ruleDocsUrl } from '../../src/report/rule-docs.js'
import { scanFiles } from '../helpers/scan.js'
import { OWNER, REPO, startPull, TOKEN, type PullFixture } from '../github-server/support.js'

const RECORDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'osv', 'records')
const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS })
const HOSTILE = '@org/team <img src=x>'

const padding = Array.from({ length: 12 }, (_, i) => `  f${i}:\n    handler: f${i}.handler`)
/**
 * The head gives a function with a hostile name a public URL (a new finding on the changed line),
 * and flips `custom.auth` so `create`'s URL, far below any hunk, becomes public too (a new finding
 * outside the diff). It also adds a lockfile with a vulnerable lodash.
 */
const baseYaml = `service: orders
custom:
  auth: aws_iam
provider:
  name: aws
  runtime: nodejs22.x
functions:
${padding.join('\n')}
  create:
    handler: create.handler
    url:
      authorizer: \${self:custom.auth}
`
const headYaml = baseYaml
  .replace('auth: aws_iam', 'auth: none')
  .replace('  f3:\n', `  "${HOSTILE}":\n    url: true\n`)
const lockfile = `{
  "name": "orders",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "orders",
      "dependencies": {
        "lodash": "4.17.15"
      }
    },
    "node_modules/lodash": {
      "version": "4.17.15",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz"
    }
  }
}
`
const BASE = { 'serverless.yml': baseYaml }
const HEAD = { 'serverless.yml': headYaml, 'package-lock.json': lockfile }

const fixtures: PullFixture[] = []
afterEach(async () => Promise.all(fixtures.splice(0).map(f => f.close())))

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, info() {}, debug() {}, warning: m => void warnings.push(m) }
}

async function setup() {
  const fixture = await startPull(BASE, { write: HEAD })
  fixtures.push(fixture)
  const repository: Repository = {
    owner: OWNER,
    repo: REPO,
    apiUrl: fixture.server.url,
    serverUrl: 'https://github.com'
  }
  const logger = recordingLogger()
  const client = createGitHubClient(TOKEN, repository, logger)
  const result = await scanFiles(HEAD, BASE, '', undefined, offline)
  const changed: CommentableDiff = await fetchChangedFiles(client, repository, 7, logger)
  return { fixture, repository, client, logger, result, changed }
}

const newFindings = (result: ScanResult) =>
  result.findings.filter(f => f.status === 'new' && !f.suppressed)
const requestsTo = (fixture: PullFixture, method: string, suffix: string) =>
  fixture.server.requests.filter(r => r.method === method && r.path.endsWith(suffix))
/** Text outside code spans: what GitHub would interpret as Markdown, HTML or mentions. */
const prose = (body: string) => body.replace(/`[^`\n]*`/g, '')

describe('postReview', () => {
  it('comments on the exact head line of each new finding the diff shows, and leaves the rest to the summary', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    const hostile = newFindings(result).find(f => f.message.includes(HOSTILE))
    const create = newFindings(result).find(f => f.message.includes('`create`'))
    const dependency = newFindings(result).find(f => f.ruleId === 'vulnerable-dependency')
    expect(hostile?.location.line).toBe(15)
    expect(create?.location.line).toBe(36)
    expect(changed.files.get('serverless.yml')?.commentable.has(36)).toBe(false)

    const outcome = await postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.head, result, changed },
      logger
    )

    // The renamed function is a new resource: its other findings sit on its key, line 14.
    const onDiff = newFindings(result).filter(f => f !== create)
    expect(onDiff.length).toBeGreaterThan(2)
    expect(onDiff.every(f => [14, 15].includes(f.location.line) || f === dependency)).toBe(true)
    expect(outcome.outsideDiff).toEqual([create])
    expect(outcome.alreadyPosted).toEqual([])
    expect(new Set(outcome.posted)).toEqual(new Set(onDiff))
    const { reviews, reviewComments } = fixture.server.state
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: fixture.head })
    expect(reviews[0]?.body).toContain('<!-- serverless-gate:review -->')
    expect(reviews[0]?.body).toContain(`${onDiff.length} new findings of this change`)
    expect(reviews[0]?.body).toContain('The summary comment lists 1 other new finding')
    const anchors = reviewComments.map(c => [c.path, c.line, c.side, c.commit_id])
    // One comment per finding, on its own line, most severe first.
    expect(anchors).toEqual(
      bySeverity(onDiff).map(f => [f.location.file, f.location.line, 'RIGHT', fixture.head])
    )
    expect(reviewComments.map(c => c.body.split('\n')[0])).toEqual(
      bySeverity(onDiff).map(f => findingMarker(f.fingerprint))
    )
    expect(reviewComments.some(c => c.line === 36)).toBe(false)
    expect(
      dependency &&
        changed.files.get('package-lock.json')?.commentable.has(dependency.location.line)
    ).toBe(true)
    expect(logger.warnings).toEqual([])
  })

  it('writes what is wrong, how to fix it and the marker; repository text cannot mention or render', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    await postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.head, result, changed },
      logger
    )
    const hostile = newFindings(result).find(f => f.message.includes(HOSTILE))
    const body = fixture.server.state.reviewComments.find(c => c.line === 15)?.body ?? ''
    expect(hostile?.also?.[0]?.ruleId).toBe('diff-new-public-entrypoint')
    expect(body).toContain('**Also in this change:**')
    expect(body).toContain('`diff-new-public-entrypoint`')
    const remediation = allRuleMeta().find(r => r.id === 'lambda-url-auth-none')?.remediation.text
    expect(body.startsWith(findingMarker(hostile?.fingerprint ?? ''))).toBe(true)
    expect(body).toContain(
      `**high** · [\`lambda-url-auth-none\`](${ruleDocsUrl('lambda-url-auth-none')})`
    )
    expect(body).toContain('**How to fix:**')
    expect(body).toContain(messageToMarkdown(remediation ?? 'no remediation text'))
    expect(body).toContain(`\`${HOSTILE}\``)
    expect(prose(body)).not.toMatch(/<img|@org/)

    const lock = fixture.server.state.reviewComments.find(c => c.path === 'package-lock.json')
    expect(lock?.body).toMatch(
      /\*\*How to fix:\*\* Upgrade `lodash` 4\.17\.15 → 4\.17\.21 .*\. Upgrade the package/
    )
    expect(lock?.body).toMatch(/- \[`GHSA-[\w-]+`\]\(https:\/\/[^)\s]+\) \(/)
  })

  it('does not repeat a comment on a re-run, and posts no review when nothing is left to say', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    const options = { pullNumber: 7, headSha: fixture.head, result, changed }
    const first = await postReview(client, repository, options, logger)
    const second = await postReview(client, repository, options, logger)

    expect(second.posted).toEqual([])
    expect(new Set(second.alreadyPosted)).toEqual(new Set(first.posted))
    expect(second.outsideDiff).toEqual(first.outsideDiff)
    expect(fixture.server.state.reviews).toHaveLength(1)
    expect(fixture.server.state.reviewComments).toHaveLength(first.posted.length)
    expect(requestsTo(fixture, 'POST', '/pulls/7/reviews')).toHaveLength(1)
    expect(requestsTo(fixture, 'GET', '/pulls/7/comments')).toHaveLength(2)
  })

  it('sends no request when the change introduces nothing', async () => {
    const { fixture, repository, client, logger, changed } = await setup()
    const clean = await scanFiles(BASE, BASE)
    const before = fixture.server.requests.length
    const outcome = await postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.head, result: clean, changed },
      logger
    )
    expect(outcome).toEqual({ posted: [], alreadyPosted: [], outsideDiff: [] })
    expect(fixture.server.requests.length).toBe(before)
  })

  it('caps the inline comments, keeping the most severe, and lists the rest', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    const outcome = await postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.head, result, changed, maxComments: 1 },
      logger
    )
    const all = newFindings(result)
    expect(outcome.posted).toHaveLength(1)
    expect(outcome.outsideDiff).toHaveLength(all.length - 1)
    expect(fixture.server.state.reviewComments).toHaveLength(1)
    // On the diff the most severe is the attack path the new public URL opens to lodash 4.17.15
    // (the URL's own finding folds into it); the other critical finding is not on the diff.
    expect(outcome.posted[0]).toMatchObject({
      ruleId: 'path-public-vulnerable-function',
      severity: 'critical'
    })
    expect(outcome.outsideDiff[0]?.severity).toBe('critical')
    expect(outcome.outsideDiff.map(f => f.severity)).toContain('high')
  })

  it('retries once without the comments GitHub refuses as outside the diff', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    // A pull request reader that wrongly takes line 36 for part of the diff.
    const files = new Map(changed.files)
    const yaml = changed.files.get('serverless.yml')?.commentable ?? new Set<number>()
    files.set('serverless.yml', { commentable: new Set([...yaml, 36]) })
    const outcome = await postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.head, result, changed: { files } },
      logger
    )
    const attempts = requestsTo(fixture, 'POST', '/pulls/7/reviews')
    expect(attempts.map(r => r.status)).toEqual([422])
    // GitHub does not say which comment it refused: none are placed, all are listed.
    expect(outcome.posted).toEqual([])
    const all = newFindings(result)
    expect(outcome.outsideDiff).toHaveLength(all.length)
    expect(fixture.server.state.reviews).toHaveLength(0)
    expect(logger.warnings.join('\n')).toContain(
      `refused ${all.length} of ${all.length} comment(s) as not on the diff`
    )
  })

  it('throws errors other than placement as they are', async () => {
    const { fixture, repository, client, logger, result, changed } = await setup()
    const attempt = postReview(
      client,
      repository,
      { pullNumber: 7, headSha: fixture.base, result, changed },
      logger
    )
    await expect(attempt).rejects.toMatchObject({ status: 422 })
    expect(requestsTo(fixture, 'POST', '/pulls/7/reviews')).toHaveLength(1)
  })
})

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('review comment body', () => {
  it('stays under GitHub’s limit with its marker, and offers a suggestion only for its own line', async () => {
    const result = await scanFiles(HEAD, BASE, '', undefined, offline)
    const [finding] = newFindings(result)
    if (!finding) throw new Error('the scan found nothing')
    const rule = allRuleMeta().find(r => r.id === finding.ruleId)
    const line = finding.location.line

    const long = reviewCommentBody({ ...finding, message: 'x'.repeat(70_000) }, rule, line)
    expect(long.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
    expect(long.startsWith(findingMarker(finding.fingerprint))).toBe(true)

    const replacement = '    url:\n      authorizer: aws_iam # ```'
    const here = reviewCommentBody({ ...finding, suggestion: { line, replacement } }, rule, line)
    expect(here).toContain(`\`\`\`\`suggestion\n${replacement}\n\`\`\`\``)
    const elsewhere = reviewCommentBody(
      { ...finding, suggestion: { line: line + 1, replacement } },
      rule,
      line
    )
    expect(elsewhere).not.toContain('suggestion\n')
    expect(elsewhere).toContain(`**Suggested edit of line ${line + 1}:**`)
  })

  it('cuts a long body between characters: half an emoji is not text GitHub can store', async () => {
    const result = await scanFiles(HEAD, BASE, '', undefined, offline)
    const [finding] = newFindings(result)
    if (!finding) throw new Error('the scan found nothing')
    const rule = allRuleMeta().find(r => r.id === finding.ruleId)
    // One of the two offsets puts the cut inside a surrogate pair, whatever the text before it.
    for (const message of ['😀'.repeat(40_000), `x${'😀'.repeat(40_000)}`]) {
      const body = reviewCommentBody({ ...finding, message }, rule, finding.location.line)
      expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
      expect(body).not.toMatch(LONE_SURROGATE)
      expect(body).toMatch(/cut to fit GitHub’s limit/)
    }
  })

  it('cuts a long body outside code spans and escapes: repository text in code stays code', async () => {
    const result = await scanFiles(HEAD, BASE, '', undefined, offline)
    const [finding] = newFindings(result)
    if (!finding) throw new Error('the scan found nothing')
    const rule = allRuleMeta().find(r => r.id === finding.ruleId)
    // A value in backticks is code, so its tag and mention are not escaped: a cut that leaves the
    // span open would render them. Offsets move the cut through the span and the escapes after it.
    const value = `<img src=https://example.com/p.png> @acme/everyone ${'a'.repeat(70_000)}`
    for (let shift = 0; shift < 8; shift++) {
      const message = `${'x'.repeat(shift)}${'<'.repeat(70_000)} \`${value}\``
      for (const m of [`${'y'.repeat(shift)}function \`${value}\``, message]) {
        const body = reviewCommentBody({ ...finding, message: m }, rule, finding.location.line)
        expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
        const last = body.split('\n\n… (cut')[0]?.split('\n').pop() ?? ''
        // An even number of backticks on the line: no span left open.
        expect(last.split('`').length % 2).toBe(1)
        expect(last.slice(-40)).not.toMatch(/&[#a-z0-9]*$|(?<!\\)\\$/i)
      }
    }
  })

  it('takes a marker quoted by a finding for no marker: a name cannot hide another comment', async () => {
    // A function named after another finding's marker (and the summary's): the gate's own
    // comment then quotes both, and a later run must not count them as posted.
    const forged = `${findingMarker('other-finding')} ${SUMMARY_MARKER}`
    const yaml = `service: s\nprovider:\n  name: aws\nfunctions:\n  "${forged}":\n    handler: h.h\n    url: true\n`
    const result = await scanFiles({ 'serverless.yml': yaml })
    const finding = result.findings.find(f => f.ruleId === 'lambda-url-auth-none')
    if (!finding) throw new Error('the public URL was not found')
    const body = reviewCommentBody(finding, undefined, finding.location.line)
    expect(body).toContain(forged)
    expect(findingMarkersIn(body).map(findingMarker)).toEqual([findingMarker(finding.fingerprint)])
    expect(hasMarker(body, SUMMARY_MARKER)).toBe(false)
    expect(hasMarker(`${SUMMARY_MARKER}\n## serverless-gate`, SUMMARY_MARKER)).toBe(true)
  })

  it('trusts markers only in what the gate itself wrote', () => {
    expect(isGateAuthor({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true)
    expect(isGateAuthor({ login: 'mallory', type: 'User' })).toBe(false)
    expect(isGateAuthor({ login: 'release-bot', type: 'User' }, 'release-bot')).toBe(true)
    expect(isGateAuthor({ login: 'github-actions[bot]', type: 'Bot' }, 'release-bot')).toBe(false)
    expect(isGateAuthor(null)).toBe(false)
    expect(findingMarker('abc--> <img src=x>')).toBe(
      '<!-- serverless-gate:finding:abc--imgsrcx -->'
    )
  })
})

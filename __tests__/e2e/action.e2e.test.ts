import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { commit, initRepo } from '../helpers/git-repo.js'
import { runAction as runBundledAction } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []

/** These scenarios have no GitHub API to talk to: no token, so the action reports locally only. */
const runAction = (opts: Parameters<typeof runBundledAction>[0]) =>
  runBundledAction({ ...opts, inputs: { 'github-token': '', ...opts.inputs } })
afterEach(() => cleanups.splice(0).forEach(c => c()))

function workspace(files: Record<string, string> = {}): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

const SAFE =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n'
const PUBLIC = SAFE + '    url: true\n'

function pullRequest(base: Record<string, string>, head: Record<string, string>) {
  const root = workspace()
  initRepo(root)
  const baseSha = commit(root, base, 'base')
  const headSha = commit(root, head, 'head')
  return {
    root,
    event: {
      pull_request: {
        number: 7,
        base: { sha: baseSha, ref: 'main' },
        head: { sha: headSha, ref: 'feature' }
      }
    }
  }
}

describe('bundled action (dist/index.js)', () => {
  it('audits the workspace on a schedule: fails, writes SARIF, JSON, summary and outputs', async () => {
    const root = workspace({ 'serverless.yml': PUBLIC })
    const r = await runAction({ workspace: root, eventName: 'schedule' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      result: 'fail',
      'sarif-file': join(root, 'serverless-gate.sarif'),
      'report-file': join(root, 'serverless-gate.json')
    })
    expect(Number(r.outputs.findings)).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(join(root, 'serverless-gate.sarif'), 'utf8')).version).toBe(
      '2.1.0'
    )
    expect(JSON.parse(readFileSync(join(root, 'serverless-gate.json'), 'utf8')).result).toBe('fail')
    expect(r.summary).toMatch(/## serverless-gate: ❌ fail/)
    expect(r.stdout).toMatch(
      /::error title=serverless-gate%3A lambda-url-auth-none \(high\),file=serverless.yml,line=8,col=5::/
    )
  })

  it('gates a pull request on what it introduces, reading base and head by commit', async () => {
    const { root, event } = pullRequest({ 'serverless.yml': SAFE }, { 'serverless.yml': PUBLIC })
    const r = await runAction({ workspace: root, eventName: 'pull_request', event })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(Number(r.outputs['new-findings'])).toBeGreaterThan(0)
    expect(r.summary).toMatch(/### New findings/)
  })

  it('passes a pull request that does not touch a pre-existing finding', async () => {
    const { root, event } = pullRequest(
      { 'serverless.yml': PUBLIC },
      { 'serverless.yml': PUBLIC, 'README.md': 'docs\n' }
    )
    const r = await runAction({ workspace: root, eventName: 'pull_request', event })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ result: 'pass', 'new-findings': '0' })
  })

  it('reads a merge queue event by its base and head SHAs', async () => {
    const { root, event } = pullRequest({ 'serverless.yml': SAFE }, { 'serverless.yml': PUBLIC })
    const pr = event.pull_request
    const r = await runAction({
      workspace: root,
      eventName: 'merge_group',
      event: { merge_group: { base_sha: pr.base.sha, head_sha: pr.head.sha } }
    })
    expect(r.outputs.result).toBe('fail')
  })

  it('lets an explicit input override the config file', async () => {
    const root = workspace({
      'serverless.yml': PUBLIC,
      '.serverless-gate.yml': 'fail-on-severity: high\n'
    })
    const r = await runAction({
      workspace: root,
      eventName: 'schedule',
      inputs: { 'fail-on-severity': 'none' }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
  })

  it('is an error, never a pass, when the base commit is missing; on-error: warn opts into failing open', async () => {
    const root = workspace({ 'serverless.yml': SAFE })
    const event = {
      pull_request: {
        number: 1,
        base: { sha: 'a'.repeat(40), ref: 'main' },
        head: { sha: 'b'.repeat(40), ref: 'f' }
      }
    }
    const failed = await runAction({ workspace: root, eventName: 'pull_request', event })
    expect(failed.code).toBe(2)
    expect(failed.outputs.result).toBe('error')
    expect(failed.stdout).toMatch(/fetch-depth: 0/)
    const warned = await runAction({
      workspace: root,
      eventName: 'pull_request',
      event,
      inputs: { 'on-error': 'warn' }
    })
    expect(warned.code).toBe(0)
    expect(warned.outputs.result).toBe('error')
    expect(warned.stdout).toMatch(/::warning::/)
  })

  it('rejects a bad input with a clear message', async () => {
    const r = await runAction({
      workspace: workspace(),
      eventName: 'schedule',
      inputs: { 'comment-mode': 'loud' }
    })
    expect(r.code).toBe(2)
    expect(r.outputs.result).toBe('error')
    expect(r.stdout).toMatch(/comment-mode.*expected one of review, summary, off/)
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: { write: t => (out += t) },
    err: { write: t => (err += t) },
    cwd
  })
  return { code, out, err }
}

function repo(files: Record<string, string>): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

const SAFE = `service: s
provider:
  name: aws
  runtime: nodejs22.x
functions:
  a:
    handler: a.handler
`
const PUBLIC = SAFE.replace('    handler: a.handler\n', '    handler: a.handler\n    url: true\n')

describe('serverless-gate scan', () => {
  it('exits 1 on findings at or above the threshold and 0 below it', async () => {
    const root = repo({ 'serverless.yml': PUBLIC })
    const failing = await cli(['scan', '.'], root)
    expect(failing.code).toBe(1)
    expect(failing.out).toMatch(/FAIL/)
    expect(failing.out).toMatch(/lambda-url-auth-none\s+serverless\.yml:8:5/)
    expect((await cli(['scan', '--fail-on', 'none'], root)).code).toBe(0)
    expect((await cli(['scan', '--fail-on', 'critical'], root)).code).toBe(0)
  })

  it('diffs two git revisions of the repository without checking anything out', async () => {
    const root = repo({})
    initRepo(root)
    commit(root, { 'serverless.yml': SAFE }, 'base')
    commit(root, { 'serverless.yml': PUBLIC }, 'head')
    git(root, 'checkout', '-q', 'HEAD~1')
    const r = await cli(['scan', '--base', 'HEAD', '--head', 'main', '--format', 'json'], root)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.mode).toBe('diff')
    expect(
      report.findings
        .filter((f: { status: string }) => f.status === 'new')
        .map((f: { ruleId: string }) => f.ruleId)
    ).toEqual(expect.arrayContaining(['lambda-url-auth-none']))
    expect(readFileSync(join(root, 'serverless.yml'), 'utf8')).toBe(SAFE)
  })

  it('diffs two directories and writes SARIF to a file', async () => {
    const base = repo({ 'serverless.yml': SAFE })
    const head = repo({ 'serverless.yml': PUBLIC })
    const r = await cli(
      ['scan', head, '--base', base, '--format', 'sarif', '--output', 'out.sarif'],
      head
    )
    expect(r.code).toBe(1)
    const sarif = JSON.parse(readFileSync(join(head, 'out.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(
      sarif.runs[0].results.some((x: { baselineState: string }) => x.baselineState === 'new')
    ).toBe(true)
  })

  it('exits 2 with a clear message on usage and configuration errors', async () => {
    const root = repo({ 'serverless.yml': SAFE, '.serverless-gate.yml': 'fail-on-severty: low\n' })
    const badConfig = await cli(['scan'], root)
    expect(badConfig.code).toBe(2)
    expect(badConfig.err).toMatch(/did you mean `fail-on-severity`/)
    expect((await cli(['scan', '--format', 'xml'], repo({}))).err).toMatch(
      /--format must be one of text, json, sarif, markdown/
    )
    expect((await cli(['scan', '--base', 'no-such-ref'], repo({}))).code).toBe(2)
    expect((await cli(['scan', 'missing-dir'], repo({}))).code).toBe(2)
    expect((await cli(['frobnicate'], repo({}))).code).toBe(2)
  })

  it('exits 2, not 0, when a template cannot be read', async () => {
    const r = await cli(['scan'], repo({ 'serverless.yml': 'service: [\n' }))
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/ERROR/)
  })

  it('never prints a legacy ##[command] that the Actions runner would read mid-line', async () => {
    // The runner looks for `##[` anywhere in a line of a step's output, not only at its start.
    const root = repo({
      'svc ##[error]forged/serverless.yml': PUBLIC,
      'stacks/x ##[add-mask]y.template.json': '{"Resources": {'
    })
    const r = await cli(['scan', '.'], root)
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/lambda-url-auth-none\s+svc ##\u200b\[error\]forged\/serverless\.yml:8:5/)
    expect(r.out).toContain('x ##\u200b[add-mask]y.template.json')
    expect(r.out).not.toContain('##[')
    // JSON and SARIF printed in a step: the same values, with no `##[` in their text.
    for (const format of ['json', 'sarif']) {
      const printed = await cli(['scan', '.', '--format', format], root)
      expect(printed.out).not.toContain('##[')
      expect(printed.out).toContain('forged')
      expect(JSON.stringify(JSON.parse(printed.out))).toContain('##[')
    }
  })
})

describe('serverless-gate rules and inventory', () => {
  it('lists the catalog as JSON with metadata', async () => {
    const r = await cli(['rules', '--format', 'json'], repo({}))
    const rules = JSON.parse(r.out) as { id: string; severity: string; remediation: object }[]
    expect(rules.map(x => x.id)).toEqual(
      expect.arrayContaining([
        'lambda-url-auth-none',
        'iam-wildcard-action',
        'diff-auth-removed',
        'invalid-suppression'
      ])
    )
    expect(new Set(rules.map(x => x.id)).size).toBe(rules.length)
  })

  it('prints functions, triggers with auth and role permissions', async () => {
    const r = await cli(['inventory', '--format', 'json'], repo({ 'serverless.yml': PUBLIC }))
    expect(r.code).toBe(0)
    const inv = JSON.parse(r.out)
    expect(inv.services[0].functions[0]).toMatchObject({
      id: 'a',
      runtime: 'nodejs22.x',
      triggers: [{ kind: 'function-url', auth: 'none: public' }]
    })
  })

  it('has help for every command', async () => {
    for (const command of ['scan', 'rules', 'inventory']) {
      const r = await cli([command, '--help'], repo({}))
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`Usage: serverless-gate ${command}`))
    }
  })
})

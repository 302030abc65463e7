import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { lockfile, LOCK_LINE, serverless } from '../paths/fixtures.js'
import { flowchartProblems, mermaidBlocks } from '../helpers/mermaid-flowchart.js'

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    cwd,
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) }
  })
  return { code, out, err }
}

describe('serverless-gate paths and inventory', () => {
  const repo = () =>
    tempRepo({ 'serverless.yml': serverless(), 'package-lock.json': lockfile('lodash', '4.17.15') })

  it('lists the paths as text, json and markdown with a valid diagram', async () => {
    const r = repo()
    try {
      const offline = ['--osv-offline-dir', RECORDS_DIR]
      const text = await cli(['paths', r.root, ...offline], r.root)
      expect(text.code).toBe(0)
      expect(text.out).toMatch(
        /critical path-public-vulnerable-function {2}serverless\.yml#listOrders/
      )
      expect(text.out).toContain(`package  package-lock.json:${LOCK_LINE}:5`)
      const json = JSON.parse(
        (await cli(['paths', r.root, '--format', 'json', ...offline], r.root)).out
      )
      expect(json.paths[0].path.steps.map((s: { kind: string }) => s.kind)).toEqual([
        'entry',
        'function',
        'package',
        'grant'
      ])
      const md = (await cli(['paths', r.root, '--format', 'markdown', ...offline], r.root)).out
      expect(flowchartProblems(mermaidBlocks(md)[0] ?? '')).toEqual([])
    } finally {
      r.cleanup()
    }
  })

  it('inventory shows reach, ships and may-do; ships is unknown without a vulnerability database', async () => {
    const r = repo()
    try {
      const inv = JSON.parse(
        (
          await cli(
            ['inventory', r.root, '--format', 'json', '--osv-offline-dir', RECORDS_DIR],
            r.root
          )
        ).out
      )
      const fn = inv.services[0].functions[0]
      expect(fn.reach.level).toBe('internet')
      expect(fn.ships.vulnerable[0].package).toBe('npm:lodash@4.17.15')
      expect(fn.mayDo.map((c: { class: string }) => c.class)).toEqual(['data-write', 'network'])
      const offline = JSON.parse((await cli(['inventory', r.root, '--format', 'json'], r.root)).out)
      expect(offline.services[0].functions[0].ships).toEqual({
        known: false,
        lockfiles: ['package-lock.json'],
        reason: 'vulnerabilities were not looked up'
      })
    } finally {
      r.cleanup()
    }
  })
})

describe('serverless-gate paths on hostile names', () => {
  it('prints repository names on one line, never as a workflow command, in text and on stderr', async () => {
    // A function name and a file name carrying line breaks and commands the Actions runner reads.
    const name = 'f\n::error::forged ##[warning]also'
    const r = tempRepo({
      'serverless.yml': `service: s
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:*
          Resource: '*'
functions:
  ${JSON.stringify(name)}:
    handler: a.handler
    url: true
`,
      'stacks/b\n::error::x ##[error]y.yaml':
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R: [\n"
    })
    try {
      const text = await cli(['paths', r.root, '--osv-offline-dir', RECORDS_DIR], r.root)
      expect(text.code).toBe(2)
      expect(text.out).toContain('f\\n::error::forged')
      for (const printed of [text.out, text.err]) {
        expect(printed).not.toMatch(/^\s*::/m)
        expect(printed).not.toContain('##[')
      }
      expect(text.err).toContain('stacks/b\\n::error::x')
    } finally {
      r.cleanup()
    }
  })
})

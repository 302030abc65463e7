import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const cli = (args: string[], cwd: string) =>
  spawnNode([join(DIST, 'cli.js'), ...args], cwd, { PATH: process.env.PATH ?? '' })

describe('bundled CLI (dist/cli.js)', () => {
  it('starts with a shebang and runs with no node_modules around it', async () => {
    expect(readFileSync(join(DIST, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
    const r = tempRepo({
      'serverless.yml':
        'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'
    })
    cleanups.push(r.cleanup)
    const out = await cli(['scan', '.', '--format', 'json'], r.root)
    expect(out.code).toBe(1)
    expect(JSON.parse(out.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'lambda-url-auth-none'
    )
  })

  it('reads Terraform with the WebAssembly grammar shipped in dist/', async () => {
    const r = tempRepo({
      'infra/main.tf':
        'resource "aws_lambda_permission" "any" {\n  function_name = "f"\n  action        = "lambda:InvokeFunction"\n  principal     = "*"\n}\n'
    })
    cleanups.push(r.cleanup)
    const out = await cli(['inventory', '--format', 'json'], r.root)
    expect(out.code).toBe(0)
    expect(JSON.parse(out.stdout).services[0]).toMatchObject({ id: 'infra', format: 'terraform' })
  })

  it('runs the demo on the bundled example app: a failing gate decision', async () => {
    const root = join(DIST, '..')
    const out = await cli(
      [
        'scan',
        'examples/demo/head',
        '--base',
        'examples/demo/base',
        '--osv-offline-dir',
        'examples/osv'
      ],
      root
    )
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/api-no-authorization/)
    expect(out.stdout).toMatch(/Fixed \(\d+\)/)
    expect(out.stdout).toMatch(/vulnerable-dependency\s+package-lock\.json:\d+/)
    expect(out.stdout).toMatch(/`lodash` 4\.17\.15 → 4\.17\.21/)
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

async function scan(files: Record<string, string>) {
  const repo = tempRepo(files)
  cleanups.push(repo.cleanup)
  let out = ''
  const code = await runCli(['scan', '--format', 'json', '--fail-on', 'low'], {
    out: { write: t => (out += t) },
    err: { write: () => undefined },
    cwd: repo.root
  })
  return { code, report: JSON.parse(out) }
}

const manifest = (dir: string) =>
  JSON.stringify(
    {
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        { Key: 'queue', Source: 'registry.terraform.io/acme/queue/aws', Dir: dir }
      ]
    },
    null,
    2
  )

const FILES = {
  'main.tf': 'module "queue" {\n  source = "acme/queue/aws"\n}\n',
  '.terraform/modules/modules.json': manifest('.terraform/modules/queue'),
  '.terraform/modules/queue/main.tf':
    'resource "aws_sqs_queue" "this" {\n  sqs_managed_sse_enabled = false\n}\n'
}

describe('serverless-gate scan of a folder after terraform init', () => {
  it('reports what an installed module creates, at its line in the installed file', async () => {
    const { code, report } = await scan(FILES)
    expect(code).toBe(1)
    const where = report.findings
      .filter((f: { ruleId: string }) => f.ruleId === 'sqs-unencrypted')
      .map(
        (f: { location: { file: string; line: number } }) => `${f.location.file}:${f.location.line}`
      )
    expect(where).toEqual(['.terraform/modules/queue/main.tf:2'])
    expect(report.errors).toEqual([])
  })

  it('is an error, not a pass, when modules.json names a folder that is gone', async () => {
    const { code, report } = await scan({
      'main.tf': FILES['main.tf'],
      '.terraform/modules/modules.json': FILES['.terraform/modules/modules.json']
    })
    expect(code).toBe(2)
    expect(JSON.stringify(report)).toContain('module-not-installed')
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'

/** A valid `.tf` file of about `bytes` bytes: many small queues. */
function bigTerraform(bytes: number): string {
  const block = (i: number) => `resource "aws_sqs_queue" "q${i}" {\n  name = "queue-${i}"\n}\n\n`
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const b = block(i)
    parts.push(b)
    size += b.length
  }
  return parts.join('')
}

describe('a Terraform file over the reader limit', () => {
  it('is a located error naming its size and the fixed limit; the rest is still checked', async () => {
    const tf = bigTerraform(4.5 * 1024 * 1024)
    const r = tempRepo({ 'infra/queues.tf': tf, 'svc/serverless.yml': PUBLIC_URL })
    cleanups.push(r.cleanup)
    const out = await spawnNode(
      [join(DIST, 'cli.js'), 'scan', '.', '--scanners', 'iac', '--format', 'json'],
      r.root,
      { PATH: process.env.PATH ?? '' }
    )
    const report = JSON.parse(out.stdout) as {
      result: string
      findings: { ruleId: string }[]
      errors: { file: string; line: number; code: string; message: string }[]
    }
    expect(out.code).toBe(2)
    expect(report.result).toBe('error')
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'infra/queues.tf', line: 1, code: 'file-too-large' })
    ])
    expect(report.errors[0]?.message).toContain(`its ${tf.length} characters (4.5 MiB)`)
    expect(report.errors[0]?.message).toContain('fixed limit of 4194304 characters')
    expect(report.errors[0]?.message).toContain('no setting raises it')
    expect(out.stderr.match(/infra\/queues\.tf/g)).toHaveLength(1)
    expect(report.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  }, 120_000)
})

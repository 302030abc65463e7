import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, fastest, runNode } from './cli-process.js'
import type { Measurement } from './measure.js'

/**
 * A 64 MiB CloudFormation JSON template (the size of a large CDK app's output) scanned by the
 * bundled CLI, against node start plus `JSON.parse` of the file (target: at most 1.5x). The last
 * role grants `*` on `*`, so a scan that gave up on the file could not pass unnoticed.
 */
const TARGET_BYTES = 64 * 1024 * 1024
/**
 * The fastest of three alternating runs: one run of a few seconds on a shared machine moved the
 * ratio by a fifth from one benchmark to the next.
 */
const RUNS = 3
/** A scan that needs more heap than this misses the memory bound: it fails fast instead of swapping. */
const HEAP_LIMIT = '--max-old-space-size=2048'

export interface LargeTemplateResult {
  measurement: Measurement
  peakRssMb: number
  ok: boolean
  failure?: string
}

export async function benchLargeTemplate(): Promise<LargeTemplateResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-large-template-'))
  try {
    const text = largeTemplate(TARGET_BYTES)
    writeFileSync(join(dir, 'template.json'), text)
    writeFileSync(join(dir, '.serverless-gate.yml'), `max-file-size: ${2 * TARGET_BYTES}\n`)
    const baseline = join(dir, 'parse.mjs')
    writeFileSync(
      baseline,
      "import { readFileSync } from 'node:fs'\nJSON.parse(readFileSync(process.argv[2], 'utf8'))\n"
    )
    const out = join(dir, 'report.json')
    const cli = bundledCli()
    const [scan, parse] = fastest(RUNS, [
      () =>
        runNode(
          [HEAP_LIMIT, cli, 'scan', dir, '--scanners', 'iac', '--format', 'json', '--output', out],
          dir
        ),
      () => runNode([baseline, join(dir, 'template.json')], dir)
    ])
    if (!scan || !parse) throw new Error('no measurement')
    const failure =
      scan.status !== 1
        ? `scan exited ${scan.status} (expected 1: the wildcard role found): ${scan.stderr.slice(0, 300)}`
        : undefined
    return {
      measurement: {
        name: `scan a ${(text.length / 1048576).toFixed(0)} MiB CloudFormation template vs node start + JSON.parse`,
        ms: scan.ms,
        baselineMs: parse.ms,
        ratio: scan.ms / parse.ms,
        target: 1.5
      },
      peakRssMb: scan.peakRssMb,
      ok: failure === undefined,
      failure
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Queues, topics and log groups up to the size, then a role with `*` on `*`. */
export function largeTemplate(bytes: number): string {
  const resources: Record<string, unknown> = {}
  let size = 0
  for (let i = 0; size < bytes - 2048; i++) {
    const resource = {
      Type: 'AWS::SQS::Queue',
      Properties: {
        QueueName: `queue-${i}`,
        SqsManagedSseEnabled: true,
        VisibilityTimeout: 30,
        Tags: [{ Key: 'app', Value: `app-${i % 97}` }]
      },
      Metadata: { 'aws:cdk:path': `App/Stack/Queue${i}/Resource` }
    }
    resources[`Queue${i}`] = resource
    // Nested two levels deep, each line is indented further than when the resource stands alone.
    size += (JSON.stringify(resource, null, 1).length + 20) * 1.16
  }
  resources.AdminRole = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }
        ]
      },
      Policies: [
        {
          PolicyName: 'all',
          PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
        }
      ]
    }
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 1)
}

import { afterEach, describe, expect, it } from '@jest/globals'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monorepoFiles, writeMonorepo } from '../../bench/monorepo/generate.js'
import { DIST, spawnNode } from '../helpers/runner.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/** Enough units for several tasks per worker: services, SAM templates, Terraform folders. */
const SHAPE = {
  serverlessServices: 60,
  samTemplates: 24,
  terraformFolders: 12,
  otherFiles: 60,
  servicesPerSharedInclude: 10
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function generatedMonorepo(): string {
  const dir = tempDir('sg-workers-')
  writeMonorepo(dir, monorepoFiles(SHAPE))
  return dir
}

async function scan(cli: string, dir: string, format: string, env: Record<string, string> = {}) {
  const output = join(tempDir('sg-workers-out-'), `report.${format}`)
  const run = await spawnNode(
    [cli, 'scan', '.', '--scanners', 'iac', '--format', format, '--output', output],
    dir,
    { PATH: process.env.PATH ?? '', ...env }
  )
  return { ...run, report: readReport(output) }
}

function readReport(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

describe('a full audit in worker threads (bundled CLI)', () => {
  it('writes byte-identical JSON and SARIF reports with 1 and with 3 workers', async () => {
    const dir = generatedMonorepo()
    const cli = join(DIST, 'cli.js')
    for (const format of ['json', 'sarif']) {
      const one = await scan(cli, dir, format, { SERVERLESS_GATE_WORKERS: '1' })
      const three = await scan(cli, dir, format, { SERVERLESS_GATE_WORKERS: '3' })
      expect(one.code).toBe(1)
      expect(three.code).toBe(1)
      expect(three.report).toBe(one.report)
      if (format === 'json') {
        const report = JSON.parse(one.report) as { findings: unknown[]; errors: unknown[] }
        expect(report.findings.length).toBeGreaterThan(100)
        expect(report.errors).toEqual([])
      }
    }
    // The command-line option says the same as the environment.
    const flag = await spawnNode(
      [cli, 'scan', '.', '--scanners', 'iac', '--format', 'json', '--workers', '2'],
      dir,
      { PATH: process.env.PATH ?? '' }
    )
    expect(flag.stdout).toBe(
      (await scan(cli, dir, 'json', { SERVERLESS_GATE_WORKERS: '1' })).report
    )
  })

  it.each([
    ['throws', "parentPort.on('message', () => { throw new Error('grammar exploded') })"],
    ['exits', "parentPort.on('message', () => process.exit(3))"],
    [
      'answers with an error',
      "parentPort.on('message', ({ index }) => parentPort.postMessage({ index, ok: false, error: 'out of memory' }))"
    ]
  ])(
    'fails closed when a worker %s: the scan is an error naming the units it held',
    async (_, body) => {
      const dir = generatedMonorepo()
      // The bundle with a worker that fails, as a broken or killed worker thread would.
      const dist = tempDir('sg-broken-dist-')
      for (const file of readdirSync(DIST)) copyFileSync(join(DIST, file), join(dist, file))
      writeFileSync(
        join(dist, 'worker.js'),
        `import { parentPort } from 'node:worker_threads'\n${body}\n`
      )
      const out = await scan(join(dist, 'cli.js'), dir, 'json', { SERVERLESS_GATE_WORKERS: '3' })
      expect(out.code).toBe(2)
      const report = JSON.parse(out.report) as {
        result: string
        errors: { file: string; message: string }[]
      }
      expect(report.result).toBe('error')
      const named = new Set(report.errors.map(e => e.file))
      for (const unit of ['services/svc-0000/serverless.yml', 'sam/app-0000/template.yaml'])
        expect(named).toContain(unit)
      expect(named).toContain('terraform/stacks/stack-0000')
      expect(report.errors[0]?.message).toMatch(/could not be modelled/)
    }
  )
})

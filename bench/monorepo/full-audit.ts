import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CFN_SHORT_TAGS } from '../../src/iac/document/cfn-tags.js'
import { bundledCli, fastest, runNode } from '../cli-process.js'
import type { Measurement } from '../measure.js'
import { monorepoFiles, writeMonorepo } from './generate.js'

/**
 * The full audit of the generated monorepo (500 Serverless services, 200 SAM templates, 100
 * Terraform folders, 4,200 other files) by the bundled CLI, against node start plus reading and
 * parsing the same YAML files with js-yaml (target: at most 1.5x); and its peak RSS (at most
 * 400 MB).
 */
const RUNS = 3
export const MAX_PEAK_RSS_MB = 400

export interface FullAuditResult {
  measurement: Measurement
  peakRssMb: number
  baselineRssMb: number
  ok: boolean
  failure?: string
}

export async function benchFullAudit(): Promise<FullAuditResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-monorepo-'))
  try {
    const files = monorepoFiles()
    writeMonorepo(dir, files)
    const cli = bundledCli()
    const baseline = join(dir, '..', `${dir.split('/').pop()}-parse.mjs`)
    writeFileSync(
      baseline,
      parseScript(
        dir,
        [...files.keys()].filter(p => /\.ya?ml$/.test(p))
      )
    )
    const [audit, parse] = fastest(RUNS, [
      () =>
        runNode(
          [
            cli,
            'scan',
            dir,
            '--scanners',
            'iac',
            '--format',
            'json',
            '--output',
            join(dir, '..', 'sg-audit.json')
          ],
          dir
        ),
      () => runNode([baseline], dir)
    ])
    rmSync(baseline, { force: true })
    rmSync(join(dir, '..', 'sg-audit.json'), { force: true })
    if (!audit || !parse) throw new Error('no measurement')
    // Exit 1 means findings: the audit ran to the end. Anything else is a broken run.
    const failure =
      audit.status === 0 || audit.status === 1
        ? undefined
        : `full audit exited ${audit.status}: ${audit.stderr.slice(0, 300)}`
    return {
      measurement: {
        name: `full audit of the generated monorepo (${files.size} files) vs node start + js-yaml parse of its YAML`,
        ms: audit.ms,
        baselineMs: parse.ms,
        ratio: audit.ms / parse.ms,
        target: 1.5
      },
      peakRssMb: audit.peakRssMb,
      baselineRssMb: parse.peakRssMb,
      ok: failure === undefined && audit.peakRssMb <= MAX_PEAK_RSS_MB,
      failure
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The baseline process: read each YAML file and parse it with js-yaml, nothing else. */
function parseScript(dir: string, paths: string[]): string {
  const jsYaml = fileURLToPath(import.meta.resolve('js-yaml'))
  return `import { readFileSync } from 'node:fs'
import yaml from ${JSON.stringify(jsYaml)}
const tags = ${JSON.stringify(CFN_SHORT_TAGS)}
const schema = yaml.DEFAULT_SCHEMA.extend(tags.flatMap(t => ['scalar', 'sequence', 'mapping'].map(kind => new yaml.Type('!' + t, { kind, construct: d => d }))))
const dir = ${JSON.stringify(dir)}
for (const p of ${JSON.stringify(paths)}) yaml.load(readFileSync(dir + '/' + p, 'utf8'), { json: true, schema })
`
}

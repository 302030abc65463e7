import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundledCli } from './cli-process.js'
import { generateLockfile } from './deps-parse.js'

/**
 * The whole dependency scan of a large repository, as a user runs it: the bundled CLI scanning a
 * generated 50,000-entry `package-lock.json` with offline OSV records. Its time is compared with
 * node starting and `JSON.parse`-ing the same file (target 1.5x); its peak RSS with four times the
 * file size plus the bundled CLI's own footprint on an empty repository (target: at most that).
 */

export interface DepsScanBenchResult {
  entries: number
  bytes: number
  scanMs: number
  baselineMs: number
  ratio: number
  peakRssBytes: number
  baselineRssBytes: number
  /** Peak RSS over (4 x file size + baseline RSS). */
  rssRatio: number
  /** The lockfile's lodash 4.17.20 was reported, so the file was really scanned. */
  reported: boolean
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ENTRIES = 50_000
const RUNS = 5

/** Printed by each measured process as it exits: its peak resident set size. */
const REPORT_PEAK_RSS =
  "process.on('exit', () => require('fs').writeSync(2, '\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'))"

export async function benchDependencyScan(): Promise<DepsScanBenchResult> {
  const work = mkdtempSync(join(tmpdir(), 'sg-bench-deps-'))
  try {
    const cli = bundledCli()
    const preload = join(work, 'peak-rss.cjs')
    writeFileSync(preload, REPORT_PEAK_RSS)
    const repo = join(work, 'repo')
    const empty = join(work, 'empty')
    const lockfile = join(repo, 'package-lock.json')
    for (const dir of [repo, empty]) mkdirSync(dir)
    writeFileSync(lockfile, withLodash(generateLockfile(ENTRIES)))
    // Large lockfiles are read whatever the default size limit; stated here so the run says so.
    writeFileSync(join(repo, '.serverless-gate.yml'), `max-file-size: ${256 * 1024 * 1024}\n`)
    const bytes = statSync(lockfile).size
    const scanArgs = ['scan', '.', '--scanners', 'deps', '--format', 'json']
    const osv = ['--osv-offline-dir', join(ROOT, 'examples', 'osv')]
    const parse = `JSON.parse(require('fs').readFileSync(${JSON.stringify(lockfile)}, 'utf8'))`
    let scan = { ms: Infinity, rss: 0, stdout: '' }
    let scanRss = Infinity
    let baseline = { ms: Infinity, rss: 0, stdout: '' }
    let emptyRss = Infinity
    // Interleaved, best of each: a busy machine slows both sides alike. Peak RSS varies from run
    // to run with the garbage collector's timing, so both RSS figures are the least seen.
    for (let i = 0; i < RUNS; i++) {
      const s = await run(['-r', preload, cli, ...scanArgs, ...osv], repo)
      if (s.ms < scan.ms) scan = s
      scanRss = Math.min(scanRss, s.rss)
      const b = await run(['-r', preload, '-e', parse], repo)
      if (b.ms < baseline.ms) baseline = b
      emptyRss = Math.min(
        emptyRss,
        (await run(['-r', preload, cli, ...scanArgs, ...osv], empty)).rss
      )
    }
    const allowedRss = 4 * bytes + emptyRss
    return {
      entries: ENTRIES,
      bytes,
      scanMs: round(scan.ms),
      baselineMs: round(baseline.ms),
      ratio: round(scan.ms / baseline.ms),
      peakRssBytes: scanRss,
      baselineRssBytes: emptyRss,
      rssRatio: round(scanRss / allowedRss),
      reported: reportsLodash(scan.stdout)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** One vulnerable package among the generated ones, as the first entry after the root. */
function withLodash(lock: string): string {
  const entry =
    '"node_modules/lodash": {\n      "version": "4.17.20",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz"\n    },\n    "node_modules/pkg-1": {'
  return lock.replace('"node_modules/pkg-1": {', entry)
}

function reportsLodash(stdout: string): boolean {
  try {
    const report = JSON.parse(stdout) as { findings?: { evidence?: string }[] }
    return (report.findings ?? []).some(f => f.evidence === 'npm:lodash@4.17.20')
  } catch {
    return false
  }
}

function run(args: string[], cwd: string): Promise<{ ms: number; rss: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', () => {
      const ms = performance.now() - start
      const kb = /peak-rss-kb=(\d+)/.exec(stderr)
      resolve({ ms, rss: kb ? Number(kb[1]) * 1024 : 0, stdout })
    })
  })
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

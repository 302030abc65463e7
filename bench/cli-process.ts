import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

/**
 * Whole-process measurements: node start included, as a user runs the gate. The CLI is bundled
 * exactly as it ships (`scripts/bundle.mjs`: the same chunks loaded on demand, as an ES module its
 * manifest declares) into a cache folder inside the project, never touching `dist/`; every
 * process reports its peak resident set size on exit.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CACHE = join(ROOT, 'node_modules', '.cache', 'serverless-gate-bench')
const RSS_REPORTER = join(CACHE, 'rss-reporter.mjs')

export interface ProcessRun {
  ms: number
  peakRssMb: number
  status: number | null
  stderr: string
}

let bundled: string | undefined

/** Bundles the CLI as `npm run bundle` does, once per benchmark run; returns the CLI's path. */
export function bundledCli(): string {
  if (bundled) return bundled
  mkdirSync(CACHE, { recursive: true })
  const outdir = join(CACHE, 'dist')
  const r = spawnSync(process.execPath, ['scripts/bundle.mjs'], {
    cwd: ROOT,
    env: { ...process.env, BUNDLE_OUTDIR: outdir },
    encoding: 'utf8'
  })
  if (r.status !== 0) throw new Error(`bundling the CLI failed: ${r.stderr}`)
  // The installed package's manifest declares the bundle an ES module; without it node would
  // first try, and fail, to load the bundle as CommonJS, which users never pay for.
  writeFileSync(join(CACHE, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(
    RSS_REPORTER,
    "import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => { if (process.env.SG_BENCH_RSS) writeFileSync(process.env.SG_BENCH_RSS, String(process.resourceUsage().maxRSS)) })\n"
  )
  bundled = join(outdir, 'cli.js')
  return bundled
}

/** Runs `node args...` to completion: wall time and peak RSS (MB). */
export function runNode(args: string[], cwd: string): ProcessRun {
  const rssFile = join(CACHE, `rss-${process.pid}.txt`)
  rmSync(rssFile, { force: true })
  const start = performance.now()
  const r = spawnSync(process.execPath, ['--import', RSS_REPORTER, ...args], {
    cwd,
    env: { ...process.env, SG_BENCH_RSS: rssFile, NODE_OPTIONS: '' },
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  const ms = performance.now() - start
  // A process killed by a signal (out of memory) never reports its RSS.
  const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN
  const stderr = r.signal ? `killed by ${r.signal}\n${r.stderr}` : r.stderr
  return { ms, peakRssMb: kb / 1024, status: r.status, stderr }
}

/** The fastest of `runs` runs of each command, alternating, so load changes hit both alike. */
export function fastest(runs: number, commands: (() => ProcessRun)[]): ProcessRun[] {
  const best: ProcessRun[] = commands.map(() => ({
    ms: Infinity,
    peakRssMb: 0,
    status: 0,
    stderr: ''
  }))
  for (let i = 0; i < runs; i++) {
    commands.forEach((run, j) => {
      const r = run()
      const b = best[j] as ProcessRun
      if (r.ms < b.ms) best[j] = { ...r, peakRssMb: Math.max(r.peakRssMb, b.peakRssMb) }
      else b.peakRssMb = Math.max(b.peakRssMb, r.peakRssMb)
    })
  }
  return best
}

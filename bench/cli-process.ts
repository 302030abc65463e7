import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

/**
 * Whole-process measurements: node start included, as a user runs the gate. The CLI is bundled
 * from the sources into a cache folder inside the project (so it resolves its WebAssembly grammars
 * and never touches `dist/`), and every process reports its peak resident set size on exit.
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

/** Bundles the CLI (and the worker thread it starts) as `npm run bundle` does; returns the CLI's path. */
export async function bundledCli(): Promise<string> {
  mkdirSync(CACHE, { recursive: true })
  const out = join(CACHE, 'cli.js')
  await build({
    entryPoints: {
      cli: join(ROOT, 'src/cli/index.ts'),
      worker: join(ROOT, 'src/iac/parallel/worker.ts')
    },
    outdir: CACHE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);"
    }
  })
  writeFileSync(
    RSS_REPORTER,
    "import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => { if (process.env.SG_BENCH_RSS) writeFileSync(process.env.SG_BENCH_RSS, String(process.resourceUsage().maxRSS)) })\n"
  )
  return out
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

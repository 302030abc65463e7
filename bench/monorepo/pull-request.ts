import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { GitRevisionSource } from '../../src/sources/git.js'
import { interleaved, type Measurement } from '../measure.js'
import {
  commitAll,
  FULL_SHAPE,
  monorepoFiles,
  widenService,
  widenSharedInclude,
  writeMonorepo
} from './generate.js'

/**
 * A pull request on the generated monorepo against the full audit of the same tree, in process
 * and from the same git history: one changed service (target ≤ 0.1x), one changed shared include
 * used by 10 services (target ≤ 0.2x). Also the peak RSS of the benchmark process so far.
 */
export async function benchMonorepoPullRequest(): Promise<{
  results: Measurement[]
  notes: string[]
}> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-monorepo-'))
  try {
    const files = monorepoFiles(FULL_SHAPE)
    writeMonorepo(dir, files)
    const base = commitAll(dir, 'base')
    const service = new Map(files)
    widenService(service, 3)
    const oneService = commitTree(dir, files, service, 'one service')
    const shared = new Map(files)
    widenSharedInclude(shared, 1)
    const oneInclude = commitTree(dir, service, shared, 'one shared include')
    // A checkout on a runner is a clone: its objects are packed.
    execFileSync('git', ['gc', '-q'], { cwd: dir, stdio: 'ignore' })
    const config = parseConfigText('.serverless-gate.yml', '')
    const settings = resolveSettings({ scanners: ['iac'] }, config)
    // The sides of a pull request are opened together, as the action opens them.
    const scan = async (head: string, from?: string) => {
      const sides = from
        ? await GitRevisionSource.openSides(dir, from, head)
        : { head: await GitRevisionSource.open(dir, head) }
      return runScan({ ...sides, config, settings })
    }
    // One untimed run first, so every path is compiled before it is timed.
    const warm = await scan(oneService, base)
    // Alternating, so a busier machine during part of the run slows all three alike; the fastest
    // of five rounds, as a pull request's run is short enough for one busy moment to double it.
    const [audit = NaN, prService = NaN, prShared = NaN] = await interleaved(
      5,
      () => scan(base),
      () => scan(oneService, base),
      () => scan(oneInclude, base)
    )
    const shared10 = await scan(oneInclude, base)
    const peakMb = process.resourceUsage().maxRSS / 1024
    return {
      results: [
        {
          name: `pull request changing 1 service (${warm.coverage?.scanned} of ${warm.coverage?.total} units) vs full audit, ${files.size} files`,
          ms: prService,
          baselineMs: audit,
          ratio: prService / audit,
          target: 0.1
        },
        {
          name: `pull request changing 1 shared include (${shared10.coverage?.scanned} units) vs full audit`,
          ms: prShared,
          baselineMs: audit,
          ratio: prShared / audit,
          target: 0.2
        }
      ],
      // The process's peak since it started, earlier benchmarks included: the full audit's own
      // peak is measured in a process of its own (`benchFullAudit`).
      notes: [
        `benchmark process so far (in-process benchmarks, pull requests included): peak RSS ${peakMb.toFixed(0)} MB`
      ]
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes the files that differ from `before` and commits: a change on top of the last commit. */
function commitTree(
  dir: string,
  before: Map<string, string>,
  after: Map<string, string>,
  message: string
): string {
  const changed = new Map([...after].filter(([path, text]) => before.get(path) !== text))
  for (const [path, text] of changed) writeFileSync(join(dir, path), text)
  return commitAll(dir, message)
}

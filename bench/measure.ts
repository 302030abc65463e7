import { performance } from 'node:perf_hooks'

/** One benchmark result: a time, the baseline measured in the same run, and the target ratio. */
export interface Measurement {
  name: string
  ms: number
  baselineMs: number
  ratio: number
  target: number
  /** What `ms` and `baselineMs` count when they are not milliseconds (`MB` for memory). */
  unit?: string
}

/** The fastest of `runs` runs: the least disturbed by whatever else the machine is doing. */
export async function bestOf(runs: number, fn: () => unknown): Promise<number> {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    collectGarbage()
    const start = performance.now()
    await fn()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * The fastest run of each command, the commands alternating run by run, so a change in the
 * machine's load during the benchmark hits all of them alike.
 */
export async function interleaved(runs: number, ...commands: (() => unknown)[]): Promise<number[]> {
  const best = commands.map(() => Infinity)
  for (let i = 0; i < runs; i++) {
    for (const [j, command] of commands.entries())
      best[j] = Math.min(best[j] as number, await bestOf(1, command))
  }
  return best
}

/** With `--expose-gc` each run starts from a collected heap, not from the previous run's garbage. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

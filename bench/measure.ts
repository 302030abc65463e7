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
 * The fastest run of each side, with the sides alternating run by run, so a change in the
 * machine's load during the benchmark hits both alike.
 */
export async function interleaved(
  runs: number,
  a: () => unknown,
  b: () => unknown
): Promise<[number, number]> {
  let bestA = Infinity
  let bestB = Infinity
  for (let i = 0; i < runs; i++) {
    bestA = Math.min(bestA, await bestOf(1, a))
    bestB = Math.min(bestB, await bestOf(1, b))
  }
  return [bestA, bestB]
}

/** With `--expose-gc` each run starts from a collected heap, not from the previous run's garbage. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

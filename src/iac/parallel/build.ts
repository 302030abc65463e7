import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { diagnostic } from '../../model/location.js'
import type { FileSource, SourceLocator } from '../../sources/types.js'
import type { ModelUnit } from '../build-model.js'
import type { ParseResult } from '../types.js'
import { runInWorkers } from './pool.js'

export interface ParallelOptions {
  /**
   * Worker threads to model with; 1 or less models in this thread. Default: the
   * `SERVERLESS_GATE_WORKERS` environment variable, else one per core (at most `MAX_WORKERS`)
   * on a machine of `MIN_CORES_FOR_WORKERS` cores or more, when the source has at least
   * `MIN_UNITS_FOR_WORKERS` units.
   */
  workers?: number
  /** The worker script. Default: `worker.js` beside the running bundle, when it is there. */
  workerScript?: URL
}

/** What a worker is given once: where the files are and the listing SAM paths are checked against. */
export interface WorkerSetup {
  locator: SourceLocator
  files: readonly string[]
}

/** Below this, starting threads costs more than they save. */
export const MIN_UNITS_FOR_WORKERS = 200
/**
 * A model handed back from a worker costs this thread about half of what building it would: with
 * two cores, that leaves nothing to gain; GitHub's hosted runners have four.
 */
export const MIN_CORES_FOR_WORKERS = 3
export const MAX_WORKERS = 8
/** Units per task: small enough to share out evenly, large enough to keep messages few. */
const UNITS_PER_TASK = 16

/**
 * Models the units in worker threads, one result per unit in the units' order; undefined when
 * they are modelled in this thread (a small or non-local source, one worker, no worker script).
 * A unit whose worker failed is an error diagnostic naming it: never a unit silently dropped.
 */
export async function modelInWorkers(
  source: FileSource,
  units: readonly ModelUnit[],
  files: readonly string[],
  options: ParallelOptions
): Promise<ParseResult[] | undefined> {
  const locator = source.locator?.()
  const script = options.workerScript ?? bundledWorker()
  const count = workerCount(options.workers, units.length)
  if (!locator || !script || count < 2) return undefined
  const tasks: ModelUnit[][] = []
  for (let i = 0; i < units.length; i += UNITS_PER_TASK)
    tasks.push(units.slice(i, i + UNITS_PER_TASK))
  const setup: WorkerSetup = { locator, files }
  const outcomes = await runInWorkers<ModelUnit[], ParseResult[]>(script, setup, tasks, count)
  return outcomes.flatMap((outcome, t) => {
    const held = tasks[t] ?? []
    if (outcome.ok && outcome.value.length === held.length) return outcome.value
    const why = outcome.ok ? 'the worker thread answered for other files' : outcome.error
    return held.map(unit => workerFailure(unit, why))
  })
}

function workerFailure(unit: ModelUnit, why: string): ParseResult {
  const file = unit.kind === 'template' ? unit.file : unit.dir || '.'
  return {
    services: [],
    diagnostics: [diagnostic(file, `could not be modelled: ${why}`, 'internal-error')]
  }
}

export function workerCount(
  requested: number | undefined,
  units: number,
  cores = availableParallelism()
): number {
  const asked = requested ?? workersFromEnvironment()
  if (asked !== undefined) return Math.min(Math.max(1, asked), MAX_WORKERS)
  if (units < MIN_UNITS_FOR_WORKERS || cores < MIN_CORES_FOR_WORKERS) return 1
  return Math.min(cores, MAX_WORKERS)
}

/** `SERVERLESS_GATE_WORKERS`: a whole number of worker threads; anything else is not a request. */
function workersFromEnvironment(): number | undefined {
  const value = process.env.SERVERLESS_GATE_WORKERS?.trim()
  return value && /^\d+$/.test(value) ? Number(value) : undefined
}

/** `worker.js` beside the bundle this code runs from; absent when running from the sources. */
function bundledWorker(): URL | undefined {
  const script = new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(script)) ? script : undefined
}

import { parentPort, workerData } from 'node:worker_threads'
import { openLocated } from '../../sources/filesystem.js'
import { readAhead } from '../../sources/read-ahead.js'
import { withPlainValues } from '../document/json-tree.js'
import { modelUnit, unitFiles, type ModelUnit } from '../build-model.js'
import type { ParseResult } from '../types.js'
import type { WorkerSetup } from './build.js'
import { serveTasks } from './pool.js'

/**
 * The worker thread's entry (bundled as `worker.js`): models the units it is handed, reading
 * the files itself, and answers with their results in order.
 */
const setup = workerData as WorkerSetup
const source = openLocated(setup.locator)

async function modelTask(units: ModelUnit[]): Promise<ParseResult[]> {
  const read = readAhead(source, units.flatMap(unitFiles))
  const results: ParseResult[] = []
  // Answers are copied to the main thread, which copies data, not values read on demand.
  for (const unit of units)
    results.push(withPlainValues(await modelUnit(source, read, unit, setup.files)))
  return results
}

if (parentPort) serveTasks(parentPort, modelTask)

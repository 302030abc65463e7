import { afterEach, describe, expect, it } from '@jest/globals'
import {
  MAX_WORKERS,
  MIN_CORES_FOR_WORKERS,
  MIN_UNITS_FOR_WORKERS,
  modelInWorkers,
  workerCount
} from '../../src/iac/parallel/build.js'
import { MemorySource } from '../../src/sources/memory.js'

const saved = process.env.SERVERLESS_GATE_WORKERS
afterEach(() => {
  if (saved === undefined) delete process.env.SERVERLESS_GATE_WORKERS
  else process.env.SERVERLESS_GATE_WORKERS = saved
})

describe('how many worker threads model a tree', () => {
  it('models a small tree in one thread, a large one with a worker per core', () => {
    delete process.env.SERVERLESS_GATE_WORKERS
    expect(workerCount(undefined, MIN_UNITS_FOR_WORKERS - 1, 4)).toBe(1)
    expect(workerCount(undefined, 5000, 4)).toBe(4)
    expect(workerCount(undefined, 5000, 64)).toBe(MAX_WORKERS)
    // Two cores gain nothing from threads that hand whole models back.
    expect(workerCount(undefined, 5000, MIN_CORES_FOR_WORKERS - 1)).toBe(1)
  })

  it('takes the number asked for, whatever the size, capped', () => {
    process.env.SERVERLESS_GATE_WORKERS = '3'
    expect(workerCount(undefined, 2)).toBe(3)
    expect(workerCount(1, 5000)).toBe(1)
    expect(workerCount(100, 2)).toBe(MAX_WORKERS)
    process.env.SERVERLESS_GATE_WORKERS = 'many'
    expect(workerCount(undefined, 2)).toBe(1)
  })

  it('models in this thread a source no other thread can open', async () => {
    const source = new MemorySource('memory', new Map([['serverless.yml', 'service: s\n']]))
    const units = [{ kind: 'template' as const, file: 'serverless.yml' }]
    expect(await modelInWorkers(source, units, ['serverless.yml'], { workers: 4 })).toBeUndefined()
  })
})

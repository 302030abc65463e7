import { afterEach, describe, expect, it } from '@jest/globals'
import { MessageChannel } from 'node:worker_threads'
import {
  MAX_WORKERS,
  MIN_CORES_FOR_WORKERS,
  MIN_UNITS_FOR_WORKERS,
  modelInWorkers,
  workerCount
} from '../../src/iac/parallel/build.js'
import { serveTasks } from '../../src/iac/parallel/pool.js'
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

describe('the worker side of the pool', () => {
  it('answers a task whose result cannot be copied back with an error, and keeps serving', async () => {
    const { port1, port2 } = new MessageChannel()
    serveTasks<number, unknown>(port2, async n => (n === 1 ? { run: () => n } : n))
    const replies: unknown[] = []
    const received = new Promise<void>(resolve =>
      port1.on('message', reply => {
        replies.push(reply)
        if (replies.length === 2) resolve()
      })
    )
    port1.postMessage({ index: 0, task: 1 })
    port1.postMessage({ index: 1, task: 2 })
    await received
    port1.close()
    expect(replies).toEqual([
      { index: 0, ok: false, error: expect.stringContaining('could not be cloned') },
      { index: 1, ok: true, value: 2 }
    ])
  })
})

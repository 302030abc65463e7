import { Worker } from 'node:worker_threads'
import { errorMessage } from '../../sources/errors.js'

/** A task's result, or why no worker could produce it. */
export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; error: string }

/** What a worker answers for one task (see `serveTasks`). */
interface Reply<R> {
  index: number
  ok: boolean
  value?: R
  error?: string
}

/**
 * Runs `tasks` over `count` worker threads started from `script` (each given `shared` as its
 * `workerData`), handing each worker the next task when it answers the last. Outcomes come back in
 * the tasks' order, whichever worker ran them. A worker that throws or exits fails the task it
 * held and takes no more; tasks no live worker is left to run fail too. Never rejects.
 */
export async function runInWorkers<T, R>(
  script: URL,
  shared: unknown,
  tasks: readonly T[],
  count: number
): Promise<TaskOutcome<R>[]> {
  const outcomes: (TaskOutcome<R> | undefined)[] = tasks.map(() => undefined)
  let next = 0
  let lastFailure = 'no worker thread could be started'
  const drive = async (): Promise<void> => {
    let worker: Worker
    try {
      worker = new Worker(script, { workerData: shared })
      // Failures are answered through the task they hit; none may go unheard between tasks.
      worker.on('error', () => undefined)
    } catch (err) {
      lastFailure = errorMessage(err)
      return
    }
    try {
      while (next < tasks.length) {
        const index = next++
        const outcome = await ask<R>(worker, index, tasks[index])
        outcomes[index] = outcome
        if (!outcome.ok && outcome.fatal) {
          lastFailure = outcome.error
          return
        }
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: Math.min(count, tasks.length) }, drive))
  return outcomes.map(o => o ?? { ok: false, error: lastFailure })
}

type Answer<R> = { ok: true; value: R } | { ok: false; error: string; fatal: boolean }

/** Sends one task and waits for its answer, or for the worker to fail. */
function ask<R>(worker: Worker, index: number, task: unknown): Promise<Answer<R>> {
  return new Promise(resolve => {
    const done = (answer: Answer<R>): void => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      resolve(answer)
    }
    const onMessage = (reply: Reply<R>): void => {
      if (reply.index !== index) return
      done(
        reply.ok
          ? { ok: true, value: reply.value as R }
          : { ok: false, error: reply.error ?? 'failed', fatal: false }
      )
    }
    const onError = (err: unknown): void =>
      done({ ok: false, error: `worker thread failed: ${errorMessage(err)}`, fatal: true })
    const onExit = (code: number): void =>
      done({ ok: false, error: `worker thread exited with code ${code}`, fatal: true })
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    try {
      worker.postMessage({ index, task })
    } catch (err) {
      done({ ok: false, error: `task could not be sent: ${errorMessage(err)}`, fatal: true })
    }
  })
}

/**
 * The worker side: answers each task posted to it with `run`'s result, or with the error it
 * threw. Called once by a worker script.
 */
export function serveTasks<T, R>(
  port: { on(event: 'message', fn: (m: { index: number; task: T }) => void): unknown } & {
    postMessage(reply: Reply<R>): void
  },
  run: (task: T) => Promise<R>
): void {
  port.on('message', ({ index, task }) => {
    // A result that cannot be copied to the main thread fails its task, not the worker.
    run(task)
      .then(value => port.postMessage({ index, ok: true, value }))
      .catch((err: unknown) => port.postMessage({ index, ok: false, error: errorMessage(err) }))
  })
}

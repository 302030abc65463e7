/**
 * One bounded piece of work against OSV: every request made for it shares one overall deadline
 * and one abort signal, so a failure or an expired deadline stops the requests still in flight.
 */
export interface Run {
  /** Aborted when the deadline passes or when the run fails; its reason is a `RunStop`. */
  readonly signal: AbortSignal
  readonly deadlineMs: number
  remainingMs(): number
  /** Stops the run because of `error` (the first failure wins). */
  fail(error: Error): void
  dispose(): void
}

export type RunStop = { kind: 'deadline' } | { kind: 'failed'; error: Error }

export function startRun(deadlineMs: number): Run {
  const controller = new AbortController()
  const endsAt = Date.now() + deadlineMs
  const timer = setTimeout(() => stop({ kind: 'deadline' }), deadlineMs)
  // The deadline alone must never keep the process alive.
  timer.unref()

  function stop(reason: RunStop): void {
    if (!controller.signal.aborted) controller.abort(reason)
    clearTimeout(timer)
  }

  return {
    signal: controller.signal,
    deadlineMs,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    fail: error => stop({ kind: 'failed', error }),
    dispose: () => clearTimeout(timer)
  }
}

export function runStop(run: Run): RunStop | undefined {
  return run.signal.aborted ? (run.signal.reason as RunStop) : undefined
}

/** Runs `work` inside a fresh run and always releases its timer. */
export async function withRun<T>(deadlineMs: number, work: (run: Run) => Promise<T>): Promise<T> {
  const run = startRun(deadlineMs)
  try {
    return await work(run)
  } finally {
    run.dispose()
  }
}

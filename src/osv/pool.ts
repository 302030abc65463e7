/** Bounds how many tasks run at once; the rest wait their turn, first come first served. */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>
}

export function createLimiter(limit: number): Limiter {
  let active = 0
  const waiting: (() => void)[] = []
  // A finishing task hands its slot straight to the next waiting one, so the bound always holds.
  const release = () => {
    const next = waiting.shift()
    if (next === undefined) active--
    else next()
  }
  return {
    async run(task) {
      if (active < limit) active++
      else await new Promise<void>(resolve => waiting.push(resolve))
      try {
        return await task()
      } finally {
        release()
      }
    }
  }
}

/**
 * Waits for every task and returns their values in order, or throws the first failure once all
 * have settled. `onFailure` runs at that first failure, so the caller can abort the others.
 */
export async function allOrFirstError<T>(
  tasks: readonly Promise<T>[],
  onFailure?: (error: Error) => void
): Promise<T[]> {
  let failure: Error | undefined
  const settled = await Promise.all(
    tasks.map(task =>
      task.catch((error: unknown) => {
        if (failure === undefined) {
          failure = error instanceof Error ? error : new Error(String(error))
          onFailure?.(failure)
        }
        return undefined
      })
    )
  )
  if (failure !== undefined) throw failure
  return settled as T[]
}

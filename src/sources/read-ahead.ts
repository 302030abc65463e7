import type { FileSource, ReadResult } from './types.js'

/**
 * Reads files the caller will ask for in a known order, keeping up to `window` reads in flight
 * ahead of the one it waits on: disk, git and API reads overlap with parsing, and no more than
 * `window` texts are held before they are asked for.
 */
export function readAhead(
  source: FileSource,
  order: readonly string[],
  window = 32
): (path: string) => Promise<ReadResult> {
  const position = new Map(order.map((path, i) => [path, i]))
  const started = new Map<string, Promise<ReadResult>>()
  let next = 0
  return path => {
    const at = position.get(path)
    if (at === undefined) return source.read(path)
    for (; next < order.length && next <= at + window; next++) {
      const ahead = order[next] as string
      // A failed read is answered when it is asked for, never as an unhandled rejection.
      const read = source.read(ahead)
      read.catch(() => undefined)
      started.set(ahead, read)
    }
    const read = started.get(path) ?? source.read(path)
    started.delete(path)
    return read
  }
}

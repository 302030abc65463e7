/**
 * Every node reachable from the roots (the roots included) along `next`: what a lockfile installs
 * for the dependencies its project declares. Iterative, so a long chain cannot exhaust the stack.
 */
export function reachable<T>(roots: Iterable<T>, next: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set<T>()
  const queue = [...roots]
  while (queue.length > 0) {
    const node = queue.pop() as T
    if (seen.has(node)) continue
    seen.add(node)
    for (const after of next(node)) if (!seen.has(after)) queue.push(after)
  }
  return seen
}

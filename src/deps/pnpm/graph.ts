import { asObject, asText } from '../shared/json.js'
import type { ImporterDependency } from './importers.js'
import { dependencyTarget, withoutPeers, type KeyStyle } from './keys.js'

/**
 * Dev-only packages of a 9.x lockfile, which no longer marks them: the packages reachable from
 * the importers' `devDependencies` but not from their `dependencies` or `optionalDependencies`,
 * walking the `snapshots` graph. Keys of the result are `name@version`.
 */
export function devOnlyPackages(
  snapshots: Record<string, unknown>,
  roots: readonly ImporterDependency[],
  style: KeyStyle
): { dev: Set<string>; prod: Set<string> } {
  const edges = snapshotEdges(snapshots, style)
  const walk = (kind: ImporterDependency['kind']): Set<string> => {
    const seen = new Set<string>()
    const queue = roots.filter(r => r.kind === kind).map(r => `${r.name}@${r.version}`)
    while (queue.length > 0) {
      const key = queue.pop() as string
      if (seen.has(key)) continue
      seen.add(key)
      for (const next of edges.get(key) ?? []) if (!seen.has(next)) queue.push(next)
    }
    return seen
  }
  const prod = walk('prod')
  const dev = new Set([...walk('dev')].filter(key => !prod.has(key)))
  return { dev, prod }
}

/** `name@version` → the `name@version` of each dependency, peer variants merged. */
function snapshotEdges(snapshots: Record<string, unknown>, style: KeyStyle): Map<string, string[]> {
  const edges = new Map<string, string[]>()
  for (const [key, raw] of Object.entries(snapshots)) {
    const snapshot = asObject(raw)
    if (!snapshot) continue
    const from = withoutPeers(key)
    const list = edges.get(from) ?? []
    for (const section of ['dependencies', 'optionalDependencies']) {
      for (const [name, ref] of Object.entries(asObject(snapshot[section]) ?? {})) {
        const target = dependencyTarget(name, asText(ref) ?? String(ref), style)
        if (target) list.push(`${target.name}@${target.version}`)
      }
    }
    edges.set(from, list)
  }
  return edges
}

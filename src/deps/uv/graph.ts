import { asObject, asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'

/** Names (PEP 503) by role: declared by the project, needed at run time, needed only for development. */
export interface Roles {
  direct: Set<string>
  prod: Set<string>
  dev: Set<string>
}

/**
 * Roles from the lock's own graph: the project (and workspace members, `virtual` or `editable`
 * sources) declare `dependencies` and `optional-dependencies` (run time) and `dev-dependencies`
 * groups (development). A package reachable from a run-time root is not dev, whatever else
 * needs it. Undefined when the lock names no project.
 */
export function dependencyRoles(entries: Record<string, unknown>[]): Roles | undefined {
  const edges = new Map<string, string[]>()
  const projects: Record<string, unknown>[] = []
  for (const entry of entries) {
    const name = asText(entry['name'])
    if (!name) continue
    edges.set(pep503(name), [
      ...namesIn(entry['dependencies']),
      ...groupNames(entry['optional-dependencies'])
    ])
    const source = asObject(entry['source']) ?? {}
    if (source['virtual'] !== undefined || source['editable'] !== undefined) projects.push(entry)
  }
  if (projects.length === 0) return undefined
  const projectNames = new Set(projects.map(p => pep503(asText(p['name']) ?? '')))
  const prodRoots = projects.flatMap(p => [
    ...namesIn(p['dependencies']),
    ...groupNames(p['optional-dependencies'])
  ])
  const devRoots = projects.flatMap(p => groupNames(p['dev-dependencies']))
  const prod = reachable(prodRoots, edges, projectNames)
  const dev = new Set([...reachable(devRoots, edges, projectNames)].filter(n => !prod.has(n)))
  return { direct: new Set([...prodRoots, ...devRoots]), prod, dev }
}

function reachable(roots: string[], edges: Map<string, string[]>, skip: Set<string>): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length > 0) {
    const name = queue.pop() as string
    if (seen.has(name) || skip.has(name)) continue
    seen.add(name)
    queue.push(...(edges.get(name) ?? []))
  }
  return seen
}

function namesIn(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.flatMap(item => {
    const name = asText(asObject(item)?.['name'])
    return name ? [pep503(name)] : []
  })
}

function groupNames(groups: unknown): string[] {
  return Object.values(asObject(groups) ?? {}).flatMap(namesIn)
}

import { asObject, asText } from '../shared/json.js'
import { dependencyTarget, type KeyStyle, type NameVersion } from './keys.js'

export type DependencyKind = 'prod' | 'dev'

/** A dependency an importer (the root project or a workspace package) declares. */
export interface ImporterDependency extends NameVersion {
  kind: DependencyKind
  /** Where it is declared: its YAML path in the lockfile. */
  path: string[]
}

const SECTIONS: [string, DependencyKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'prod'],
  ['devDependencies', 'dev']
]

/**
 * Every dependency the lockfile's importers declare, resolved to the package it points at. A
 * single-project 5.x lockfile has no `importers`: its root holds the sections itself. Links to
 * folders (`link:../x`) are the project's own code and are left out.
 */
export function importerDependencies(lock: Record<string, unknown>, style: KeyStyle) {
  const importers = asObject(lock['importers'])
  const projects: [string[], unknown][] = importers
    ? Object.entries(importers).map(([key, project]) => [['importers', key], project])
    : [[[], lock]]
  const out: ImporterDependency[] = []
  for (const [at, project] of projects) {
    const sections = asObject(project)
    if (!sections) continue
    for (const [section, kind] of SECTIONS) {
      for (const [name, raw] of Object.entries(asObject(sections[section]) ?? {})) {
        // 6.0+ writes `{ specifier, version }`; 5.x writes the version alone.
        const ref = asText(asObject(raw)?.['version']) ?? asText(raw) ?? String(raw)
        const target = dependencyTarget(name, ref, style)
        if (target) out.push({ ...target, kind, path: [...at, section, name] })
      }
    }
  }
  return out
}

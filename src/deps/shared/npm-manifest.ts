import { asObject, asText, readJson } from './json.js'

/** A dependency the project's `package.json` declares, with the range it asks for. */
export interface DeclaredDependency {
  range: string
  /** Declared only under `devDependencies`. */
  dev: boolean
}

export type NpmManifest = ReadonlyMap<string, DeclaredDependency>

const PROD_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies']

/**
 * The dependencies a `package.json` declares, by name. Read from the lockfile's sibling manifest
 * for the formats that do not record which packages are direct (yarn, npm v1); undefined when
 * there is no readable manifest.
 */
export function readNpmManifest(
  siblings: ((name: string) => string | undefined) | undefined
): NpmManifest | undefined {
  const text = siblings?.('package.json')
  if (text === undefined) return undefined
  const read = readJson(text, 'package.json')
  const manifest = read.ok ? asObject(read.value) : undefined
  if (!manifest) return undefined
  return declaredDependencies(manifest)
}

/** The dependencies a manifest-shaped object declares (also used for pnpm/npm root entries). */
export function declaredDependencies(manifest: Record<string, unknown>): NpmManifest {
  const out = new Map<string, DeclaredDependency>()
  for (const [name, range] of entriesOf(manifest['devDependencies'])) {
    out.set(name, { range, dev: true })
  }
  for (const section of PROD_SECTIONS) {
    for (const [name, range] of entriesOf(manifest[section])) out.set(name, { range, dev: false })
  }
  return out
}

function entriesOf(section: unknown): [string, string][] {
  const obj = asObject(section)
  if (!obj) return []
  return Object.entries(obj).map(([name, range]) => [name, asText(range) ?? ''])
}

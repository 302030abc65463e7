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
  const manifest = manifestObject(siblings)
  return manifest ? declaredDependencies(manifest) : undefined
}

/**
 * The package names the project's `package.json` pins through `resolutions`: each key is a path
 * of packages (`webpack/@babel/core`, with globs) and names the last of them.
 */
export function resolutionNames(
  siblings: ((name: string) => string | undefined) | undefined
): Set<string> {
  const manifest = manifestObject(siblings)
  const names = Object.keys(asObject(manifest?.['resolutions']) ?? {}).map(lastPackageOf)
  return new Set(names.filter(name => name !== ''))
}

/** The sibling `package.json` as an object; undefined when absent or not a JSON object. */
function manifestObject(
  siblings: ((name: string) => string | undefined) | undefined
): Record<string, unknown> | undefined {
  const text = siblings?.('package.json')
  const read = text === undefined ? undefined : readJson(text, 'package.json')
  return read?.ok ? asObject(read.value) : undefined
}

/** `a/@scope/b@^1` → `@scope/b`: the package a resolution's path ends at, without a range. */
function lastPackageOf(pattern: string): string {
  const parts = pattern.split('/')
  const last = parts.at(-1) ?? ''
  const before = parts.at(-2)
  const scoped = before?.startsWith('@') === true ? `${before}/${last}` : last
  const at = scoped.indexOf('@', 1)
  return at === -1 ? scoped : scoped.slice(0, at)
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

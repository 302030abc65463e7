import { asObject, asText } from '../shared/json.js'
import { reachable } from '../shared/reachable.js'

/** What a package installs with it; Bun installs peer dependencies too. */
const INSTALLED = ['dependencies', 'optionalDependencies', 'peerDependencies']

/**
 * The `packages` keys installed for production: reachable from what the workspaces declare at
 * run time, each dependency found as Node finds it (`express/debug`, else `debug`). A package a
 * workspace declares under `devDependencies` that one of these needs too is not dev-only.
 */
export function productionKeys(
  packages: Record<string, unknown>,
  workspaces: Record<string, unknown>
): Set<string> {
  const roots: string[] = []
  for (const [path, raw] of Object.entries(workspaces)) {
    const workspace = asObject(raw) ?? {}
    // The root's dependencies are installed at the top; another workspace's under its name.
    const from = path === '' ? '' : (asText(workspace['name']) ?? '')
    for (const name of installedNames(workspace)) {
      const key = resolve(packages, from, name)
      if (key !== undefined) roots.push(key)
    }
  }
  return reachable(roots, key => {
    const info = infoOf(packages[key])
    return installedNames(info).flatMap(name => resolve(packages, key, name) ?? [])
  })
}

function installedNames(sections: Record<string, unknown>): string[] {
  return INSTALLED.flatMap(section => Object.keys(asObject(sections[section]) ?? {}))
}

/** The entry's metadata: the first object of its array (after the `name@version`). */
function infoOf(entry: unknown): Record<string, unknown> {
  if (!Array.isArray(entry)) return {}
  for (const item of entry.slice(1)) {
    const info = asObject(item)
    if (info) return info
  }
  return {}
}

/** The key `name` is installed at for a package at `from`: nearest first, as Node resolves it. */
function resolve(
  packages: Record<string, unknown>,
  from: string,
  name: string
): string | undefined {
  for (let path = from; ; path = parentPath(path)) {
    const key = path === '' ? name : `${path}/${name}`
    if (Object.hasOwn(packages, key)) return key
    if (path === '') return undefined
  }
}

/** `a/@s/b/c` → `a/@s/b`: the install path without its last package (scoped names are two parts). */
function parentPath(path: string): string {
  const parts = path.split('/')
  const names: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    names.push(part.startsWith('@') && i + 1 < parts.length ? `${part}/${parts[++i]}` : part)
  }
  return names.slice(0, -1).join('/')
}

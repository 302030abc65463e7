import { diagnostic, type Diagnostic } from '../../../../model/location.js'
import { resolveInRepo } from '../../../../sources/paths.js'
import type { InstalledModule } from './known.js'

/** Where `terraform init` records the modules it installed, relative to the root module folder. */
export const MODULES_JSON = '.terraform/modules/modules.json'

export function modulesJsonPath(dir: string): string {
  return dir === '' ? MODULES_JSON : `${dir}/${MODULES_JSON}`
}

interface Manifest {
  Modules?: { Key?: unknown; Source?: unknown; Version?: unknown; Dir?: unknown }[]
}

/**
 * The module calls of the root folder that `terraform init` installed (keys without a dot:
 * nested calls belong to the modules themselves), with their source and version. A manifest that
 * is not JSON, or a module installed outside the repository, is a located error.
 */
export function readModulesJson(
  dir: string,
  text: string
): { installed: Map<string, InstalledModule>; diagnostics: Diagnostic[] } {
  const file = modulesJsonPath(dir)
  const installed = new Map<string, InstalledModule>()
  const diagnostics: Diagnostic[] = []
  let manifest: Manifest
  try {
    manifest = JSON.parse(text) as Manifest
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return {
      installed,
      diagnostics: [diagnostic(file, `is not valid JSON: ${why}`, 'invalid-modules-json')]
    }
  }
  if (!Array.isArray(manifest?.Modules)) {
    diagnostics.push(diagnostic(file, 'has no `Modules` list', 'invalid-modules-json'))
    return { installed, diagnostics }
  }
  for (const m of manifest.Modules) {
    if (typeof m?.Key !== 'string' || m.Key === '' || m.Key.includes('.')) continue
    const line = keyLine(text, m.Key)
    const installedDir = typeof m.Dir === 'string' ? resolveInRepo(dir, m.Dir) : undefined
    if (typeof m.Dir === 'string' && installedDir === undefined) {
      diagnostics.push(
        diagnostic(
          file,
          `module "${m.Key}" is installed outside the repository (${m.Dir}): it cannot be checked`,
          'module-outside-root',
          { line }
        )
      )
      continue
    }
    if (typeof m.Source !== 'string') continue
    installed.set(m.Key, {
      source: m.Source,
      line,
      ...(installedDir !== undefined ? { dir: installedDir === '.' ? '' : installedDir } : {}),
      ...(typeof m.Version === 'string' ? { version: m.Version } : {})
    })
  }
  return { installed, diagnostics }
}

/** The line of a module's `"Key": "<key>"` in the manifest (1 when it cannot be found). */
function keyLine(text: string, key: string): number {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const found = new RegExp(`"Key"\\s*:\\s*${quoted}`).exec(text)
  return found ? text.slice(0, found.index).split('\n').length : 1
}

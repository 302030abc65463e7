import { diagnostic, type Diagnostic } from '../../../../model/location.js'
import { modulesJsonPath } from '../../../../sources/installed-modules.js'
import { resolveInRepo } from '../../../../sources/paths.js'
import type { InstalledModule } from './known.js'
import { errorMessage } from '../../../../sources/errors.js'

interface Manifest {
  Modules?: { Key?: unknown; Source?: unknown; Version?: unknown; Dir?: unknown }[]
}

/** One module `terraform init` installed: `key` is its call path (`vpc`, `vpc.endpoints`). */
export interface ManifestEntry extends InstalledModule {
  key: string
  line: number
}

/**
 * Every module a root folder's manifest lists, nested calls included, with the folder it was
 * installed in. A manifest that is not JSON, or a module installed outside the repository, is a
 * located error (reported for the calls of `prefix`, the module whose calls are being read).
 */
export function manifestEntries(
  dir: string,
  text: string,
  prefix = ''
): { entries: ManifestEntry[]; diagnostics: Diagnostic[] } {
  const file = modulesJsonPath(dir)
  const entries: ManifestEntry[] = []
  const diagnostics: Diagnostic[] = []
  let manifest: Manifest
  try {
    manifest = JSON.parse(text) as Manifest
  } catch (err) {
    const why = errorMessage(err)
    return {
      entries,
      diagnostics: [diagnostic(file, `is not valid JSON: ${why}`, 'invalid-modules-json')]
    }
  }
  if (!Array.isArray(manifest?.Modules)) {
    diagnostics.push(diagnostic(file, 'has no `Modules` list', 'invalid-modules-json'))
    return { entries, diagnostics }
  }
  for (const m of manifest.Modules) {
    if (typeof m?.Key !== 'string' || m.Key === '') continue
    const line = keyLine(text, m.Key)
    const installedDir = typeof m.Dir === 'string' ? resolveInRepo(dir, m.Dir) : undefined
    if (typeof m.Dir === 'string' && installedDir === undefined) {
      if (isCallOf(prefix, m.Key))
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
    entries.push({
      key: m.Key,
      source: m.Source,
      line,
      ...(installedDir !== undefined ? { dir: installedDir === '.' ? '' : installedDir } : {}),
      ...(typeof m.Version === 'string' ? { version: m.Version } : {})
    })
  }
  return { entries, diagnostics }
}

/**
 * The module calls of one folder that `terraform init` installed, by call name: the root
 * folder's own calls, or (with `prefix`, the key of an installed module) that module's calls.
 */
export function readModulesJson(
  dir: string,
  text: string,
  prefix = ''
): { installed: Map<string, InstalledModule>; diagnostics: Diagnostic[] } {
  const { entries, diagnostics } = manifestEntries(dir, text, prefix)
  const installed = new Map<string, InstalledModule>()
  for (const { key, ...m } of entries)
    if (isCallOf(prefix, key)) installed.set(prefix === '' ? key : key.slice(prefix.length + 1), m)
  return { installed, diagnostics }
}

/** Whether a key is a call made directly by the module `prefix` (the root folder when empty). */
function isCallOf(prefix: string, key: string): boolean {
  if (prefix === '') return !key.includes('.')
  return key.startsWith(`${prefix}.`) && !key.slice(prefix.length + 1).includes('.')
}

/** The line of a module's `"Key": "<key>"` in the manifest (1 when it cannot be found). */
function keyLine(text: string, key: string): number {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const found = new RegExp(`"Key"\\s*:\\s*${quoted}`).exec(text)
  return found ? text.slice(0, found.index).split('\n').length : 1
}

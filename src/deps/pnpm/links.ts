import type { YamlLockDocument } from '../shared/yaml.js'
import type { PackageCollector } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import { joinPath } from '../shared/paths.js'
import type { ParseOptions } from '../types.js'

const SECTIONS = ['dependencies', 'optionalDependencies', 'devDependencies']

/**
 * Local folders the importers depend on: `link:` paths are relative to the importer's folder,
 * `file:` paths to the lockfile's (the workspace root), as pnpm writes them.
 */
export function checkImporterLinks(
  lock: Record<string, unknown>,
  doc: YamlLockDocument,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const importers = asObject(lock['importers'])
  const projects: [string[], string][] = importers
    ? Object.keys(importers).map(key => [['importers', key], key])
    : [[[], '.']]
  const root = lockfileDir(out)
  for (const [path, folder] of projects) {
    const project = path.length === 0 ? lock : asObject(importers?.[folder])
    for (const section of SECTIONS) {
      const deps = asObject(project?.[section])
      if (!deps) continue
      const positions = doc.keyPositions([...path, section])
      for (const [name, raw] of Object.entries(deps)) {
        const ref = asText(asObject(raw)?.['version']) ?? asText(raw) ?? ''
        const at = positions.get(name)
        if (ref.startsWith('link:')) {
          const importerDir = joinPath(root, folder) ?? root
          checkLink(ref.slice('link:'.length), importerDir, at, out, options)
        } else if (ref.startsWith('file:'))
          checkLink(ref.slice('file:'.length), root, at, out, options)
      }
    }
  }
}

/** A package resolved from a local folder or tarball (`resolution: {directory}` or `file:` tarball). */
export function checkLocalResolution(
  entry: Record<string, unknown>,
  at: Parameters<typeof checkLink>[2],
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const resolution = asObject(entry['resolution'])
  const directory = asText(resolution?.['directory'])
  const tarball = asText(resolution?.['tarball'])
  const target =
    directory ?? (tarball?.startsWith('file:') ? tarball.slice('file:'.length) : undefined)
  if (target !== undefined) checkLink(target, lockfileDir(out), at, out, options)
}

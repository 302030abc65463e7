import { PackageCollector, type Flags } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { isRegistryTarball, isSemver } from '../shared/names.js'
import { tableSection } from '../shared/sections.js'
import { otherTarballPackage } from '../shared/tarball.js'
import type { YamlLockDocument } from '../shared/yaml.js'
import type { ParseOptions, UnpinnedReason } from '../types.js'
import { devOnlyPackages } from './graph.js'
import { importerDependencies, type ImporterDependency } from './importers.js'
import { checkImporterLinks, checkLocalResolution } from './links.js'
import { dependencyTarget, keyStyleOf, parsePackageKey, type KeyStyle } from './keys.js'

/** Reads the `packages` of one lockfile document, with direct and dev flags. */
export function readPackages(
  lock: Record<string, unknown>,
  version: number,
  doc: YamlLockDocument,
  out: PackageCollector,
  options?: ParseOptions
): void {
  checkImporterLinks(lock, doc, out, options)
  const style = keyStyleOf(version)
  const packages = tableSection(lock, 'packages', out, () => doc.positionOf(['packages']))
  const roots = importerDependencies(lock, style)
  const direct = new Set(roots.map(r => `${r.name}@${r.version}`))
  const graph =
    style === 'v9' ? devOnlyPackages(asObject(lock['snapshots']) ?? {}, roots, style) : undefined
  const positions = doc.keyPositions(['packages'])
  // Declared dependencies count as entries: a lockfile that declares some but has no readable
  // `packages` must not pass as empty.
  if (Object.keys(packages).length === 0) out.entries += roots.length
  const listed = new Set<string>()
  let unreadable = 0
  for (const [key, raw] of Object.entries(packages)) {
    const entry = asObject(raw) ?? {}
    out.entries++
    const location = out.at(positions.get(key))
    const target = packageOf(key, entry, style)
    if (!target) {
      out.error(
        `cannot read a package name and version from ${JSON.stringify(key)}`,
        'parse-error',
        location
      )
      unreadable++
      continue
    }
    const id = `${target.name}@${target.version}`
    listed.add(id)
    const flags: Flags = { direct: direct.has(id), dev: devFlag(entry, id, graph) }
    const source = nonRegistrySource(entry, target.version)
    if (source === 'path') checkLocalResolution(entry, location, out, options)
    if (source === 'skip') continue
    if (source) out.addUnpinned(target.name, target.spec ?? target.version, source, location, flags)
    else {
      out.add(target.name, target.version, location, flags)
      const tarball = asText(asObject(entry['resolution'])?.['tarball'])
      const served = otherTarballPackage(target.name, target.version, tarball, location, out)
      if (served) out.add(served.name, served.version, location, flags)
    }
  }
  // A key that cannot be read is already an error: what points at it is not reported again.
  if (Object.keys(packages).length === 0 || unreadable > 0) return
  checkDeclared(roots, listed, doc, out)
  // 9.x keeps the graph in `snapshots`; earlier versions in the `packages` entries themselves.
  const graphSection = style === 'v9' ? 'snapshots' : 'packages'
  checkInstalled(asObject(lock[graphSection]) ?? {}, graphSection, style, listed, doc, out)
}

/**
 * Each snapshot (9.x), and what each snapshot or package entry depends on, is installed from a
 * `packages` entry: a registry version without one (a truncated or hand-edited lockfile) is an
 * error at the entry that needs it.
 */
function checkInstalled(
  graph: Record<string, unknown>,
  section: string,
  style: KeyStyle,
  listed: ReadonlySet<string>,
  doc: YamlLockDocument,
  out: PackageCollector
): void {
  const positions = doc.keyPositions([section])
  for (const [key, raw] of Object.entries(graph)) {
    const own = parsePackageKey(key, style)
    if (!own) {
      // An unreadable `packages` key is reported where the packages are read.
      if (section === 'packages') continue
      const message = `cannot read a package name and version from the snapshot ${JSON.stringify(key)}`
      out.error(message, 'parse-error', positions.get(key))
      continue
    }
    const targets = [own, ...graphDependencies(asObject(raw) ?? {}, style)]
    for (const target of targets) {
      const id = target && `${target.name}@${target.version}`
      if (!id || !/^\d/.test(target.version) || listed.has(id)) continue
      const message = `${JSON.stringify(id)} is installed, but the lockfile has no \`packages\` entry for it: not read`
      out.missing(id, message, positions.get(key))
    }
  }
}

function graphDependencies(entry: Record<string, unknown>, style: KeyStyle) {
  return ['dependencies', 'optionalDependencies'].flatMap(section =>
    Object.entries(asObject(entry[section]) ?? {}).map(([name, ref]) =>
      dependencyTarget(name, asText(ref) ?? String(ref), style)
    )
  )
}

/**
 * A registry version a project declares is installed from its `packages` entry; one the
 * lockfile does not list (a truncated or hand-edited file) would be checked nowhere, so it is
 * an error at its declaration. Sources and links are keyed otherwise and are left out.
 */
function checkDeclared(
  roots: readonly ImporterDependency[],
  listed: ReadonlySet<string>,
  doc: YamlLockDocument,
  out: PackageCollector
): void {
  for (const root of roots) {
    const id = `${root.name}@${root.version}`
    if (!/^\d/.test(root.version) || listed.has(id)) continue
    const message = `${JSON.stringify(id)} is declared, but the lockfile has no \`packages\` entry for it: not read`
    out.error(message, 'parse-error', doc.positionOf(root.path))
  }
}

interface Target {
  name: string
  version: string
  spec?: string
}

/** Name and version of an entry: from its key, or from its own `name`/`version` fields. */
function packageOf(
  key: string,
  entry: Record<string, unknown>,
  style: KeyStyle
): Target | undefined {
  const name = asText(entry['name'])
  const version = asText(entry['version']) ?? numberText(entry['version'])
  const fromKey = parsePackageKey(key, style)
  if (name && version) return { name, version, spec: key }
  if (!fromKey) return undefined
  return isSemver(fromKey.version) ? fromKey : { ...fromKey, spec: fromKey.version }
}

/**
 * Registry packages come with an integrity hash, or a registry tarball URL. Git sources, other
 * tarball URLs and local folders are reported as not queryable; folders linked into the
 * workspace are the project's own code.
 */
function nonRegistrySource(
  entry: Record<string, unknown>,
  version: string
): UnpinnedReason | 'skip' | undefined {
  const resolution = asObject(entry['resolution']) ?? {}
  if (resolution['type'] === 'git' || asText(resolution['repo'])) return 'git'
  if (resolution['type'] === 'directory' || asText(resolution['directory'])) return 'path'
  const tarball = asText(resolution['tarball'])
  if (tarball?.startsWith('file:')) return 'path'
  if (tarball && !isRegistryTarball(tarball)) {
    return tarball.includes('codeload.github.com') ? 'git' : 'url'
  }
  if (version.startsWith('link:')) return 'skip'
  return isSemver(version) ? undefined : 'unresolved'
}

function devFlag(
  entry: Record<string, unknown>,
  id: string,
  graph: { dev: Set<string>; prod: Set<string> } | undefined
): boolean | undefined {
  if (typeof entry['dev'] === 'boolean') return entry['dev']
  if (!graph) return entry['dev'] === undefined ? false : undefined
  if (graph.dev.has(id)) return true
  return graph.prod.has(id) ? false : undefined
}

function numberText(v: unknown): string | undefined {
  return typeof v === 'number' ? String(v) : undefined
}

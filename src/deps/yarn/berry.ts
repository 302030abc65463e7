import type { Position } from '../../model/location.js'
import { PackageCollector, type Flags } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import { splitNameFromRange } from '../shared/names.js'
import { joinPath } from '../shared/paths.js'
import { readNpmManifest, type NpmManifest } from '../shared/npm-manifest.js'
import { readYamlDocuments, type YamlLockDocument } from '../shared/yaml.js'
import type { LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { entryFlagsFor, manifestFlags, productionEntries, type LockNode } from './direct.js'

/** `__metadata.version` values this reader knows (Yarn 2 to 4). */
const KNOWN_VERSIONS = new Set([4, 5, 6, 7, 8, 9, 10])

/**
 * Yarn Berry (v2+) lockfiles: YAML, one entry per resolution, keyed by the descriptors that
 * resolved to it. The `resolution` field names the package and its protocol: `npm:` packages
 * are registry packages; `workspace:`, `link:` and `portal:` are the project's own code;
 * `patch:` wraps another resolution; git, URL and file sources are reported as not queryable.
 */
export function parseBerryLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'npm')
  const read = readYamlDocuments(text, file)
  out.diagnostics.push(...read.diagnostics)
  const documents = read.documents.filter(doc => asObject(doc.data) !== undefined)
  const first = documents[0]
  if (!first) return out.finish()
  if (documents.length > 1) {
    // Yarn reads one document; whatever the others hold is checked rather than left unseen.
    out.warn(
      `the lockfile holds ${documents.length} YAML documents; reading the packages of each`,
      'multi-document'
    )
  }
  checkVersion(asObject(first.data) ?? {}, first.positionOf(['__metadata']), out)
  const manifest = readNpmManifest(options?.siblings)
  for (const doc of documents) readDocument(doc, out, manifest, options)
  return out.finish()
}

function readDocument(
  doc: YamlLockDocument,
  out: PackageCollector,
  manifest: NpmManifest | undefined,
  options: ParseOptions | undefined
): void {
  const lock = asObject(doc.data) ?? {}
  const positions = doc.keyPositions([])
  const at = (key: string) => out.at(positions.get(key))
  const root = lockfileDir(out)
  const workspaceDescriptors = new Set(descriptorsOfWorkspaces(lock))
  const nodes = lockNodes(lock)
  const production = productionEntries(
    [...nodes.values()],
    manifest,
    withProtocol,
    descriptorsOfWorkspaces(lock, true)
  )
  for (const [key, raw] of Object.entries(lock)) {
    const entry = asObject(raw)
    if (key === '__metadata') continue
    if (!entry) {
      out.skip(at(key))
      continue
    }
    const resolution = asText(entry['resolution']) ?? ''
    const local = localTarget(resolution)
    if (local) checkLink(local.path, joinPath(root, local.workspace) ?? root, at(key), out, options)
    if (isProjectCode(resolution)) continue
    out.entries++
    const node = nodes.get(key) as LockNode
    const flags = entryFlags(node.descriptors, workspaceDescriptors, manifest)
    readEntry(resolution, out, at(key), entryFlagsFor(node, flags, production))
  }
  checkNeeded(nodes, at, out)
}

/**
 * What an entry depends on has an entry of its own: Yarn stops on a lockfile without one ("the
 * resolution should have been registered"), and a package in none would be checked nowhere. An
 * error at the entry that needs it, once per package. Compared by package name, not descriptor:
 * an entry lists its dependencies as its manifest asks for them, while the keys hold what the
 * project's `resolutions` and catalogs made of them, and `file:` or `patch:` ranges bound to
 * their workspace (`::locator=…`).
 */
function checkNeeded(
  nodes: ReadonlyMap<string, LockNode>,
  at: (key: string) => ReturnType<PackageCollector['at']>,
  out: PackageCollector
): void {
  const names = new Set<string>()
  for (const node of nodes.values()) for (const d of node.descriptors) names.add(nameOf(d))
  for (const [key, node] of nodes) {
    for (const needed of node.dependencies) {
      const name = nameOf(needed)
      if (names.has(name)) continue
      const message = `${JSON.stringify(name)} is needed here, but the lockfile has no entry for it: not read`
      out.missing(name, message, at(key))
    }
  }
}

/** The package name of a descriptor (`@a/b@npm:^1` → `@a/b`). */
function nameOf(descriptor: string): string {
  return splitNameFromRange(descriptor)?.name ?? descriptor
}

function checkVersion(
  lock: Record<string, unknown>,
  at: Position | undefined,
  out: PackageCollector
) {
  const version = Number(asObject(lock['__metadata'])?.['version'])
  if (!KNOWN_VERSIONS.has(version)) {
    const message = `Yarn lockfile __metadata version ${String(version)} is not one this scanner knows (4 to 10); reading it as the nearest known version`
    out.warn(message, 'unsupported-version', at)
  }
}

function readEntry(
  resolution: string,
  out: PackageCollector,
  location: ReturnType<PackageCollector['at']>,
  flags: Flags
): void {
  const target = resolvedPackage(resolution)
  if (!target || (target.kind === 'npm' && target.version === '')) {
    out.error(`cannot read the resolution ${JSON.stringify(resolution)}`, 'parse-error', location)
    return
  }
  if (target.kind === 'npm') out.add(target.name, target.version, location, flags)
  else out.addUnpinned(target.name, target.spec, target.kind, location, flags)
}

type Resolved =
  | { kind: 'npm'; name: string; version: string }
  | { kind: UnpinnedReason; name: string; spec: string }

/** What a `resolution` points at; `patch:` resolutions are unwrapped to the patched package. */
function resolvedPackage(resolution: string, depth = 0): Resolved | undefined {
  const split = splitNameFromRange(resolution)
  if (!split) return undefined
  const { name, range } = split
  if (range.startsWith('npm:')) {
    return { kind: 'npm', name, version: range.slice(4).split('::')[0] as string }
  }
  if (range.startsWith('patch:') && depth < 4) {
    const inner = decodeURIComponent(range.slice(6).split('#')[0] as string)
    return resolvedPackage(inner, depth + 1)
  }
  const spec = range.split('::')[0] as string
  if (/^(file:|exec:)/.test(range)) return { kind: 'path', name, spec }
  if (
    /^(git\+|git:|github:|ssh:)/.test(range) ||
    /\.git(#|$)/.test(range) ||
    range.includes('#commit=')
  ) {
    return { kind: 'git', name, spec }
  }
  if (/^https?:/.test(range)) return { kind: 'url', name, spec }
  return { kind: 'unresolved', name, spec }
}

/**
 * A local folder or tarball (`link:`, `portal:`, `file:`) and the workspace folder its path is
 * relative to, from the `locator` parameter Yarn appends
 * (`near@link:../shared::locator=api%40workspace%3Apackages%2Fapi`). Undefined for other
 * resolutions, and for paths inside a package rather than a workspace, which are not the
 * repository's.
 */
function localTarget(resolution: string): { path: string; workspace: string } | undefined {
  const range = splitNameFromRange(resolution)?.range ?? ''
  const protocol = /^(link|portal|file):/.exec(range)
  if (!protocol) return undefined
  const [spec = '', params = ''] = range.slice(protocol[0].length).split('::')
  const locator = new URLSearchParams(params).get('locator')
  const from = locator === null ? undefined : splitNameFromRange(locator)?.range
  if (from !== undefined && !from.startsWith('workspace:')) return undefined
  const workspace = from?.slice('workspace:'.length) ?? '.'
  return { path: spec.split('#')[0] as string, workspace }
}

/** The project's own packages: workspaces, links and portals to folders of the repository. */
function isProjectCode(resolution: string): boolean {
  const range = splitNameFromRange(resolution)?.range ?? ''
  return /^(workspace:|link:|portal:)/.test(range)
}

/**
 * The descriptors the workspaces themselves depend on: those entries are direct. With
 * `nestedOnly`, only those of workspaces other than the root: the lockfile lists each
 * workspace's dev dependencies among its `dependencies`, and only the root's manifest is read to
 * tell them apart, so what the other workspaces declare counts as needed at run time.
 */
function descriptorsOfWorkspaces(lock: Record<string, unknown>, nestedOnly = false): string[] {
  const out: string[] = []
  for (const raw of Object.values(lock)) {
    const entry = asObject(raw)
    const resolution = asText(entry?.['resolution'])
    if (!entry || !resolution?.includes('@workspace:')) continue
    if (nestedOnly && resolution.endsWith('@workspace:.')) continue
    out.push(...dependencyDescriptors(entry))
  }
  return out
}

/** `name@range` of what an entry installs with it; Berry writes `npm:` ranges without it at times. */
function dependencyDescriptors(entry: Record<string, unknown>): string[] {
  const deps = [asObject(entry['dependencies']), asObject(entry['optionalDependencies'])]
  return deps.flatMap(section =>
    Object.entries(section ?? {}).map(([name, range]) => `${name}@${withProtocol(String(range))}`)
  )
}

/** Each entry by its key, with the descriptors it resolves and those it depends on. */
function lockNodes(lock: Record<string, unknown>): Map<string, LockNode> {
  const nodes = new Map<string, LockNode>()
  for (const [key, raw] of Object.entries(lock)) {
    const entry = asObject(raw)
    if (!entry || key === '__metadata') continue
    const descriptors = key.split(/,\s*/).map(d => d.trim())
    nodes.set(key, { descriptors, dependencies: dependencyDescriptors(entry) })
  }
  return nodes
}

function entryFlags(
  descriptors: readonly string[],
  workspaceDescriptors: ReadonlySet<string>,
  manifest: NpmManifest | undefined
): Flags {
  const fromManifest = manifestFlags(descriptors, manifest, withProtocol)
  if (fromManifest.direct) return fromManifest
  if (workspaceDescriptors.size === 0) return fromManifest
  return { direct: descriptors.some(d => workspaceDescriptors.has(d)) }
}

/** Berry writes plain ranges as `npm:` descriptors; a manifest range is compared the same way. */
function withProtocol(range: string): string {
  return /^[a-z]+:/.test(range) ? range : `npm:${range}`
}

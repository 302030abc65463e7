import { failed, PackageCollector, type Flags } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'
import { namedFiles } from '../shared/paths.js'
import {
  arrayOfTables,
  checkNeededPackages,
  keyPosition,
  loadTomlReader,
  readToml,
  type NeededPackage
} from '../shared/toml.js'
import type { LockfileParser, LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { checkLocalPath } from '../shared/links.js'
import { dependencyRoles, type Roles } from './graph.js'

/** `uv.lock`: version 1 (revisions 1 to 3). */
export const uvLockParser: LockfileParser = {
  id: 'pypi/uv-lock',
  ecosystem: 'PyPI',
  ...namedFiles('uv.lock'),
  parse: parseUvLock,
  load: loadTomlReader,
  content: {
    recognises: /^version\s*=|^\[\[package\]\]/m,
    expected: 'a `version` and `[[package]]` tables'
  }
}

function parseUvLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const read = readToml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'PyPI')
  if (read.value['version'] !== 1) {
    out.warn(
      `uv.lock version ${JSON.stringify(read.value['version'])} is not one this scanner knows (1)`,
      'unsupported-version',
      keyPosition(text, 'version')
    )
  }
  const { tables: entries, positions } = arrayOfTables(read.value, text, 'package', out)
  const roles = dependencyRoles(entries)
  entries.forEach((entry, index) => {
    const location = out.at(positions[index])
    const rawName = asText(entry['name'])
    const source = asObject(entry['source']) ?? {}
    // The project itself and its workspace members are not dependencies, but must be there.
    if (source['virtual'] !== undefined || source['editable'] !== undefined) {
      const member = asText(source['virtual']) ?? asText(source['editable'])
      if (member !== undefined) checkLocalPath(member, location, out, options)
      else
        out.error(
          '`source` names a project member without a path (expected a string)',
          'parse-error',
          location
        )
      return
    }
    out.entries++
    const version = asText(entry['version'])
    if (!rawName) {
      out.error('a [[package]] entry without a name', 'parse-error', location)
      return
    }
    const name = pep503(rawName)
    const flags = flagsOf(name, roles)
    const nonRegistry = sourceKind(source)
    if (nonRegistry?.reason === 'path') checkLocalPath(nonRegistry.spec, location, out, options)
    if (nonRegistry) out.addUnpinned(name, nonRegistry.spec, nonRegistry.reason, location, flags)
    else if (version) out.add(name, version, location, flags)
    else out.addUnpinned(name, '', 'unresolved', location, flags)
  })
  checkNeededPackages(entries, positions, out, packageDependencies, pep503)
  return out.finish()
}

/**
 * What a package installs with it (`dependencies`, extras, dependency groups) names another
 * `[[package]]`, with its version when several share the name.
 */
function packageDependencies(entry: Record<string, unknown>): NeededPackage[] {
  return dependencyTables(entry).flatMap(dep => {
    const name = asText(dep['name'])
    if (name === undefined) return []
    const version = asText(dep['version'])
    const key = version === undefined ? pep503(name) : `${pep503(name)} ${version}`
    return [{ key, shown: key }]
  })
}

/** The `{ name = … }` tables of a package's dependencies, extras and dependency groups. */
function dependencyTables(entry: Record<string, unknown>): Record<string, unknown>[] {
  const lists: unknown[] = [entry['dependencies']]
  for (const key of ['optional-dependencies', 'dev-dependencies'])
    lists.push(...Object.values(asObject(entry[key]) ?? {}))
  return lists
    .flatMap(list => (Array.isArray(list) ? list : []))
    .map(dep => asObject(dep))
    .filter((dep): dep is Record<string, unknown> => dep !== undefined)
}

function sourceKind(
  source: Record<string, unknown>
): { reason: UnpinnedReason; spec: string } | undefined {
  const git = asText(source['git'])
  if (git) return { reason: 'git', spec: git }
  const url = asText(source['url'])
  if (url) return { reason: 'url', spec: url }
  const path = asText(source['path']) ?? asText(source['directory'])
  if (path) return { reason: 'path', spec: path }
  return undefined
}

function flagsOf(name: string, roles: Roles | undefined): Flags {
  if (!roles) return {}
  const dev = roles.dev.has(name) ? true : roles.prod.has(name) ? false : undefined
  return dev === undefined
    ? { direct: roles.direct.has(name) }
    : { direct: roles.direct.has(name), dev }
}

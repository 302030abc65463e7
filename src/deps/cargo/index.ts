import { failed, PackageCollector } from '../shared/collector.js'
import { asText } from '../shared/json.js'
import { namedFiles } from '../shared/paths.js'
import {
  arrayOfTables,
  checkNeededPackages,
  keyPosition,
  loadTomlReader,
  readToml,
  type NeededPackage
} from '../shared/toml.js'
import type { LockfileParser, LockfileResult } from '../types.js'

const CRATES_IO =
  /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/

/** `Cargo.lock` (versions 1 to 4): crates from crates.io; git crates are not queryable; workspace members and path crates (no `source`) are skipped. */
export const cargoLockParser: LockfileParser = {
  id: 'rust/cargo-lock',
  ecosystem: 'crates.io',
  ...namedFiles('Cargo.lock'),
  parse: parseCargoLock,
  load: loadTomlReader,
  content: {
    recognises: /^\[\[package\]\]|^version\s*=|^\[metadata\]/m,
    expected: 'a `version` or a `[[package]]` table'
  }
}

function parseCargoLock(text: string, file: string): LockfileResult {
  const read = readToml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'crates.io')
  const version = read.value['version']
  if (version !== undefined && version !== 3 && version !== 4) {
    out.warn(
      `Cargo.lock version ${JSON.stringify(version)} is not one this scanner knows (1 to 4)`,
      'unsupported-version',
      keyPosition(text, 'version')
    )
  }
  const { tables: entries, positions } = arrayOfTables(read.value, text, 'package', out)
  const direct = workspaceDependencies(entries)
  entries.forEach((entry, index) => {
    const name = asText(entry['name'])
    const crateVersion = asText(entry['version'])
    const source = asText(entry['source'])
    // A workspace member or path crate: the project's own code. Not looked up by its name, which
    // would match the advisories of a published crate that merely shares it.
    if (source === undefined) return
    out.entries++
    const location = out.at(positions[index])
    if (!name || !crateVersion) {
      out.error('a [[package]] entry without a name or version', 'parse-error', location)
      return
    }
    const flags = direct
      ? { direct: direct.has(name) || direct.has(`${name} ${crateVersion}`) }
      : {}
    if (CRATES_IO.test(source)) out.add(name, crateVersion, location, flags)
    else out.addUnpinned(name, source, source.startsWith('git+') ? 'git' : 'url', location, flags)
  })
  checkNeededPackages(entries, positions, out, crateDependencies)
  return out.finish()
}

/**
 * A crate's `dependencies` name another `[[package]]`: `"name"` (its only version) or
 * `"name version"`, with `(source)` when several share both.
 */
function crateDependencies(entry: Record<string, unknown>): NeededPackage[] {
  const deps = Array.isArray(entry['dependencies']) ? entry['dependencies'] : []
  return deps
    .filter((dep): dep is string => typeof dep === 'string')
    .map(dep => ({ key: dep.split(' ').slice(0, 2).join(' '), shown: dep }))
}

/**
 * What the workspace's own crates depend on: `"name"` (the only version of that crate) or
 * `"name version (source)"` (one of several), kept as `name` or `name version`.
 */
function workspaceDependencies(entries: Record<string, unknown>[]): Set<string> | undefined {
  const members = entries.filter(e => e['source'] === undefined)
  if (members.length === 0) return undefined
  const out = new Set<string>()
  for (const member of members) {
    const deps = Array.isArray(member['dependencies']) ? member['dependencies'] : []
    for (const dep of deps) {
      if (typeof dep === 'string') out.add(dep.split(' ').slice(0, 2).join(' '))
    }
  }
  return out
}

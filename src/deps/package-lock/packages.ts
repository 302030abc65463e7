import type { PackageCollector } from '../shared/collector.js'
import type { JsonKeyLocator } from '../shared/json-locator.js'
import { locateKeyLines, type KeyLines } from '../shared/json-lines.js'
import { asObject, asText } from '../shared/json.js'
import { declaredDependencies } from '../shared/npm-manifest.js'
import type { Position, SourceLocation } from '../../model/location.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import type { ParseOptions } from '../types.js'
import { otherTarballPackage } from '../shared/tarball.js'
import { aliasTarget, nonRegistrySource } from './source.js'

const NODE_MODULES = 'node_modules/'
const NESTED_NODE_MODULES = '/node_modules/'

/**
 * Lockfile v2/v3 `packages`: keys are install paths (`node_modules/a/node_modules/b`). The root
 * (`""`) and workspace folders (`packages/x`) are the project's own code; `link: true` entries
 * point at them. Every other entry is an installed copy of a package, reported at its own line
 * (the same version installed at two paths is two copies). This is the hot path of the largest
 * lockfiles: one walk over the keys, lines found by one scan of the text, few allocations.
 */
export function readPackagesSection(
  text: string,
  packages: Record<string, unknown>,
  locator: JsonKeyLocator,
  out: PackageCollector,
  options?: ParseOptions
): void {
  const section = locator.next('packages')
  const keys = Object.keys(packages)
  const keyLines = section ? locateKeyLines(text, locator.offset, section.line, keys) : undefined
  const locate = keyLines
    ? fromKeyLines(keyLines, section, out)
    : fromLocator(locator, section, out)
  const directPaths = directInstallPaths(packages, keys)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const entry = asObject(packages[key])
    const nm = key.lastIndexOf(NODE_MODULES)
    if (!entry) {
      // A corrupt entry: an error, so it does not pass unchecked.
      if (nm !== -1) out.skip(locate(i, key))
      continue
    }
    const location = locate(i, key)
    if (entry['link'] === true) {
      const target = asText(entry['resolved'])
      if (target !== undefined) checkLink(target, lockfileDir(out), location, out, options)
      continue
    }
    if (nm === -1) continue
    out.entries++
    const name = asText(entry['name']) ?? key.slice(nm + NODE_MODULES.length)
    readEntry(entry, name, location, directPaths.has(key), out)
    // A local tarball (`npm install ../x.tgz`) is code from a path, checked as links are.
    const resolved = entry['resolved']
    if (typeof resolved === 'string' && resolved.startsWith('file:'))
      checkLink(resolved.slice('file:'.length), lockfileDir(out), location, out, options)
  }
  checkInstalled(packages, keys, locate, out)
}

/**
 * What an entry installs with it. Optional dependencies are left out: npm has written lockfiles
 * without the ones for other platforms, and peers may be optional.
 */
const INSTALLED_SECTIONS = ['dependencies', 'devDependencies']

/**
 * Every dependency the root or a folder of the project declares, and every dependency of an
 * installed package, is installed where Node looks for it: the `node_modules` of its folder or
 * of one above. One with no such entry (a truncated or hand-edited lockfile) would be checked
 * nowhere: an error at the entry that needs it, once per missing install path.
 */
function checkInstalled(
  packages: Record<string, unknown>,
  keys: string[],
  locate: Locate,
  out: PackageCollector
): void {
  const found = installedFinder(packages)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    // A folder outside the lockfile's own (`../lib`) has its dependencies installed outside too.
    if (key.startsWith('..')) continue
    const entry = asObject(packages[key])
    if (!entry || entry['link'] === true) continue
    const project = !key.startsWith(NODE_MODULES) && !key.includes(NESTED_NODE_MODULES)
    // An installed package's dev dependencies are never installed with it.
    const sections = project ? INSTALLED_SECTIONS : ['dependencies']
    for (const section of sections) {
      const declared = asObject(entry[section])
      for (const name in declared) {
        if (found(key, name)) continue
        const path = key === '' ? NODE_MODULES + name : `${key}/${NODE_MODULES}${name}`
        const message = `${JSON.stringify(name)} is needed here, but the lockfile has no \`${path}\` entry (nor one above it): not read`
        out.missing(path, message, locate(i, key))
      }
    }
  }
}

/**
 * `installedFrom`, first asked of the top level once per name: npm hoists most packages there,
 * and Node finds a package installed at the top from every folder below it.
 */
function installedFinder(
  packages: Record<string, unknown>
): (key: string, name: string) => boolean {
  const hoisted = new Map<string, boolean>()
  return (key, name) => {
    let atTop = hoisted.get(name)
    if (atTop === undefined) {
      atTop = Object.hasOwn(packages, NODE_MODULES + name)
      hoisted.set(name, atTop)
    }
    return atTop || installedFrom(packages, key, name)
  }
}

/** Whether Node finds `name` from the folder `key`: in its `node_modules` or one above. */
function installedFrom(packages: Record<string, unknown>, key: string, name: string): boolean {
  let folder = key
  for (;;) {
    const path = folder === '' ? NODE_MODULES + name : `${folder}/${NODE_MODULES}${name}`
    if (Object.hasOwn(packages, path)) return true
    if (folder === '') return false
    const up = folder.lastIndexOf(NESTED_NODE_MODULES)
    // `node_modules/a` → the root; `node_modules/a/node_modules/b` → `node_modules/a`;
    // a project folder (`packages/web`) → the root.
    folder = up === -1 ? '' : folder.slice(0, up)
  }
}

type Locate = (index: number, key: string) => SourceLocation

function fromKeyLines(
  found: KeyLines,
  section: Position | undefined,
  out: PackageCollector
): Locate {
  const file = out.file
  return index => {
    const line = found.lines[index] as number
    return line === 0 ? out.at(section) : { file, line, column: found.column }
  }
}

/** Key by key, for a `packages` object that is not laid out one key per line. */
function fromLocator(
  locator: JsonKeyLocator,
  section: Position | undefined,
  out: PackageCollector
): Locate {
  return (_index, key) => out.at(locator.next(key) ?? section)
}

function readEntry(
  entry: Record<string, unknown>,
  name: string,
  location: SourceLocation,
  direct: boolean,
  out: PackageCollector
): void {
  const dev = entry['dev'] === true
  const version = asText(entry['version'])
  const resolved = asText(entry['resolved'])
  const source = nonRegistrySource(version, resolved)
  if (source) {
    out.addUnpinned(name, resolved ?? version ?? '', source, location, { direct, dev })
  } else if (version === undefined || version === '') {
    out.addUnpinned(name, '', 'unresolved', location, { direct, dev })
  } else {
    const alias = aliasTarget(version)
    const claimedName = alias?.name ?? name
    const claimed = alias?.version ?? version
    out.addCopy(claimedName, claimed, location, direct, dev)
    const served = otherTarballPackage(claimedName, claimed, resolved, location, out)
    if (served) out.addCopy(served.name, served.version, location, direct, dev)
  }
}

/**
 * Install paths of direct dependencies: right under the `node_modules` of the root or of the
 * workspace folder that declares them. Workspace dependencies are usually hoisted to the root's
 * `node_modules`, so those count too. Matching whole keys keeps the per-entry test a set lookup.
 */
function directInstallPaths(packages: Record<string, unknown>, keys: string[]): Set<string> {
  const out = new Set<string>()
  for (const key of keys) {
    if (key.startsWith(NODE_MODULES) || key.includes(NESTED_NODE_MODULES)) continue
    const entry = asObject(packages[key])
    if (!entry) continue
    for (const name of declaredDependencies(entry).keys()) {
      out.add(NODE_MODULES + name)
      if (key !== '') out.add(`${key}/${NODE_MODULES}${name}`)
    }
  }
  return out
}

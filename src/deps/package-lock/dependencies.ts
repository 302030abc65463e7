import type { PackageCollector } from '../shared/collector.js'
import type { JsonKeyLocator } from '../shared/json-locator.js'
import { asObject, asText } from '../shared/json.js'
import type { NpmManifest } from '../shared/npm-manifest.js'
import type { Position } from '../../model/location.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import { otherTarballPackage } from '../shared/tarball.js'
import type { ParseOptions } from '../types.js'
import { aliasTarget, nonRegistrySource } from './source.js'

/** Deeper nesting than any real tree: a hostile file must not exhaust the stack. */
const MAX_DEPTH = 256

/**
 * Lockfile v1 (and pre-2017 shrinkwrap) `dependencies`: a tree of entries keyed by package name,
 * nested where npm installed a package under another one. Entries are visited depth first, which
 * is their order in the text, so the locator finds each key with one forward scan.
 */
export function readDependenciesTree(
  dependencies: Record<string, unknown>,
  locator: JsonKeyLocator,
  out: PackageCollector,
  manifest: NpmManifest | undefined,
  options?: ParseOptions
): void {
  const section = locator.next('dependencies')
  walk(dependencies, 0, section)

  function walk(deps: Record<string, unknown>, depth: number, parentPos?: Position): void {
    if (depth > MAX_DEPTH) {
      out.error(
        `dependencies are nested more than ${MAX_DEPTH} levels deep`,
        'document-too-complex',
        parentPos
      )
      return
    }
    for (const [key, raw] of Object.entries(deps)) {
      const entry = asObject(raw)
      if (!entry) {
        out.skip(locator.next(key, false) ?? parentPos)
        continue
      }
      const pos = locator.next(key) ?? parentPos
      readEntry(key, entry, depth, pos)
      const nested = asObject(entry['dependencies'])
      if (nested) walk(nested, depth + 1, pos)
      else if (entry['dependencies'] !== undefined) {
        // What npm installed under this package is listed here; any other shape hides it.
        const message = `the \`dependencies\` of ${JSON.stringify(key)} are not an object of packages: not read`
        out.error(message, 'parse-error', pos)
      }
    }
  }

  function readEntry(key: string, entry: Record<string, unknown>, depth: number, pos?: Position) {
    out.entries++
    const declared = depth === 0 ? manifest?.get(key) : undefined
    const flags = {
      direct: manifest === undefined ? undefined : declared !== undefined,
      dev: entry['dev'] === true
    }
    const location = out.at(pos)
    const version = asText(entry['version'])
    const source = nonRegistrySource(version, asText(entry['resolved']))
    // v1 writes a local folder dependency as `"version": "file:packages/x"`.
    if (version?.startsWith('file:'))
      checkLink(version.slice('file:'.length), lockfileDir(out), pos, out, options)
    if (source) {
      out.addUnpinned(key, version ?? asText(entry['resolved']) ?? '', source, location, flags)
      return
    }
    if (version === undefined || version === '') {
      out.addUnpinned(key, '', 'unresolved', location, flags)
      return
    }
    const alias = aliasTarget(version)
    const name = alias?.name ?? key
    const claimed = alias?.version ?? version
    out.addCopy(name, claimed, location, flags.direct, flags.dev)
    const resolved = asText(entry['resolved'])
    const served = otherTarballPackage(name, claimed, resolved, location, out)
    if (served) out.addCopy(served.name, served.version, location, flags.direct, flags.dev)
  }
}

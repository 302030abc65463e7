import type { SourceLocation } from '../../model/location.js'
import { openJsonLockfile, type Flags, type PackageCollector } from '../shared/collector.js'
import { JsonKeyLocator } from '../shared/json-locator.js'
import { asObject, asText, readJson } from '../shared/json.js'
import { checkLocalPath } from '../shared/links.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'

const SECTIONS = new Set(['packages', 'packages-dev'])

/**
 * Composer's `composer.lock`: `packages` and `packages-dev` (dev). Versions stay as Composer
 * writes them (`v1.2.3`), as OSV's own extractor sends them; branch versions (`dev-main`) and
 * local path packages are reported as not queryable.
 */
export const composerLockParser: LockfileParser = {
  id: 'php/composer-lock',
  ecosystem: 'Packagist',
  ...namedFiles('composer.lock'),
  parse: parseComposerLock,
  content: {
    recognises: /"(packages|packages-dev|content-hash)"\s*:/,
    expected: 'a "packages" list'
  }
}

function parseComposerLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const opened = openJsonLockfile(text, file, 'Packagist')
  if (!opened.lock) return opened.result
  const { lock, out } = opened
  const manifest = readManifest(options?.siblings)
  const declared = manifest && requiredBy(manifest)
  const locator = new JsonKeyLocator(text)
  const read: ReadPackage[] = []
  for (const section of Object.keys(lock).filter(key => SECTIONS.has(key))) {
    const sectionAt = locator.next(section, false)
    const list = packagesOf(lock[section])
    if (!list) {
      out.error(`\`${section}\` is not a list of packages`, 'parse-error', sectionAt)
      continue
    }
    for (const raw of list) {
      const entry = asObject(raw)
      const name = asText(entry?.['name'])
      const version = asText(entry?.['version'])
      if (!entry) {
        out.skip(sectionAt)
        continue
      }
      out.entries++
      const location = out.at((name ? locator.nextPair('name', name) : undefined) ?? sectionAt)
      if (!name || !version) {
        out.error('a package entry without a name or version', 'parse-error', location)
        continue
      }
      read.push({ entry, location })
      const flags: Flags = { dev: section === 'packages-dev' }
      if (declared) flags.direct = declared.has(name.toLowerCase())
      const distType = asText(asObject(entry['dist'])?.['type'])
      if (distType === 'path') {
        const url = asText(asObject(entry['dist'])?.['url'])
        if (url !== undefined) checkLocalPath(url, location, out, options)
        out.addUnpinned(name, version, 'path', location, flags)
      } else if (isBranch(version)) {
        const url = asText(asObject(entry['source'])?.['url']) ?? version
        out.addUnpinned(name, `${url}#${version}`, 'git', location, flags)
      } else out.add(name, version, location, flags)
    }
  }
  checkRequired(read, manifest, out)
  return out.finish()
}

interface ReadPackage {
  entry: Record<string, unknown>
  location: SourceLocation
}

/** PHP itself, its extensions and libraries, and Composer's APIs: the platform, never locked. */
const PLATFORM =
  /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|(?:ext|lib)-[a-z0-9](?:[_.-]?[a-z0-9]+)*|composer(?:-(?:plugin|runtime)-api)?)$/i

/**
 * What each package requires (`require`; not `require-dev`, which is never installed with it) is
 * a locked package, a name a locked package or the project provides or replaces, or the platform.
 * Anything else (a truncated or hand-edited lockfile) is installed but checked nowhere: an error at
 * the package that needs it, once. Names compare in lower case, as Composer compares them.
 */
function checkRequired(
  packages: readonly ReadPackage[],
  manifest: Record<string, unknown> | undefined,
  out: PackageCollector
): void {
  const known = new Set(namesProvided(manifest))
  for (const { entry } of packages) namesProvided(entry).forEach(name => known.add(name))
  for (const { entry, location } of packages) {
    for (const required of Object.keys(asObject(entry['require']) ?? {})) {
      const name = required.toLowerCase()
      if (known.has(name) || PLATFORM.test(name)) continue
      const message = `${JSON.stringify(required)} is required here, but the lockfile has no package for it: not read`
      out.missing(name, message, location)
    }
  }
}

/** The names a package (or the project) stands for: its own, and those it provides or replaces. */
function namesProvided(entry: Record<string, unknown> | undefined): string[] {
  if (!entry) return []
  const name = asText(entry['name'])
  const names = [
    ...(name === undefined ? [] : [name]),
    ...Object.keys(asObject(entry['provide']) ?? {}),
    ...Object.keys(asObject(entry['replace']) ?? {})
  ]
  return names.map(n => n.toLowerCase())
}

/**
 * A section's packages: Composer decodes JSON objects as PHP arrays and walks their values, so
 * `{"0": {...}}` installs what `[{...}]` does.
 */
function packagesOf(section: unknown): unknown[] | undefined {
  // Early Composer versions wrote `"packages-dev": null` for none.
  if (section === null) return []
  if (Array.isArray(section)) return section
  const object = asObject(section)
  return object ? Object.values(object) : undefined
}

/** The sibling `composer.json`, when there is one that reads as an object. */
function readManifest(siblings: ParseOptions['siblings']): Record<string, unknown> | undefined {
  const text = siblings?.('composer.json')
  const read = text === undefined ? undefined : readJson(text, 'composer.json')
  return read?.ok ? asObject(read.value) : undefined
}

/** Package names the project's `composer.json` requires (lower case, as Composer compares them). */
function requiredBy(manifest: Record<string, unknown>): Set<string> {
  const names = [
    ...Object.keys(asObject(manifest['require']) ?? {}),
    ...Object.keys(asObject(manifest['require-dev']) ?? {})
  ]
  return new Set(names.map(n => n.toLowerCase()))
}

/**
 * Composer's branch versions: `dev-main`, `dev-feature/x`, or a branch alias like `2.x-dev`.
 * A version that merely ends in `-dev` (`3.0.0-dev`) is a development release, not a branch.
 */
export function isBranch(version: string): boolean {
  return version.startsWith('dev-') || /(^|\.)x-dev$/i.test(version)
}

import { openJsonLockfile, type Flags, type PackageCollector } from '../shared/collector.js'
import { JsonKeyLocator } from '../shared/json-locator.js'
import { asObject, asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'
import { namedFiles } from '../shared/paths.js'
import { readPipfile, type DeclaredPython } from '../shared/python-manifest.js'
import type { LockfileParser, LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { loadTomlReader } from '../shared/toml.js'
import { sectionIn, tableSection } from '../shared/sections.js'
import { checkLocalPath } from '../shared/links.js'

/**
 * Pipenv's `Pipfile.lock`: `default` packages, `develop` ones (dev), and those of named
 * categories (`[docs]` in the Pipfile is a `docs` section), which `pipenv sync --categories`
 * installs: every section but `_meta` is read.
 */
export const pipfileLockParser: LockfileParser = {
  id: 'pypi/pipfile-lock',
  ecosystem: 'PyPI',
  ...namedFiles('Pipfile.lock'),
  parse: parsePipfileLock,
  // The sibling Pipfile, read for direct and dev flags, is TOML.
  load: loadTomlReader,
  content: {
    recognises: /"(_meta|default|develop)"\s*:/,
    expected: 'a "_meta", "default" or "develop" section'
  }
}

function parsePipfileLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const opened = openJsonLockfile(text, file, 'PyPI')
  if (!opened.lock) return opened.result
  const { lock, out } = opened
  const spec = asObject(lock['_meta'])?.['pipfile-spec']
  if (spec !== undefined && spec !== 6) {
    out.warn(
      `pipfile-spec ${JSON.stringify(spec)} is not one this scanner knows (6)`,
      'unsupported-version',
      new JsonKeyLocator(text).next('pipfile-spec', false)
    )
  }
  // The categories pipenv always writes: of another shape, they are an error, not skipped.
  for (const key of ['default', 'develop']) tableSection(lock, key, out, sectionIn(text, key))
  const declared = readPipfile(options?.siblings)
  const locator = new JsonKeyLocator(text)
  // Sections in text order, so the locator finds each key with one forward scan.
  for (const section of Object.keys(lock).filter(key => isCategory(lock, key))) {
    const sectionAt = locator.next(section)
    for (const [name, raw] of Object.entries(asObject(lock[section]) ?? {})) {
      const entry = asObject(raw)
      const pos = locator.next(name, entry !== undefined) ?? sectionAt
      if (!entry) {
        out.skip(pos)
        continue
      }
      out.entries++
      const flags = flagsOf(pep503(name), section, declared)
      readEntry(pep503(name), entry, out.at(pos), flags, out, options)
    }
  }
  return out.finish()
}

function readEntry(
  name: string,
  entry: Record<string, unknown>,
  location: ReturnType<PackageCollector['at']>,
  flags: Flags,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const source = nonRegistry(entry)
  const version = asText(entry['version'])
  if (source) {
    const spec = asText(entry['git']) ?? asText(entry['path']) ?? asText(entry['file']) ?? ''
    if (source === 'path' || (source === 'editable' && !asText(entry['git'])))
      checkLocalPath(spec, location, out, options)
    out.addUnpinned(name, spec, source, location, flags)
  } else if (version?.startsWith('==')) {
    out.add(name, version.replace(/^===?/, '').trim(), location, flags)
  } else {
    out.addUnpinned(
      name,
      version ?? '',
      version === undefined ? 'unresolved' : 'range',
      location,
      flags
    )
  }
}

function nonRegistry(entry: Record<string, unknown>): UnpinnedReason | undefined {
  if (entry['editable'] === true) return 'editable'
  if (asText(entry['git'])) return 'git'
  if (asText(entry['path'])) return 'path'
  if (asText(entry['file'])) return /^https?:/.test(asText(entry['file']) ?? '') ? 'url' : 'path'
  return undefined
}

function isCategory(lock: Record<string, unknown>, key: string): boolean {
  return key !== '_meta' && asObject(lock[key]) !== undefined
}

/** A named category may be for development or not: the lockfile cannot tell. */
function flagsOf(name: string, section: string, declared: DeclaredPython | undefined): Flags {
  if (section !== 'default' && section !== 'develop') return {}
  const dev = section === 'develop'
  if (!declared) return { dev }
  return { dev, direct: (dev ? declared.dev : declared.prod).has(name) }
}

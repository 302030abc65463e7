import { openJsonLockfile, type Flags } from '../shared/collector.js'
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
  const declared = requiredByManifest(options?.siblings)
  const locator = new JsonKeyLocator(text)
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
  return out.finish()
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

/** Package names a sibling `composer.json` requires (lower case, as Composer compares them). */
function requiredByManifest(siblings: ParseOptions['siblings']): Set<string> | undefined {
  const text = siblings?.('composer.json')
  const read = text === undefined ? undefined : readJson(text, 'composer.json')
  const manifest = read?.ok ? asObject(read.value) : undefined
  if (!manifest) return undefined
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

import { openJsonLockfile } from '../shared/collector.js'
import { JsonKeyLocator } from '../shared/json-locator.js'
import { asObject, asText } from '../shared/json.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult } from '../types.js'
import { sectionIn, tableSection } from '../shared/sections.js'

/**
 * NuGet's `packages.lock.json` (versions 1 and 2): packages per target framework, `Direct` or
 * `Transitive`; `Project` references are the solution's own code. A package locked for several
 * frameworks is listed once, at its first entry.
 */
export const nugetLockParser: LockfileParser = {
  id: 'nuget/packages-lock',
  ecosystem: 'NuGet',
  ...namedFiles('packages.lock.json'),
  parse: parseNugetLock,
  content: { recognises: /"dependencies"\s*:/, expected: 'a "dependencies" map' }
}

function parseNugetLock(text: string, file: string): LockfileResult {
  const opened = openJsonLockfile(text, file, 'NuGet')
  if (!opened.lock) return opened.result
  const { lock, out } = opened
  if (lock['version'] !== 1 && lock['version'] !== 2) {
    out.warn(
      `packages.lock.json version ${JSON.stringify(lock['version'])} is not one this scanner knows (1 or 2)`,
      'unsupported-version',
      new JsonKeyLocator(text).next('version', false)
    )
  }
  const locator = new JsonKeyLocator(text)
  const sectionAt = locator.next('dependencies')
  for (const [framework, raw] of Object.entries(
    tableSection(lock, 'dependencies', out, sectionIn(text, 'dependencies'))
  )) {
    const frameworkAt = locator.next(framework, asObject(raw) !== undefined) ?? sectionAt
    const packages = asObject(raw)
    if (!packages) {
      out.error(`the ${framework} target is not an object of packages`, 'parse-error', frameworkAt)
      continue
    }
    for (const [name, rawEntry] of Object.entries(packages)) {
      const entry = asObject(rawEntry)
      if (!entry) {
        out.skip(locator.next(name, false) ?? frameworkAt)
        continue
      }
      const location = out.at(locator.next(name) ?? frameworkAt)
      const type = asText(entry['type'])
      if (type === 'Project') continue
      out.entries++
      const version = asText(entry['resolved'])
      const flags = { direct: type === 'Direct' }
      if (version) out.add(name, version, location, flags)
      else out.addUnpinned(name, asText(entry['requested']) ?? '', 'unresolved', location, flags)
    }
  }
  return out.finish()
}

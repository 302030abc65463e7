import { failed, PackageCollector, type Flags } from '../shared/collector.js'
import { asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'
import { namedFiles } from '../shared/paths.js'
import {
  arrayOfTables,
  checkNeededPackages,
  loadTomlReader,
  readToml,
  type NeededPackage
} from '../shared/toml.js'
import type { LockfileParser, LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { checkLocalPath } from '../shared/links.js'
import { devGroupNames } from '../shared/python-manifest.js'

/**
 * PDM's `pdm.lock`: `[[package]]` tables with `name`, `version` and the `groups` that need them
 * (a package only in groups the sibling `pyproject.toml` declares for development is dev). Git, URL and local path sources are reported
 * as unpinned; the project's own editable install is left out.
 */
export const pdmLockParser: LockfileParser = {
  id: 'pypi/pdm-lock',
  ecosystem: 'PyPI',
  ...namedFiles('pdm.lock'),
  parse: parsePdmLock,
  load: loadTomlReader,
  content: {
    recognises: /^\[\[package\]\]|^\[metadata\]/m,
    expected: 'a `[metadata]` or `[[package]]` table'
  }
}

function parsePdmLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const read = readToml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'PyPI')
  const devGroups = devGroupNames(options?.siblings)
  const { tables: entries, positions } = arrayOfTables(read.value, text, 'package', out)
  entries.forEach((entry, index) => {
    out.entries++
    const location = out.at(positions[index])
    const rawName = asText(entry['name'])
    if (!rawName) return out.error('a [[package]] entry without a name', 'parse-error', location)
    const name = pep503(rawName)
    const flags = groupFlags(entry['groups'], devGroups)
    const source = sourceOf(entry)
    const version = asText(entry['version'])
    if (source?.reason === 'path' || source?.reason === 'editable')
      checkLocalPath(source.spec, location, out, options)
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags)
    else if (version) out.add(name, version, location, flags)
    else out.addUnpinned(name, '', 'unresolved', location, flags)
  })
  checkNeededPackages(entries, positions, out, alwaysNeeded, pep503)
  return out.finish()
}

/**
 * What a package always installs with it (its `dependencies`, PEP 508 strings). A dependency under
 * markers (`tomli>=1; python_version < "3.11"`) may be left out for the Python versions and
 * platforms the lock targets, and is not required; neither is one that names no package
 * (`-e file:///…`).
 */
function alwaysNeeded(entry: Record<string, unknown>): NeededPackage[] {
  const deps = Array.isArray(entry['dependencies']) ? entry['dependencies'] : []
  return deps.flatMap(dep => {
    const name = typeof dep === 'string' ? alwaysInstalled(dep) : undefined
    return name === undefined ? [] : [{ key: pep503(name), shown: name }]
  })
}

/** The name a requirement without markers installs (`uvicorn[standard]>=0.30` → `uvicorn`). */
function alwaysInstalled(requirement: string): string | undefined {
  if (requirement.includes(';')) return undefined
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement)?.[1]
}

/**
 * Lock files of PDM 2.8+ say which groups need each package; older ones do not. A group other
 * than `default` is either for development or an extra installed at run time
 * (`pdm add -G aws`): only the project file tells, so without it dev stays undecided.
 */
function groupFlags(groups: unknown, devGroups: Set<string> | undefined): Flags {
  if (!Array.isArray(groups)) return {}
  if (groups.includes('default')) return { dev: false }
  if (!devGroups || groups.length === 0) return {}
  return { dev: groups.every(group => typeof group === 'string' && devGroups.has(pep503(group))) }
}

function sourceOf(
  entry: Record<string, unknown>
): { reason: UnpinnedReason; spec: string } | undefined {
  const git = asText(entry['git'])
  if (git) return { reason: 'git', spec: git }
  const path = asText(entry['path'])
  if (path) return { reason: entry['editable'] === true ? 'editable' : 'path', spec: path }
  const url = asText(entry['url'])
  if (url) return { reason: url.startsWith('file:') ? 'path' : 'url', spec: url }
  return undefined
}

import { failed, PackageCollector, type Flags } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'
import { namedFiles } from '../shared/paths.js'
import { readPyproject, type DeclaredPython } from '../shared/python-manifest.js'
import {
  arrayOfTables,
  keyPosition,
  loadTomlReader,
  checkNeededPackages,
  readToml,
  type NeededPackage
} from '../shared/toml.js'
import type { LockfileParser, LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { checkLocalPath } from '../shared/links.js'

const KNOWN_LOCK_VERSIONS = new Set(['1.0', '1.1', '1.2', '2.0', '2.1'])

/** Poetry's `poetry.lock`: lock-version 1.x (`category`), 2.0 and 2.1 (`groups`). */
export const poetryLockParser: LockfileParser = {
  id: 'pypi/poetry-lock',
  ecosystem: 'PyPI',
  ...namedFiles('poetry.lock'),
  parse: parsePoetryLock,
  load: loadTomlReader,
  content: {
    recognises: /^\[\[package\]\]|^\[metadata\]/m,
    expected: 'a `[[package]]` or `[metadata]` table'
  }
}

function parsePoetryLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const read = readToml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'PyPI')
  const lockVersion = asText(asObject(read.value['metadata'])?.['lock-version'])
  if (lockVersion !== undefined && !KNOWN_LOCK_VERSIONS.has(lockVersion)) {
    out.warn(
      `lock-version ${lockVersion} is not one this scanner knows (1.0 to 2.1)`,
      'unsupported-version',
      keyPosition(text, 'lock-version')
    )
  }
  const { tables: entries, positions } = arrayOfTables(read.value, text, 'package', out)
  const declared = readPyproject(options?.siblings)
  entries.forEach((entry, index) => {
    out.entries++
    const location = out.at(positions[index])
    const rawName = asText(entry['name'])
    const version = asText(entry['version'])
    if (!rawName || !version) {
      out.error('a [[package]] entry without a name or version', 'parse-error', location)
      return
    }
    const name = pep503(rawName)
    const flags = flagsOf(name, entry, declared)
    const source = sourceOf(entry)
    if (source?.reason === 'path') checkLocalPath(source.spec, location, out, options)
    if (source) out.addUnpinned(name, source.spec, source.reason, location, flags)
    else out.add(name, version, location, flags)
  })
  checkNeededPackages(entries, positions, out, alwaysNeeded, pep503)
  return out.finish()
}

/**
 * What a package always installs with it (`[package.dependencies]`). Poetry leaves out what the
 * project never installs, so a dependency it may skip is not required: an optional one (installed
 * only with an extra) and one under markers or an older `python`/`platform` restriction (`tomli`
 * for Python below 3.11, left out of a project on 3.11 or later).
 */
function alwaysNeeded(entry: Record<string, unknown>): NeededPackage[] {
  return Object.entries(asObject(entry['dependencies']) ?? {})
    .filter(([, spec]) => alwaysInstalled(spec))
    .map(([name]) => ({ key: pep503(name), shown: name }))
}

/**
 * A dependency installed whatever the environment and extras: a plain constraint (`">=2.1"`), a
 * table without `optional`, `markers`, `python` or `platform`, or a list of such tables (several
 * constraints) with at least one of them.
 */
function alwaysInstalled(spec: unknown): boolean {
  if (typeof spec === 'string') return true
  if (Array.isArray(spec)) return spec.some(alwaysInstalled)
  const table = asObject(spec)
  if (!table) return false
  if (table['optional'] === true) return false
  return !['markers', 'python', 'platform'].some(key => table[key] !== undefined)
}

/** Git, URL, file and folder sources; `legacy` sources are package indexes like PyPI. */
function sourceOf(
  entry: Record<string, unknown>
): { reason: UnpinnedReason; spec: string } | undefined {
  const source = asObject(entry['source'])
  const type = asText(source?.['type'])
  const spec = asText(source?.['url']) ?? ''
  if (type === 'git') return { reason: 'git', spec }
  if (type === 'url') return { reason: 'url', spec }
  if (type === 'file' || type === 'directory') return { reason: 'path', spec }
  return undefined
}

/** 1.x marks `category = "dev"`; 2.1 lists `groups`; 2.0 records neither. */
function flagsOf(
  name: string,
  entry: Record<string, unknown>,
  declared: DeclaredPython | undefined
): Flags {
  const flags: Flags = {}
  const category = asText(entry['category'])
  const groups = Array.isArray(entry['groups']) ? entry['groups'] : undefined
  if (category !== undefined) flags.dev = category === 'dev'
  else if (groups) flags.dev = !groups.includes('main')
  if (declared) flags.direct = declared.prod.has(name) || declared.dev.has(name)
  return flags
}

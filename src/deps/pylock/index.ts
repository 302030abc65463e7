import { failed, PackageCollector } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { pep503 } from '../shared/names.js'
import { arrayOfTables, keyPosition, loadTomlReader, readToml } from '../shared/toml.js'
import type { LockfileParser, LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { checkLocalPath } from '../shared/links.js'

/** `pylock.toml`, `pylock.<name>.toml`. */
const PYLOCK_FILE = /(?:^|\/)pylock\.([^./]+\.)?toml$/

/**
 * PEP 751 lock files: `pylock.toml` or `pylock.<name>.toml`, `lock-version = "1.0"`, one
 * `[[packages]]` table per package. A package installed from an index (`wheels`, `sdist`) has a
 * `version`; one from a VCS, a directory or an archive URL is reported as unpinned.
 */
export const pylockParser: LockfileParser = {
  id: 'pypi/pylock',
  ecosystem: 'PyPI',
  matches: path => PYLOCK_FILE.test(path),
  parse: parsePylock,
  load: loadTomlReader,
  content: {
    recognises: /^lock-version\s*=|^\[\[packages\]\]/m,
    expected: 'a `lock-version` and `[[packages]]` tables'
  }
}

function parsePylock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const read = readToml(text, file)
  if (!read.ok) return failed(read.diagnostic)
  const out = new PackageCollector(file, 'PyPI')
  const lockVersion = asText(read.value['lock-version']) ?? ''
  const at = keyPosition(text, 'lock-version')
  // PEP 751: an installer refuses a major version it does not know, and may warn on a minor one.
  if (!/^1(\.|$)/.test(lockVersion)) {
    out.error(
      `lock-version ${JSON.stringify(read.value['lock-version'])} is not one this scanner reads (1.x)`,
      'unsupported-version',
      at
    )
    return out.finish()
  }
  if (lockVersion !== '1.0')
    out.warn(
      `lock-version ${lockVersion} is newer than 1.0; read as 1.0`,
      'unsupported-version',
      at
    )
  const { tables: entries, positions } = arrayOfTables(read.value, text, 'packages', out)
  entries.forEach((entry, index) => {
    out.entries++
    const location = out.at(positions[index])
    const rawName = asText(entry['name'])
    if (!rawName) return out.error('a [[packages]] entry without a name', 'parse-error', location)
    const name = pep503(rawName)
    const source = sourceOf(entry)
    const version = asText(entry['version'])
    if (source?.reason === 'path' || source?.reason === 'editable')
      checkLocalPath(source.spec, location, out, options)
    if (source) out.addUnpinned(name, source.spec, source.reason, location)
    else if (version) out.add(name, version, location)
    else out.addUnpinned(name, '', 'unresolved', location)
  })
  return out.finish()
}

/** `vcs`, `directory` and `archive` sources (PEP 751): not a registry release. */
function sourceOf(
  entry: Record<string, unknown>
): { reason: UnpinnedReason; spec: string } | undefined {
  const vcs = asObject(entry['vcs'])
  if (vcs) return { reason: 'git', spec: asText(vcs['url']) ?? asText(vcs['path']) ?? '' }
  const directory = asObject(entry['directory'])
  if (directory) {
    const reason = directory['editable'] === true ? 'editable' : 'path'
    return { reason, spec: asText(directory['path']) ?? '' }
  }
  const archive = asObject(entry['archive'])
  if (archive) {
    const url = asText(archive['url'])
    return url
      ? { reason: 'url', spec: url }
      : { reason: 'path', spec: asText(archive['path']) ?? '' }
  }
  return undefined
}

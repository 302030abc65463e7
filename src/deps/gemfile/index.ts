import { PackageCollector } from '../shared/collector.js'
import { splitLines } from '../shared/lines.js'
import { namedFiles } from '../shared/paths.js'
import { checkLocalPath } from '../shared/links.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'

/**
 * Bundler's `Gemfile.lock` (and `gems.locked`): gems of the `GEM` sections; `GIT` gems are
 * reported as not queryable; `PATH` gems are the project's own. Platform suffixes
 * (`1.13.6-x86_64-linux`) are dropped from versions; `DEPENDENCIES` tells which gems are direct.
 */
export const gemfileLockParser: LockfileParser = {
  id: 'ruby/gemfile-lock',
  ecosystem: 'RubyGems',
  ...namedFiles('Gemfile.lock', 'gems.locked'),
  parse: parseGemfileLock,
  content: {
    recognises:
      /^(GEM|GIT|PATH|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|PLUGIN SOURCE|CHECKSUMS)\s*$/m,
    expected: 'a `GEM`, `PLATFORMS` or `DEPENDENCIES` section'
  }
}

interface Spec {
  name: string
  version: string
  line: number
  section: string
  source?: string
  /** What it needs installed with it (its lines indented by six), by name, at their lines. */
  dependencies: { name: string; line: number }[]
}

function parseGemfileLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const out = new PackageCollector(file, 'RubyGems')
  const { specs, direct } = readSections(splitLines(text), out)
  for (const spec of specs) {
    if (spec.section === 'PATH') {
      // The project's own gems, from a folder that must be in the repository.
      checkLocalPath(spec.source ?? '.', { line: spec.line, column: 5 }, out, options)
      continue
    }
    out.entries++
    const location = out.at({ line: spec.line, column: 5 })
    const flags = direct.size > 0 ? { direct: direct.has(spec.name) } : {}
    if (spec.section === 'GIT')
      out.addUnpinned(spec.name, spec.source ?? spec.version, 'git', location, flags)
    else out.add(spec.name, withoutPlatform(spec.version), location, flags)
  }
  checkDependencies(specs, out)
  return out.finish()
}

/**
 * What each gem needs installed with it is a gem of the `GEM`, `GIT`, `PATH` or plugin specs:
 * Bundler locks every gem it installs, for each of the file's platforms. One that none lists (a
 * truncated or hand-edited lockfile) is installed but checked nowhere: an error at the first line
 * that needs it. `bundler` itself is never among the specs (`BUNDLED WITH` says which).
 */
function checkDependencies(specs: readonly Spec[], out: PackageCollector): void {
  const known = new Set(specs.map(spec => spec.name))
  for (const spec of specs) {
    for (const { name, line } of spec.dependencies) {
      if (known.has(name) || name === 'bundler') continue
      const message = `${JSON.stringify(name)} is needed by ${spec.name}, but the lockfile lists no gem of that name: not read`
      out.missing(name, message, { line, column: 7 })
    }
  }
}

function readSections(
  lines: string[],
  out: PackageCollector
): { specs: Spec[]; direct: Set<string> } {
  const specs: Spec[] = []
  const direct = new Set<string>()
  let section = ''
  let remote: string | undefined
  let revision: string | undefined
  // The gem whose dependency lines (indented by six) follow, if any.
  let current: Spec | undefined
  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    if (/^\S/.test(raw)) {
      section = raw.trim()
      remote = revision = current = undefined
      return
    }
    const field = /^ {2}(remote|revision|ref|branch|tag): (.*)$/.exec(raw)
    if (field && field[1] === 'remote') remote = field[2]
    if (field && field[1] === 'revision') revision = field[2]
    if (section === 'DEPENDENCIES') {
      const dep = /^ {2}(\S+?)!?(?: \(.*\))?$/.exec(raw)
      if (dep) direct.add(dep[1] as string)
      return
    }
    if (!['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'].includes(section)) return
    if (!/^( {2}| {4}| {6})\S/.test(raw)) {
      // Bundler reads only lines indented by 2, 4 or 6 spaces: a gem indented otherwise is
      // installed from nowhere this file says, and would go unchecked if skipped.
      out.entries++
      out.error(
        `a line of the specs not indented by 2, 4 or 6 spaces, as Bundler writes them: ${JSON.stringify(raw.trim())}`,
        'parse-error',
        { line }
      )
      return
    }
    const dependency = /^ {6}(\S+)/.exec(raw)
    if (dependency) current?.dependencies.push({ name: dependency[1] as string, line })
    if (!/^ {4}\S/.test(raw)) return
    const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(raw)
    current = undefined
    if (!spec) {
      out.entries++
      out.error(
        `expected "name (version)" in the specs, found ${JSON.stringify(raw.trim())}`,
        'parse-error',
        { line, column: 5 }
      )
      return
    }
    const source = remote && revision ? `${remote}@${revision}` : remote
    current = {
      name: spec[1] as string,
      version: spec[2] as string,
      line,
      section,
      source,
      dependencies: []
    }
    specs.push(current)
  })
  return { specs, direct }
}

/** `1.13.6-x86_64-linux` → `1.13.6`: Bundler appends the platform to the version. */
function withoutPlatform(version: string): string {
  const dash = version.indexOf('-')
  return dash === -1 ? version : version.slice(0, dash)
}

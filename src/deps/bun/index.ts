import { openJsonLockfile, type Flags, type PackageCollector } from '../shared/collector.js'
import { asObject, asText } from '../shared/json.js'
import { locateKeyLines } from '../shared/json-lines.js'
import { LineIndex } from '../shared/lines.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import { isSemver, sourceKind, splitAtVersion } from '../shared/names.js'
import { namedFiles } from '../shared/paths.js'
import type { LockfileParser, LockfileResult, ParseOptions } from '../types.js'
import { sectionIn, tableSection } from '../shared/sections.js'
import { productionKeys } from './graph.js'

/**
 * Bun's text lockfile `bun.lock` (Bun 1.2+): JSON with trailing commas. `packages` maps an
 * install path (`lodash`, `express/debug`) to an array whose first item is the resolved
 * `name@version` (`name@github:...`, `name@file:...`, `name@workspace:...` for other sources);
 * `workspaces` holds what each workspace declares, which tells direct and dev dependencies.
 */
export const bunLockParser: LockfileParser = {
  id: 'npm/bun-lock',
  ecosystem: 'npm',
  ...namedFiles('bun.lock'),
  parse: parseBunLock,
  content: { recognises: /"lockfileVersion"\s*:/, expected: 'a "lockfileVersion"' }
}

const DEPENDENCY_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies']

function parseBunLock(text: string, file: string, options?: ParseOptions): LockfileResult {
  const opened = openJsonLockfile(withoutTrailingCommas(text), file, 'npm')
  if (!opened.lock) return opened.result
  const { lock, out } = opened
  const packages = tableSection(lock, 'packages', out, sectionIn(text, 'packages'))
  const keys = Object.keys(packages)
  const lineOf = keyLines(text, keys, out)
  const workspaces = asObject(lock['workspaces']) ?? {}
  const declared = declaredByWorkspaces(workspaces)
  const production = productionKeys(packages, workspaces)
  keys.forEach((key, index) => {
    out.entries++
    const at = { line: lineOf(index), column: 5 }
    const ident = Array.isArray(packages[key]) ? asText((packages[key] as unknown[])[0]) : undefined
    const resolved = ident === undefined ? undefined : splitAtVersion(ident)
    if (!resolved) {
      out.error(`cannot read a "name@version" for ${JSON.stringify(key)}`, 'parse-error', at)
      return
    }
    const declaredFlags = declared.get(key) ?? { direct: false }
    // A dev dependency that something installed for production needs as well is not dev-only.
    const shared = declaredFlags.dev === true && production.has(key)
    readPackage(resolved, at, shared ? { direct: true, dev: false } : declaredFlags, out, options)
  })
  if (keys.length > 0) checkDeclared(text, workspaces, new Set(keys), out)
  return out.finish()
}

/**
 * What a workspace installs. Peers are the installing project's to provide; optional ones may be
 * left out for other platforms, as npm has done.
 */
const INSTALLED_SECTIONS = ['dependencies', 'devDependencies']

/**
 * Every dependency a workspace declares is installed from a `packages` entry, at the top level
 * (`lodash`) or under its workspace when versions conflict (`api/lodash`). One with no entry (a
 * truncated or hand-edited lockfile) would be checked nowhere: an error at its declaration.
 */
function checkDeclared(
  text: string,
  workspaces: Record<string, unknown>,
  keys: ReadonlySet<string>,
  out: PackageCollector
): void {
  const nested = new Set([...keys].map(key => key.slice(key.lastIndexOf('/') + 1)))
  const lines = new LineIndex(text)
  const from = text.search(/"workspaces"\s*:/)
  for (const workspace of Object.values(workspaces)) {
    const sections = asObject(workspace) ?? {}
    for (const section of INSTALLED_SECTIONS) {
      for (const name of Object.keys(asObject(sections[section]) ?? {})) {
        if (keys.has(name) || nestedUnder(keys, nested, name)) continue
        const at = text.indexOf(JSON.stringify(name), Math.max(from, 0))
        const message = `${JSON.stringify(name)} is declared, but the lockfile has no \`packages\` entry for it: not read`
        out.error(message, 'parse-error', at === -1 ? undefined : lines.position(at))
      }
    }
  }
}

/** A key `<path>/<name>`: the package installed below another (a scoped name keeps its `/`). */
function nestedUnder(keys: ReadonlySet<string>, lastParts: ReadonlySet<string>, name: string) {
  const last = name.slice(name.lastIndexOf('/') + 1)
  if (!lastParts.has(last)) return false
  for (const key of keys) if (key.endsWith(`/${name}`)) return true
  return false
}

function readPackage(
  { name, version }: { name: string; version: string },
  at: { line: number; column: number },
  flags: Flags,
  out: PackageCollector,
  options: ParseOptions | undefined
): void {
  const location = out.at(at)
  if (version.startsWith('workspace:')) return
  if (version.startsWith('link:') || version.startsWith('file:')) {
    const target = version.slice(version.indexOf(':') + 1)
    checkLink(target, lockfileDir(out), at, out, options)
    if (version.startsWith('file:')) out.addUnpinned(name, version, 'path', location, flags)
    return
  }
  if (isSemver(version)) return out.add(name, version, location, flags)
  const source = /^(github|gitlab|bitbucket|git\+|git:)/.test(version) ? 'git' : sourceKind(version)
  out.addUnpinned(name, version, source ?? 'unresolved', location, flags)
}

/** Direct dependencies of every workspace; dev when no workspace needs them at run time. */
function declaredByWorkspaces(workspaces: Record<string, unknown>): Map<string, Flags> {
  const prod = new Set<string>()
  const dev = new Set<string>()
  for (const workspace of Object.values(workspaces)) {
    const sections = asObject(workspace) ?? {}
    for (const section of DEPENDENCY_SECTIONS)
      for (const name of Object.keys(asObject(sections[section]) ?? {})) prod.add(name)
    for (const name of Object.keys(asObject(sections['devDependencies']) ?? {})) dev.add(name)
  }
  // Only a top-level install path (`lodash`, `@scope/x`) is what a workspace declares.
  const out = new Map<string, Flags>()
  for (const name of dev) out.set(name, { direct: true, dev: true })
  for (const name of prod) out.set(name, { direct: true, dev: false })
  return out
}

/** The line of each `packages` key; the section's own line where the layout is not one per line. */
function keyLines(text: string, keys: string[], out: PackageCollector): (index: number) => number {
  const section = /^[ \t]*"packages"\s*:\s*\{/m.exec(text)
  if (!section) return () => 1
  const brace = section.index + section[0].length - 1
  const sectionLine = new LineIndex(text).position(brace).line
  const found = locateKeyLines(text, brace, sectionLine, keys)
  if (!found && keys.length > 0)
    out.warn('packages are not laid out one per line: located at the section', 'layout')
  return index => (found?.lines[index] || sectionLine) as number
}

/**
 * Bun writes a comma after the last item of every object and array; JSON does not allow it.
 * Strings are skipped whole, so a comma inside one is kept. Comments (JSONC) are dropped too.
 * Scanned by hand: a pattern over strings runs out of stack on one of millions of characters.
 */
function withoutTrailingCommas(text: string): string {
  const kept: string[] = []
  let from = 0
  let i = 0
  const drop = (start: number, end: number) => {
    kept.push(text.slice(from, start))
    from = end
    return end
  }
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) i = stringEnd(text, i)
    else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const newline = text.indexOf('\n', i)
      i = drop(i, newline === -1 ? text.length : newline)
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2)
      i = close === -1 ? i + 1 : drop(i, close + 2)
    } else if (code === COMMA && closesAfter(text, i + 1)) i = drop(i, i + 1)
    else i++
  }
  kept.push(text.slice(from))
  return kept.join('')
}

const QUOTE = 34
const COMMA = 44
const SLASH = 47
const STAR = 42
const BACKSLASH = 92

/** Past the closing quote of the string opening at `start`; just past the quote if none closes it. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === BACKSLASH) {
      // An escaped line break is no JSON escape: the string is not one.
      if (/[\n\r\u2028\u2029]/.test(text[i + 1] ?? '')) break
      i++
    } else if (code === QUOTE) return i + 1
  }
  return start + 1
}

/** Whether only blanks stand between `from` and a closing `}` or `]`. */
function closesAfter(text: string, from: number): boolean {
  let i = from
  while (i < text.length && /\s/.test(text[i] as string)) i++
  return text[i] === '}' || text[i] === ']'
}

import { PackageCollector } from '../shared/collector.js'
import { splitLines } from '../shared/lines.js'
import { checkLink, lockfileDir } from '../shared/links.js'
import { otherTarballPackage } from '../shared/tarball.js'
import { closingQuote } from '../shared/quoted.js'
import { isRegistryTarball, sourceKind, splitNameFromRange } from '../shared/names.js'
import { readNpmManifest, resolutionNames } from '../shared/npm-manifest.js'
import type { LockfileResult, ParseOptions, UnpinnedReason } from '../types.js'
import { entryFlagsFor, manifestFlags, productionEntries } from './direct.js'

interface ClassicEntry {
  descriptors: string[]
  line: number
  fields: Map<string, string>
  /** `name@range` of what it installs with it (its `dependencies` and `optionalDependencies`). */
  dependencies: string[]
  /** The list being read (`dependencies`, another), while its lines follow. */
  list?: string
}

/** The lists of an entry whose packages are installed with it. */
const INSTALLED_LISTS = new Set(['dependencies', 'optionalDependencies'])

/**
 * Yarn classic (v1) lockfiles: a format of its own, close to YAML but not YAML. Read by a small
 * line parser rather than `@yarnpkg/lockfile`, which has not been released since 2018 and does
 * not report lines. Entries start at column 0 (`"a@^1", a@^1.1:`); their fields are indented
 * by two spaces (`version "1.2.0"`); dependency lists by four (`    "@a/b" "^1.0.0"`), read to
 * tell what production dependencies need from what only development tools do.
 */
export function parseClassicLock(
  text: string,
  file: string,
  options?: ParseOptions
): LockfileResult {
  const out = new PackageCollector(file, 'npm')
  const manifest = readNpmManifest(options?.siblings)
  const entries = readEntries(yarnLines(text), out)
  const production = productionEntries(entries, manifest)
  for (const entry of entries) {
    out.entries++
    const flags = entryFlagsFor(entry, manifestFlags(entry.descriptors, manifest), production)
    readEntry(entry, out, flags, options)
  }
  checkNeeded(entries, out, resolutionNames(options?.siblings))
  return out.finish()
}

/**
 * What an entry installs with it (`dependencies`, `optionalDependencies`) resolves to an entry
 * of its own, whose header names the same descriptor. One without (a truncated or hand-edited
 * lockfile) would be checked nowhere: an error at the entry that needs it, once per descriptor.
 * A package the project pins through `resolutions` (`pinned`) needs only an entry of that name:
 * Yarn before 1.6 dropped the descriptors a resolution overrides from the headers.
 */
function checkNeeded(
  entries: readonly ClassicEntry[],
  out: PackageCollector,
  pinned: ReadonlySet<string>
): void {
  const known = new Set(entries.flatMap(entry => entry.descriptors))
  const names = new Set([...known].map(d => descriptorOf(d)?.name))
  for (const entry of entries) {
    for (const needed of entry.dependencies) {
      if (known.has(needed)) continue
      const name = descriptorOf(needed)?.name ?? needed
      // A header without a range (`name:`) stands for the package whatever the range.
      if (known.has(name) || (pinned.has(name) && names.has(name))) continue
      const message = `${JSON.stringify(needed)} is needed here, but the lockfile has no entry for it: not read`
      out.missing(needed, message, { line: entry.line })
    }
  }
}

/**
 * The lines yarn reads: its tokenizer also ends a line at a lone `\r`, where git and GitHub see
 * one line, and the blanks after one are no indentation (they are skipped, so what follows is at
 * the top level). A comment runs to the next `\n`, lone `\r`s and all. Each line is located at
 * the line (counted at `\n`) the diff shows.
 */
function yarnLines(text: string): { raw: string; line: number }[] {
  const out: { raw: string; line: number }[] = []
  splitLines(text).forEach((physical, index) => {
    const line = index + 1
    if (!physical.includes('\r') || physical.trimStart().startsWith('#')) {
      out.push({ raw: physical, line })
      return
    }
    const [first = '', ...after] = physical.split('\r')
    out.push({ raw: first, line })
    for (const part of after.map(p => p.replace(/^ +/, ''))) {
      if (part.startsWith('#')) break
      out.push({ raw: part, line })
    }
  })
  return out
}

function readEntries(
  lines: { raw: string; line: number }[],
  out: PackageCollector
): ClassicEntry[] {
  const entries: ClassicEntry[] = []
  let current: ClassicEntry | undefined
  // After an unreadable header its indented lines are skipped: one diagnostic per broken entry.
  let skipping = false
  lines.forEach(({ raw, line }) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return
    const indent = raw.length - raw.trimStart().length
    if (indent === 0) {
      current = undefined
      skipping = !raw.trimEnd().endsWith(':')
      if (skipping) {
        const message = `expected an entry header ending in ":", found ${JSON.stringify(raw)}`
        out.error(message, 'parse-error', { line })
        return
      }
      const header = raw.trimEnd().slice(0, -1)
      const descriptors = splitDescriptors(header)
      current = { descriptors, line, fields: new Map(), dependencies: [] }
      entries.push(current)
    } else if (current) {
      readIndented(raw, indent, current, line, out)
    } else if (!skipping) {
      out.error('indented line outside of any entry', 'parse-error', { line, column: indent + 1 })
      skipping = true
    }
  })
  return entries
}

/**
 * A line inside an entry: a field or a list opener at two spaces, a list item at four. Yarn
 * refuses a lockfile with any other line, so each is an error at its line: a dependency line
 * dropped in silence could leave a production package read as a development one.
 */
function readIndented(
  raw: string,
  indent: number,
  entry: ClassicEntry,
  line: number,
  out: PackageCollector
): void {
  const text = raw.trim()
  if (raw.slice(0, indent).includes('\t') || (indent !== 2 && indent !== 4)) {
    const message = `line indented by ${JSON.stringify(raw.slice(0, indent))}: yarn.lock fields are indented by two spaces, list items by four; not read`
    out.error(message, 'parse-error', { line })
    return
  }
  if (indent === 2) {
    const field = readField(raw.trimEnd(), indent)
    entry.list = field ? undefined : listName(text)
    if (field) readFieldValue(field, entry, line, out)
    else if (entry.list === undefined) {
      const message = `expected a field (\`key "value"\`) or a list (\`key:\`), found ${shown(text)}; not read`
      out.error(message, 'parse-error', { line })
    }
    return
  }
  readListItem(raw.trimEnd(), entry, line, out)
}

/** A line quoted in a message: its start only, as a line may be millions of characters. */
function shown(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)
}

/** `    "@a/b" "^1.0.0"` under a list; an installed list's items are what the entry needs. */
function readListItem(raw: string, entry: ClassicEntry, line: number, out: PackageCollector): void {
  if (entry.list === undefined) {
    out.error('list item outside of a list (`dependencies:`); not read', 'parse-error', { line })
    return
  }
  const field = readField(raw, 4)
  const name = field && quoted(field[0])
  const range = field && quoted(field[1])
  // An empty range (`foo ""`) is one a package may declare; an empty name is none.
  if (name === undefined || range === undefined || name === '') {
    const message = `cannot read a dependency (\`name "range"\`) from ${shown(raw.trim())}`
    out.error(message, 'parse-error', { line })
    return
  }
  if (INSTALLED_LISTS.has(entry.list)) entry.dependencies.push(`${name}@${range}`)
}

/**
 * A field of an entry. A quoted key or value that is not a valid JSON string (never closed, a
 * wrong escape) makes yarn refuse the lockfile: it is an error here, never a version with quotes.
 */
function readFieldValue(
  [rawKey, rawValue]: [string, string],
  entry: ClassicEntry,
  line: number,
  out: PackageCollector
): void {
  const key = quoted(rawKey)
  const value = quoted(rawValue)
  if (key === undefined || value === undefined) {
    const broken = key === undefined ? rawKey : rawValue
    out.error(`${JSON.stringify(broken)} is not a valid quoted string`, 'parse-error', { line })
    return
  }
  entry.fields.set(key, value)
}

/** `dependencies:` (or `"dependencies":`) opening a list: its name, undefined for no list. */
function listName(line: string): string | undefined {
  const name = unquote(line.endsWith(':') ? line.slice(0, -1) : '')
  return name === '' ? undefined : name
}

/** A plain value as it is; a quoted one unquoted, or undefined when it is no valid string. */
function quoted(value: string): string | undefined {
  if (!value.startsWith('"')) return value
  try {
    const text: unknown = JSON.parse(value)
    return typeof text === 'string' ? text : undefined
  } catch {
    return undefined
  }
}

/**
 * `  key value`, `  key: value` or `  "key" value`: the key and the rest of the line. Read by
 * hand, as a backtracking pattern over a quoted key runs out of stack on a line of millions of
 * characters. A quote that does not end a key starts a plain one, as the pattern read it.
 */
function readField(raw: string, indent: number): [string, string] | undefined {
  const quote = closingQuote(raw, indent)
  const field = quote === undefined ? undefined : fieldEndingAt(raw, indent, quote + 1)
  return field ?? fieldEndingAt(raw, indent, plainEnd(raw, indent))
}

function fieldEndingAt(raw: string, indent: number, end: number): [string, string] | undefined {
  if (end === indent) return undefined
  const rest = raw.slice(raw.charCodeAt(end) === COLON ? end + 1 : end)
  const value = rest.trimStart()
  if (value.length === rest.length) return undefined
  return [raw.slice(indent, end), value]
}

const COLON = 58

/** The end of a key of anything but blanks and colons. */
function plainEnd(raw: string, start: number): number {
  let i = start
  while (i < raw.length && raw.charCodeAt(i) !== COLON && !/\s/.test(raw[i] as string)) i++
  return i
}

function readEntry(
  entry: ClassicEntry,
  out: PackageCollector,
  flags: ReturnType<typeof manifestFlags>,
  options: ParseOptions | undefined
) {
  const location = out.at({ line: entry.line })
  const first = descriptorOf(entry.descriptors[0] ?? '')
  if (!first) {
    out.error(
      `cannot read a package name from ${JSON.stringify(entry.descriptors[0])}`,
      'parse-error',
      { line: entry.line }
    )
    return
  }
  const version = entry.fields.get('version')
  const resolved = entry.fields.get('resolved')
  const alias = first.range.startsWith('npm:')
    ? splitNameFromRange(first.range.slice(4))
    : undefined
  const name = alias?.name ?? first.name
  const source = nonRegistry(first.range, resolved)
  const local = /^(file|link):/.exec(first.range)
  if (local) checkLink(first.range.slice(local[0].length), lockfileDir(out), location, out, options)
  if (source) {
    out.addUnpinned(name, resolved ?? first.range, source, location, flags)
  } else if (version === undefined || version === '') {
    out.addUnpinned(name, first.range, 'unresolved', location, flags)
  } else {
    out.add(name, version, location, flags)
    const served = otherTarballPackage(name, version, resolved, location, out)
    if (served) out.add(served.name, served.version, location, flags)
  }
}

function nonRegistry(range: string, resolved: string | undefined): UnpinnedReason | undefined {
  const fromRange = range.startsWith('npm:') ? undefined : sourceKind(range)
  if (fromRange) return fromRange
  if (resolved === undefined || isRegistryTarball(resolved)) return undefined
  if (/^(git\+|git:|github:)/.test(resolved) || resolved.includes('codeload.github.com'))
    return 'git'
  if (resolved.startsWith('file:')) return 'path'
  return /^https?:\/\//.test(resolved) ? 'url' : undefined
}

/** `name@range`; a header may name a package without a range (`balanced-match:`), meaning any. */
function descriptorOf(descriptor: string): { name: string; range: string } | undefined {
  const split = splitNameFromRange(descriptor)
  if (split) return split
  return /^(@[^/@\s]+\/)?[^/@\s]+$/.test(descriptor) ? { name: descriptor, range: '' } : undefined
}

/** `"@a/b@^1", @a/b@^1.1` → the descriptors, unquoted. */
function splitDescriptors(header: string): string[] {
  return header
    .split(/,\s*/)
    .map(part => unquote(part.trim()))
    .filter(part => part !== '')
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string
    } catch {
      return value.slice(1, -1)
    }
  }
  return value
}

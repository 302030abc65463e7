import type * as SmolToml from 'smol-toml'
import { diagnostic, type Diagnostic, type Position } from '../../model/location.js'
import type { PackageCollector } from './collector.js'
import { asText } from './json.js'
import { splitLines } from './lines.js'
import { listSection, sectionIn } from './sections.js'
import { withoutBom } from '../../sources/text.js'

export type TomlRead =
  { ok: true; value: Record<string, unknown> } | { ok: false; diagnostic: Diagnostic }

let toml: typeof SmolToml | undefined

/** Loads the TOML reader, for the formats whose files (or sibling manifests) are TOML. */
export async function loadTomlReader(): Promise<void> {
  toml ??= await import('smol-toml')
}

/**
 * TOML parsing that never throws on its input: a syntax error becomes a diagnostic at its line
 * and column. Reading before `loadTomlReader` is a bug, and throws.
 */
export function readToml(text: string, file: string): TomlRead {
  if (toml === undefined) throw new Error('the TOML reader is not loaded')
  try {
    return { ok: true, value: toml.parse(withoutBom(text)) as Record<string, unknown> }
  } catch (err) {
    const at = err instanceof toml.TomlError ? { line: err.line, column: err.column } : {}
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err)
    return {
      ok: false,
      diagnostic: diagnostic(file, `not valid TOML: ${message}`, 'parse-error', at)
    }
  }
}

/**
 * Where each `[[table]]` entry of an array of tables starts, in order, pointing at its `name =`
 * line when it has one (that line names the package) and at the header otherwise. Found by a
 * line scan, since the TOML reader keeps no positions; when the scan and the parsed array
 * disagree (a header inside a multi-line string), entries are found by their name instead.
 */
export function arrayTablePositions(
  text: string,
  table: string,
  names: readonly (string | undefined)[]
): (Position | undefined)[] {
  const lines = splitLines(text)
  const header = `[[${table}]]`
  const starts: Position[] = []
  let open: Position | undefined
  lines.forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === header) {
      open = { line: index + 1, column: 1 }
      starts.push(open)
    } else if (line.startsWith('[')) open = undefined
    else if (open && /^name\s*=/.test(line)) {
      open.line = index + 1
      open.column = raw.indexOf('name') + 1
      open = undefined
    }
  })
  if (starts.length === names.length) return starts
  return byName(lines, names)
}

/**
 * The package tables of a lockfile's `[[key]]` array (see `listSection`: any other shape is an
 * error), with where each starts (see `arrayTablePositions`), in the same order.
 */
export function arrayOfTables(
  lock: Record<string, unknown>,
  text: string,
  key: string,
  out: PackageCollector
): { tables: Record<string, unknown>[]; positions: (Position | undefined)[] } {
  const tables = listSection(lock, key, out, sectionIn(text, key))
  const positions = arrayTablePositions(
    text,
    key,
    tables.map(t => asText(t['name']))
  )
  return { tables, positions }
}

/** Names not found at all: each costs a scan to the end, so the search stops after this many. */
const MAX_MISSES = 16

function byName(lines: string[], names: readonly (string | undefined)[]): (Position | undefined)[] {
  let from = 0
  let misses = 0
  return names.map(name => {
    if (name === undefined || misses > MAX_MISSES) return undefined
    const pattern = new RegExp(`^\\s*name\\s*=\\s*["']${escapeRegExp(name)}["']`)
    for (let i = from; i < lines.length; i++) {
      if (pattern.test(lines[i] as string)) {
        from = i + 1
        return { line: i + 1, column: (lines[i] as string).indexOf('name') + 1 }
      }
    }
    misses++
    return undefined
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Where a top-level `key = value` line is (`version`, `lock-version`), for diagnostics about it. */
export function keyPosition(text: string, key: string): Position | undefined {
  const pattern = new RegExp(`^\\s*${escapeRegExp(key)}\\s*=`)
  const index = splitLines(text).findIndex(line => pattern.test(line))
  return index === -1 ? undefined : { line: index + 1, column: 1 }
}

/**
 * What the `[[package]]` tables of a lockfile let another entry name: each package by its name
 * alone and by `name version` (names passed through `normalise` where the format compares them so).
 */
function packageNames(
  entries: readonly Record<string, unknown>[],
  normalise: (name: string) => string = name => name
): Set<string> {
  const known = new Set<string>()
  for (const entry of entries) {
    const name = entry['name']
    if (typeof name !== 'string') continue
    const version = entry['version']
    known.add(normalise(name))
    known.add(`${normalise(name)} ${typeof version === 'string' ? version : ''}`)
  }
  return known
}

/** A package a `[[package]]` table installs with it: `key` as `packageNames` names it, `shown` as written. */
export interface NeededPackage {
  key: string
  shown: string
}

/**
 * What each `[[package]]` table installs with it (`needs`) names another table of the lockfile
 * (names compared through `normalise`, as `packageNames` does): one that names none (a truncated or
 * hand-edited lockfile) is installed but checked nowhere, an error at the table that needs it, once.
 */
export function checkNeededPackages(
  tables: readonly Record<string, unknown>[],
  positions: readonly (Position | undefined)[],
  out: PackageCollector,
  needs: (table: Record<string, unknown>) => NeededPackage[],
  normalise?: (name: string) => string
): void {
  const known = packageNames(tables, normalise)
  tables.forEach((table, index) => {
    for (const { key, shown } of needs(table)) {
      if (known.has(key)) continue
      const message = `${JSON.stringify(shown)} is needed here, but the lockfile has no [[package]] for it: not read`
      out.missing(key, message, out.at(positions[index]))
    }
  })
}

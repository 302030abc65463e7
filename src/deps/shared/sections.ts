import type { Position } from '../../model/location.js'
import type { PackageCollector } from './collector.js'
import { asObject } from './json.js'
import { splitLines } from './lines.js'

/**
 * The top-level section of a lockfile that maps names to packages (`packages` of pnpm or Bun).
 * Absent or empty (`null`) is nothing to read; any other shape is an error at the section, never
 * an empty lockfile: what its package manager installs from it was not checked.
 */
export function tableSection(
  lock: Record<string, unknown>,
  key: string,
  out: PackageCollector,
  locate: Locate
): Record<string, unknown> {
  const value = lock[key]
  const table = asObject(value)
  if (table) return table
  if (value !== undefined && value !== null) wrongShape(key, 'a table of packages', out, locate)
  return {}
}

/**
 * The top-level section that lists packages (TOML's `[[package]]`), its tables: see
 * `tableSection`. Items that are no table (`package = ["time 0.1.0"]`) are an error too.
 */
export function listSection(
  lock: Record<string, unknown>,
  key: string,
  out: PackageCollector,
  locate: Locate
): Record<string, unknown>[] {
  const value = lock[key]
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) wrongShape(key, 'a list of packages', out, locate)
    return []
  }
  const tables: Record<string, unknown>[] = []
  for (const item of value as unknown[]) {
    const table = asObject(item)
    if (table) tables.push(table)
  }
  if (tables.length < value.length) wrongShape(key, 'a list of package tables', out, locate)
  return tables
}

function wrongShape(key: string, expected: string, out: PackageCollector, locate: Locate): void {
  out.error(
    `\`${key}\` is not ${expected}: nothing in it was checked`,
    'unexpected-shape',
    locate()
  )
}

/** Where a section is, looked for only when there is something to say about it. */
export type Locate = () => Partial<Position> | undefined

/**
 * The line that opens a top-level section, however the format writes it: `"key":` (JSON),
 * `key:` (YAML), `key =`, `[key]` or `[[key]]` (TOML).
 */
export function sectionIn(text: string, key: string): Locate {
  return () => sectionPosition(text, key)
}

function sectionPosition(text: string, key: string): Position | undefined {
  const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const opening = new RegExp(`^\\s*(\\[\\[?\\s*"?${name}"?\\s*\\]|"?${name}"?\\s*[:=])`)
  const index = splitLines(text).findIndex(line => opening.test(line))
  return index === -1 ? undefined : { line: index + 1, column: 1 }
}

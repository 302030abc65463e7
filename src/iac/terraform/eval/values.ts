import type { Range, SourceLocation } from '../../../model/location.js'
import type { MapEntry, SymbolicValue, Value } from '../../../model/value.js'

/** Small constructors and walkers for located values. */

export function locOf(file: string, range: Range): SourceLocation {
  return { file, line: range.start.line, column: range.start.column, value: range }
}

export function symbolic(
  fn: string,
  expr: string,
  refs: Iterable<string>,
  loc: SourceLocation,
  args?: Value
): SymbolicValue {
  const v: SymbolicValue = { kind: 'symbolic', fn, expr, refs: [...new Set(refs)], loc }
  if (args) v.args = args
  return v
}

/** Every name the symbolic parts of a value refer to. */
export function refsIn(v: Value | undefined, out: Set<string> = new Set()): Set<string> {
  if (!v) return out
  if (v.kind === 'symbolic') v.refs.forEach(r => out.add(r))
  else if (v.kind === 'list') v.items.forEach(i => refsIn(i, out))
  else if (v.kind === 'map') v.entries.forEach(e => refsIn(e.value, out))
  return out
}

/** Whether a value holds nothing symbolic anywhere. */
export function isLiteral(v: Value): boolean {
  if (v.kind === 'symbolic') return false
  if (v.kind === 'list') return v.items.every(isLiteral)
  if (v.kind === 'map') return [...v.entries.values()].every(e => isLiteral(e.value))
  return true
}

/** Whether two values are the same scalar (one with choices is not a single value). */
export function sameScalar(a: Value, b: Value): boolean {
  return (
    a.kind === 'scalar' && b.kind === 'scalar' && !a.choices && !b.choices && a.value === b.value
  )
}

/** The number of nodes in a value: what a copy of it costs. */
export function sizeOf(v: Value): number {
  if (v.kind === 'list') return v.items.reduce((n, i) => n + sizeOf(i), 1)
  if (v.kind === 'map') {
    let n = 1
    for (const e of v.entries.values()) n += sizeOf(e.value)
    return n
  }
  return 1
}

/** Moves every location of a value by whole lines (and columns on its first line). */
export function shift(v: Value, lines: number, firstLineColumns: number): Value {
  const move = (loc: SourceLocation): SourceLocation => shiftLoc(loc, lines, firstLineColumns)
  switch (v.kind) {
    case 'scalar':
    case 'symbolic':
      return { ...v, loc: move(v.loc) }
    case 'list':
      return {
        kind: 'list',
        items: v.items.map(i => shift(i, lines, firstLineColumns)),
        loc: move(v.loc)
      }
    case 'map': {
      const entries = new Map<string, MapEntry>()
      for (const [k, e] of v.entries) {
        entries.set(k, {
          key: k,
          keyLoc: move(e.keyLoc),
          value: shift(e.value, lines, firstLineColumns)
        })
      }
      return { kind: 'map', entries, loc: move(v.loc) }
    }
  }
}

function shiftLoc(loc: SourceLocation, lines: number, cols: number): SourceLocation {
  const pos = (p: { line: number; column: number }): { line: number; column: number } => ({
    line: p.line + lines,
    column: p.line === 1 ? p.column + cols : p.column
  })
  const at = pos(loc)
  const out: SourceLocation = { file: loc.file, line: at.line, column: at.column }
  if (loc.value) out.value = { start: pos(loc.value.start), end: pos(loc.value.end) }
  return out
}

/** The value at a literal traversal step: a map key or a list index; undefined otherwise. */
export function step(v: Value, key: string | number): Value | undefined {
  if (v.kind === 'map') return v.entries.get(String(key))?.value
  if (v.kind === 'list' && typeof key === 'number') return v.items[key]
  return undefined
}

import type { SourceLocation } from '../../src/model/location.js'
import type { Value } from '../../src/model/value.js'

/**
 * A located tree with every extent as the plain range it stands for: readers that keep extents as
 * offsets (computed when read) compare equal to readers that build them at once.
 */
export function plainTree(v: Value | undefined): unknown {
  if (v === undefined) return undefined
  const loc = plainLocation(v.loc)
  switch (v.kind) {
    case 'scalar':
      return { ...v, loc }
    case 'list':
      return { ...v, items: v.items.map(plainTree), loc }
    case 'symbolic':
      return { ...v, args: plainTree(v.args), loc }
    case 'map': {
      const entries = [...v.entries].map(([k, e]) => [
        k,
        { ...e, keyLoc: plainLocation(e.keyLoc), value: plainTree(e.value) }
      ])
      return { ...v, entries: new Map(entries as [string, unknown][]), loc }
    }
  }
}

export function plainLocation(loc: SourceLocation): SourceLocation {
  const { value, ...at } = loc
  return value ? { ...at, value: { start: { ...value.start }, end: { ...value.end } } } : at
}

import {
  isList,
  isMap,
  withEntries,
  withValue,
  writtenText,
  type MapEntry,
  type MapValue,
  type Value
} from '../../model/value.js'

const LOOP = 'Fn::ForEach::'

/**
 * `Fn::ForEach` (the `AWS::LanguageExtensions` transform) writes once what it deploys for every
 * item of a collection. Each loop's resources take its place in `Resources`, as written
 * (`${Name}Role`): what they grant is checked and reported once, at the lines that write it, what
 * ever the collection holds. A loop that is not `[identifier, collection, resources]` stays, and
 * is reported where the template is mapped.
 */
export function withLoopsUnrolled(template: MapValue): MapValue {
  // A template is read for its format, then mapped: its resources are looked through once.
  if (unrolledAlready.has(template)) return template
  const out = unrolled(template)
  unrolledAlready.add(out)
  return out
}

const unrolledAlready = new WeakSet<MapValue>()

function unrolled(template: MapValue): MapValue {
  const e = template.entries.get('Resources')
  if (!e || !mayHoldLoop(e.value)) return template
  const resources = loopSection(e.value) ?? e.value
  if (!isMap(resources)) return template
  const members = new Map<string, MapEntry>()
  let changed = resources !== e.value
  for (const [key, member] of resources.entries) {
    if (key.startsWith(LOOP) && unrollLoop(member.value, members)) changed = true
    else members.set(key, member)
  }
  if (!changed) return template
  const entries = new Map(template.entries)
  entries.set('Resources', withValue(e, withEntries(resources, members)))
  return withEntries(template, entries)
}

/** A large template read with its text is passed over unless the text names a loop. */
function mayHoldLoop(section: Value): boolean {
  const written = writtenText(section)
  return written === undefined || written.includes(LOOP) || written.includes('\\')
}

/** A section holding a loop alone is read as the intrinsic: the loop is its one member. */
function loopSection(section: Value): MapValue | undefined {
  if (section.kind !== 'symbolic' || !section.fn.startsWith(LOOP) || !section.args) return undefined
  const loop: MapEntry = { key: section.fn, keyLoc: section.loc, value: section.args }
  return { kind: 'map', entries: new Map([[section.fn, loop]]), loc: section.loc }
}

/** Adds a loop's resources (and those of loops inside it); false when it is not a loop. */
function unrollLoop(args: Value, into: Map<string, MapEntry>): boolean {
  if (!isList(args) || args.items.length !== 3) return false
  const body = args.items[2] as Value
  const resources = loopSection(body) ?? body
  if (!isMap(resources)) return false
  for (const [key, member] of resources.entries) {
    if (key.startsWith(LOOP) && unrollLoop(member.value, into)) continue
    into.set(key, member)
  }
  return true
}

import yaml from 'js-yaml'
import type { SourceLocation } from '../../model/location.js'
import type { MapEntry, Scalar, Value } from '../../model/value.js'
import { CFN_SHORT_TAGS } from './cfn-tags.js'
import { intrinsicFromMap, intrinsicFromTag } from './intrinsics.js'
import { isPlainMergeKey, withMerges } from './merge-keys.js'
import { blockScalarTextStart, LineIndex } from './line-index.js'
import { resolvePlainScalar, yaml11Boolean } from './plain-scalar.js'
import { OffsetLocation } from './text-range.js'
import type { LoadLimits } from './yaml.js'

/**
 * The fast reader: js-yaml's event stream turned into the same located tree the full YAML reader
 * builds, about ten times faster. Plain scalars are resolved with the YAML 1.2 core schema (as the
 * full reader does), so `2012-10-17` stays a string. Whatever it is not sure to read exactly as
 * the full reader would (directives, explicit tags it does not know, complex keys, events it cannot
 * pair) makes it give up with `NotFastReadable`, and the caller reads the text the full way.
 */
export class NotFastReadable extends Error {}

const SCHEMA = yaml.FAILSAFE_SCHEMA.extend(
  CFN_SHORT_TAGS.flatMap(name =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      kind => new yaml.Type(`!${name}`, { kind, construct: (d: unknown) => d })
    )
  )
)

const STR_TAG = 'tag:yaml.org,2002:str'
const SEQ_TAG = 'tag:yaml.org,2002:seq'
const MAP_TAG = 'tag:yaml.org,2002:map'

interface ListenerState {
  position: number
  kind?: string | null
  tag?: string | null
  anchor?: string | null
  result: unknown
}

interface Frame {
  open: number
  children: Value[]
  /** Key starts of a mapping's children (even indexes), for key locations. */
  starts: number[]
  /** End of the last child's value, for the extent of block collections. */
  lastEnd: number
  /** Values counted before this node opened: its expanded size is what it adds. */
  nodesAtOpen: number
  /** Whether the last child's extent ends with an empty value (the full reader ends it there). */
  lastEmptyEnd: boolean
  /** Levels of its tallest child so far, aliases at their expanded height. */
  height: number
}

export function loadFast(file: string, text: string, limits: LoadLimits): Value | undefined {
  // js-yaml drops a byte order mark (columns would shift) and applies directives its own way.
  if (text.charCodeAt(0) === 0xfeff || /^%/m.test(text)) throw new NotFastReadable('directives')
  return new FastReader(file, text, limits).read()
}

class FastReader {
  private stack: Frame[] = []
  private root?: Value
  private index: LineIndex
  private anchors = new Map<string, Value>()
  private sizes = new Map<Value, number>()
  /** Levels of each anchored value: aliases to aliases nest deeper than the text shows. */
  private heights = new Map<Value, number>()
  /** Values read, aliases counted at their expanded size: an anchored value's size is its share. */
  private nodes = 0
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  private aliased = 0
  /** Values of empty nodes: js-yaml's look for a key that found nothing. */
  private empty = new WeakSet<Value>()
  /** End offset of the value built last, and whether it ends with an empty value. */
  private builtEnd = 0
  private builtEmptyEnd = false

  constructor(
    private file: string,
    private text: string,
    private limits: LoadLimits
  ) {
    this.index = new LineIndex(text)
  }

  read(): Value | undefined {
    const listener = (event: 'open' | 'close', state: ListenerState): void => {
      if (event === 'open')
        this.stack.push({
          open: state.position,
          children: [],
          starts: [],
          lastEnd: 0,
          nodesAtOpen: this.nodes,
          lastEmptyEnd: false,
          height: 0
        })
      else {
        this.close(state)
        forgetComposed(state)
      }
    }
    try {
      yaml.load(this.text, {
        schema: SCHEMA,
        json: true,
        listener,
        maxDepth: this.limits.maxDepth
      } as yaml.LoadOptions)
    } catch (err) {
      throw err instanceof NotFastReadable ? err : new NotFastReadable(String(err))
    }
    return this.root
  }

  private close(state: ListenerState): void {
    const frame = this.stack.pop()
    if (!frame) throw new NotFastReadable('unbalanced events')
    const start = this.contentStart(frame.open)
    const value = this.build(frame, state, start)
    const aliased = this.text.charCodeAt(start) === 0x2a /* * */
    const height = aliased ? (this.heights.get(value) ?? 1) : frame.height + 1
    // The full reader says where: it counts the same levels.
    if (this.stack.length + height > this.limits.maxDepth)
      throw new NotFastReadable('aliases nest too deep')
    if (state.anchor) {
      this.anchors.set(state.anchor, value)
      this.sizes.set(value, this.nodes - frame.nodesAtOpen)
      this.heights.set(value, height)
    }
    const parent = this.stack[this.stack.length - 1]
    if (parent) parent.height = Math.max(parent.height, height)
    if (!parent) {
      this.root = value
      return
    }
    const previous = parent.starts[parent.starts.length - 1]
    if (previous !== undefined && start < previous) throw new NotFastReadable('events out of order')
    parent.children.push(value)
    parent.starts.push(start)
    parent.lastEnd = this.builtEnd
    parent.lastEmptyEnd = this.builtEmptyEnd
  }

  private build(frame: Frame, state: ListenerState, start: number): Value {
    if (this.text.charCodeAt(start) === 0x2a /* * */) return this.alias(start)
    // js-yaml reads some nodes twice (a scalar as a possible key, then as the node; a document's
    // root): an only child starting where its parent does is the same node, already built.
    const inner = frame.children[0]
    if (
      frame.children.length === 1 &&
      inner &&
      frame.starts[0] === start &&
      !this.empty.has(inner)
    ) {
      this.builtEnd = frame.lastEnd
      this.builtEmptyEnd = frame.lastEmptyEnd
      return inner
    }
    const value = this.node(frame, state, start)
    this.nodes += 1
    return value
  }

  private node(frame: Frame, state: ListenerState, start: number): Value {
    const tag = this.customTag(state.tag)
    if (state.kind === 'mapping') {
      const end = this.collectionEnd(frame, state.position, start)
      const loc = this.loc(start, end)
      const map: Value = { kind: 'map', entries: this.entries(frame), loc }
      return this.ended(
        frame,
        tag ? intrinsicFromTag(tag, map, loc) : (intrinsicFromMap(map) ?? map),
        end
      )
    }
    if (state.kind === 'sequence') {
      if (!Array.isArray(state.result) || state.result.length !== frame.children.length)
        throw new NotFastReadable('sequence items do not pair with events')
      const end = this.collectionEnd(frame, state.position, start)
      const loc = this.loc(start, end)
      const list: Value = { kind: 'list', items: frame.children, loc }
      return this.ended(frame, tag ? intrinsicFromTag(tag, list, loc) : list, end)
    }
    return this.scalar(frame, state, start, tag)
  }

  private scalar(
    frame: Frame,
    state: ListenerState,
    start: number,
    tag: string | undefined
  ): Value {
    if (state.kind === null || state.kind === undefined) {
      // An empty value: the full reader places it where the reader stood, with no extent.
      if (state.tag !== null && state.tag !== undefined) throw new NotFastReadable('tagged empty')
      if (state.anchor) throw new NotFastReadable('anchored empty')
      let next = frame.open
      while (isBlank(this.text.charCodeAt(next))) next++
      if (this.text.charCodeAt(next) === 0x23)
        throw new NotFastReadable('comment after an empty value')
      const at = this.index.position(frame.open)
      const empty: Value = { kind: 'scalar', value: null, loc: this.locAt(at, at) }
      this.empty.add(empty)
      this.ended(frame, empty, frame.open)
      this.builtEmptyEnd = true
      return empty
    }
    const raw = typeof state.result === 'string' ? state.result : ''
    const first = this.text.charCodeAt(start)
    const block = first === 0x7c /* | */ || first === 0x3e /* > */
    const end = block
      ? this.blockScalarEnd(start, state.position)
      : this.trimEnd(state.position, start)
    const yaml11 = state.tag === '?' && this.limits.yaml11Booleans ? yaml11Boolean(raw) : undefined
    const value: Scalar = yaml11 ?? (state.tag === '?' ? resolvePlainScalar(raw) : raw)
    const loc = this.loc(start, end)
    const scalar: Value = { kind: 'scalar', value, loc }
    // A JSON document written as a block scalar is located from its first content character.
    if (block && /^\s*[[{]/.test(raw))
      scalar.textStart = this.index.position(blockScalarTextStart(this.text, start))
    return this.ended(frame, tag ? intrinsicFromTag(tag, scalar, loc) : scalar, end)
  }

  private ended(frame: Frame, value: Value, end: number): Value {
    this.builtEnd = end
    this.builtEmptyEnd = this.endsEmpty(frame)
    return value
  }

  private alias(start: number): Value {
    let i = start + 1
    while (i < this.text.length && !/[\s,[\]{}]/.test(this.text[i] as string)) i++
    const value = this.anchors.get(this.text.slice(start + 1, i))
    if (!value) throw new NotFastReadable('alias to an incomplete anchor')
    this.builtEnd = i
    this.builtEmptyEnd = false
    const size = this.sizes.get(value) ?? 1
    this.nodes += size
    this.aliased += size
    if (this.aliased > this.limits.maxNodes)
      throw new NotFastReadable('aliases add too many values')
    return value
  }

  private entries(frame: Frame): Map<string, MapEntry> {
    const { children, starts } = frame
    if (children.length % 2 !== 0) throw new NotFastReadable('mapping keys do not pair')
    const entries = new Map<string, MapEntry>()
    const merges: MapEntry[] = []
    for (let i = 0; i < children.length; i += 2) {
      const keyValue = children[i] as Value
      if (keyValue.kind !== 'scalar') throw new NotFastReadable('complex key')
      const key = String(keyValue.value)
      const start = starts[i] as number
      const at = this.index.position(start)
      const entry = {
        key,
        keyLoc: { file: this.file, line: at.line, column: at.column },
        value: children[i + 1] as Value
      }
      if (isPlainMergeKey(key, this.text, start)) merges.push(entry)
      else entries.set(key, entry)
    }
    return withMerges(entries, merges)
  }

  /** `!Ref`-style tags become intrinsics; the standard ones change nothing; others are not ours. */
  private customTag(tag: string | null | undefined): string | undefined {
    if (tag === null || tag === undefined || tag === '?') return undefined
    if (tag === STR_TAG || tag === SEQ_TAG || tag === MAP_TAG) return undefined
    if (tag.startsWith('!') && !tag.startsWith('!!') && tag.length > 1) return tag.slice(1)
    throw new NotFastReadable(`tag ${tag}`)
  }

  /** Where a node's content starts: after blanks, comments, its tag and its anchor. */
  private contentStart(from: number): number {
    const t = this.text
    let i = this.skipBlanks(from)
    for (;;) {
      const c = t.charCodeAt(i)
      if (c !== 0x21 /* ! */ && c !== 0x26 /* & */) return i
      while (i < t.length && !isBlank(t.charCodeAt(i))) i++
      i = this.skipBlanks(i)
    }
  }

  private skipBlanks(from: number): number {
    const t = this.text
    let i = from
    for (;;) {
      const c = t.charCodeAt(i)
      if (isBlank(c)) i++
      else if (c === 0x23 /* # */ && (i === 0 || isBlank(t.charCodeAt(i - 1)))) {
        while (i < t.length && t.charCodeAt(i) !== 0x0a) i++
      } else if (c === 0x2d /* - */ && this.isDocumentStart(i)) i += 3
      else return i
    }
  }

  private isDocumentStart(i: number): boolean {
    const t = this.text
    return (
      (i === 0 || t.charCodeAt(i - 1) === 0x0a) &&
      t.startsWith('---', i) &&
      (i + 3 >= t.length || isBlank(t.charCodeAt(i + 3)))
    )
  }

  private trimEnd(end: number, start: number): number {
    let e = end
    while (e > start && isBlank(this.text.charCodeAt(e - 1))) e--
    return e
  }

  /** A block scalar ends after the line break of its last non-blank line. */
  private blockScalarEnd(start: number, close: number): number {
    const header = this.text.slice(start, this.text.indexOf('\n', start) >>> 0)
    if (header.includes('+')) throw new NotFastReadable('kept block scalar')
    return this.afterLine(this.trimEnd(close, start))
  }

  private endsEmpty(frame: Frame): boolean {
    return frame.children.length > 0 && frame.lastEmptyEnd
  }

  /** A block collection ends after the line of its last value; a flow one at its bracket. */
  private collectionEnd(frame: Frame, close: number, start: number): number {
    const c = this.text.charCodeAt(start)
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) return this.trimEnd(close, start)
    // After an empty last value, the full reader ends the collection where that value is.
    if (this.endsEmpty(frame)) return frame.lastEnd
    const end = this.afterLine(frame.lastEnd)
    // Where comments after a collection's last value belong is the full reader's subtle call.
    // Looked for between the two only: a search to the end of the text would make reading quadratic.
    for (let i = end; i < close; i++)
      if (this.text.charCodeAt(i) === 0x23) throw new NotFastReadable('comment after a collection')
    return end
  }

  /** After the line break that ends the line `at` is on (trailing blanks and a comment allowed). */
  private afterLine(at: number): number {
    const t = this.text
    if (at > 0 && t.charCodeAt(at - 1) === 0x0a) return at
    let i = at
    while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++
    if (t.charCodeAt(i) === 0x23) while (i < t.length && t.charCodeAt(i) !== 0x0a) i++
    if (t.charCodeAt(i) === 0x0d) i++
    if (t.charCodeAt(i) === 0x0a) i++
    return i
  }

  /** Where a value starts, now; its extent as offsets, turned into lines when it is read. */
  private loc(start: number, end: number): SourceLocation {
    const at = this.index.position(start)
    return new OffsetLocation(this.file, at.line, at.column, this.index, start, end)
  }

  private locAt(
    s: { line: number; column: number },
    e: { line: number; column: number }
  ): SourceLocation {
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } }
  }
}

const COMPOSED_MAP = Object.freeze({})
const COMPOSED_LIST = Object.freeze([])

/**
 * Once a collection is read into the located tree, js-yaml's own copy of it is not needed: its
 * parent keeps a shared empty stand-in instead, so a large template is held once, not twice.
 */
function forgetComposed(state: ListenerState): void {
  if (state.result === null || typeof state.result !== 'object') return
  state.result = Array.isArray(state.result) ? COMPOSED_LIST : COMPOSED_MAP
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

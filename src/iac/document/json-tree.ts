import type { SourceLocation } from '../../model/location.js'
import {
  EACH_MEMBER,
  MEMBER,
  MEMBER_VALUE,
  PARSED_DATA,
  WRITTEN_TEXT,
  type ListValue,
  type MapEntry,
  type MapValue,
  type Scalar,
  type ScalarValue,
  type Value
} from '../../model/value.js'
import { intrinsicFromMap } from './intrinsics.js'
import type { JsonOffsets } from './json-offsets.js'
import { LineIndex } from './line-index.js'
import { OffsetLocation, TextRange } from './text-range.js'

/**
 * The located tree of a JSON text, over the offsets of every value (`jsonOffsets`). Values are
 * read from the text when they are first asked for, and a collection's members become located
 * values when they are first read, so a template of millions of values costs little more than
 * scanning it until a rule or mapper looks at a part of it.
 *
 * `loc`, `entries`, `items` and an entry's `keyLoc` are read through getters, which spreading
 * (`{ ...map }`) leaves out: copies name them (`relocated`, `withEntries`, `withItems`,
 * `withValue`).
 */
export function jsonTree(file: string, text: string, offsets: JsonOffsets): Value {
  return new JsonDocument(file, text, offsets).value(0)
}

class JsonDocument {
  private lineIndex?: LineIndex

  constructor(
    readonly file: string,
    readonly text: string,
    readonly offsets: JsonOffsets
  ) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.offsets.lineStarts))
  }

  /** The value numbered `at`. */
  value(at: number): Value {
    const c = this.text.charCodeAt(this.offsets.from[at] as number)
    if (c === 0x5b) return new JsonList(this, at)
    if (c !== 0x7b) return new JsonScalar(this, this.scalar(at), at)
    const map = new JsonMap(this, at)
    return this.mayBeIntrinsic(at) ? (intrinsicFromMap(map) ?? map) : map
  }

  /** The string, number, boolean or null numbered `at`. */
  scalar(at: number): Scalar {
    const t = this.text
    const from = this.offsets.from[at] as number
    const to = this.offsets.to[at] as number
    const c = t.charCodeAt(from)
    if (c === QUOTE) {
      const s = t.slice(from + 1, to - 1)
      return s.includes('\\') ? (JSON.parse(t.slice(from, to)) as string) : s
    }
    if (c === 0x74) return true
    if (c === 0x66) return false
    if (c === 0x6e) return null
    return Number(t.slice(from, to))
  }

  /** Whether the value numbered `at` is an object or a list. */
  isCollection(at: number): boolean {
    const c = this.text.charCodeAt(this.offsets.from[at] as number)
    return c === 0x7b || c === 0x5b
  }

  /** The value as plain data, parsed from its text when asked (a walk over a large template's data). */
  data(at: number): unknown {
    return JSON.parse(this.written(at))
  }

  /**
   * Whether the object numbered `at` may be an intrinsic: every member (one, unless repeated) is
   * under a key naming one (`Ref`, `Fn::...`, `Condition`), which `intrinsicFromMap` then reads.
   */
  private mayBeIntrinsic(at: number): boolean {
    const { next, key } = this.offsets
    const end = next[at] as number
    const first = at + 1
    if (first >= end) return false
    const k = key[first] as number
    // Most objects are not: their first key starts with another letter, and is not escaped.
    const initial = this.text.charCodeAt(k + 1)
    if (k >= 0 && initial !== 0x52 && initial !== 0x46 && initial !== 0x43) return false
    const name = this.keyText(first)
    if (name !== 'Ref' && name !== 'Condition' && !name.startsWith('Fn::')) return false
    for (let m = next[first] as number; m < end; m = next[m] as number) {
      if (!this.keyIs(m, name)) return false
    }
    return true
  }

  written(at: number): string {
    return this.text.slice(this.offsets.from[at], this.offsets.to[at])
  }

  loc(at: number): SourceLocation {
    const from = this.offsets.from[at] as number
    const p = this.lines.position(from)
    return new OffsetLocation(
      this.file,
      p.line,
      p.column,
      this.lines,
      from,
      this.offsets.to[at] as number
    )
  }

  keyLoc(at: number): SourceLocation {
    const p = this.lines.position(this.keyFrom(at))
    return { file: this.file, line: p.line, column: p.column }
  }

  /** At the key, with the extent of the value. */
  entryLoc(at: number): SourceLocation {
    const p = this.lines.position(this.keyFrom(at))
    const { from, to } = this.offsets
    return new OffsetLocation(
      this.file,
      p.line,
      p.column,
      this.lines,
      from[at] as number,
      to[at] as number
    )
  }

  items(at: number): Value[] {
    const next = this.offsets.next
    const end = next[at] as number
    const items: Value[] = []
    for (let child = at + 1; child < end; child = next[child] as number) {
      items.push(this.value(child))
    }
    return items
  }

  /**
   * Puts the members in `into`, in the order they are written, reusing those already `built`. A
   * repeated key keeps its first place and takes the later value (as `JSON.parse` does), located
   * where the later one is written.
   */
  fillEntries(at: number, into: Map<string, MapEntry>, built?: ReadonlyMap<string, MapEntry>) {
    const { next } = this.offsets
    const end = next[at] as number
    for (let child = at + 1; child < end; child = next[child] as number) {
      const key = this.keyText(child)
      const known = built?.get(key)
      // A member looked up before is the last one under its key.
      setEntry.call(into, key, known ?? this.entry(key, child))
    }
  }

  /** Whether the members can be looked up one by one: a small object. */
  readsSingly(at: number): boolean {
    const { next } = this.offsets
    const end = next[at] as number
    let members = 0
    for (let child = at + 1; child < end; child = next[child] as number) {
      if (++members > MAX_READ_SINGLY) return false
    }
    return true
  }

  /** The last member under `key` of the object numbered `at`, or -1. */
  member(at: number, key: string): number {
    const { next } = this.offsets
    const end = next[at] as number
    let found = -1
    for (let child = at + 1; child < end; child = next[child] as number) {
      if (this.keyIs(child, key)) found = child
    }
    return found
  }

  /** Each member of the object numbered `at`, built as it is listed and not kept. */
  members(at: number): Iterable<MapEntry> {
    return new MemberListing(this, at)
  }

  /** The index following the value numbered `at` and its members. */
  after(at: number): number {
    return this.offsets.next[at] as number
  }

  entry(key: string, at: number): MapEntry {
    return new JsonEntry(this, key, this.value(at), at)
  }

  /** Where the key of the member numbered `at` opens. */
  private keyFrom(at: number): number {
    const k = this.offsets.key[at] as number
    return k < 0 ? -1 - k : k
  }

  /** The key of the member numbered `at`, as written up to its closing quote. */
  private keyClose(at: number): number {
    let i = (this.offsets.from[at] as number) - 1
    while (this.text.charCodeAt(i) !== QUOTE) i--
    return i
  }

  keyText(at: number): string {
    const k = this.offsets.key[at] as number
    const close = this.keyClose(at)
    if (k >= 0) return this.text.slice(k + 1, close)
    return JSON.parse(this.text.slice(-1 - k, close + 1)) as string
  }

  private keyIs(at: number, key: string): boolean {
    const k = this.offsets.key[at] as number
    if (k < 0) return this.keyText(at) === key
    return this.keyClose(at) - k - 1 === key.length && this.text.startsWith(key, k + 1)
  }
}

const QUOTE = 0x22

/** The members of an object, listed once (a plain iterator: faster than a generator). */
class MemberListing implements IterableIterator<MapEntry> {
  readonly #doc: JsonDocument
  readonly #end: number
  #child: number

  constructor(doc: JsonDocument, at: number) {
    this.#doc = doc
    this.#end = doc.after(at)
    this.#child = at + 1
  }

  next(): IteratorResult<MapEntry> {
    const child = this.#child
    if (child >= this.#end) return { done: true, value: undefined }
    const doc = this.#doc
    this.#child = doc.after(child)
    return { done: false, value: doc.entry(doc.keyText(child), child) }
  }

  [Symbol.iterator](): this {
    return this
  }
}

/** A scalar, located when its location is first read. */
class JsonScalar implements ScalarValue {
  readonly kind = 'scalar'
  readonly #doc: JsonDocument
  readonly #at: number
  #loc?: SourceLocation

  constructor(
    doc: JsonDocument,
    readonly value: Scalar,
    at: number
  ) {
    this.#doc = doc
    this.#at = at
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#doc.loc(this.#at))
  }
}

/** Objects with more members than this are built whole when first read (a template's `Resources`). */
const MAX_READ_SINGLY = 24

const setEntry = Map.prototype.set as (this: Map<string, MapEntry>, k: string, e: MapEntry) => void

/**
 * An object's members, built one by one as they are looked up (`get`, `has`) and all at once, in
 * the order they are written, when they are listed or counted: a mapper reading a few properties
 * of each of 200,000 resources builds those, and a walk over the data reads the data.
 */
class JsonEntries extends Map<string, MapEntry> {
  /** The document, until every member is built. */
  #doc: JsonDocument | undefined
  readonly #at: number
  #singly?: boolean
  /** Whether a member was set or deleted since the text was read: the text no longer says it. */
  #changed = false

  constructor(doc: JsonDocument, at: number, built: readonly MapEntry[] = [], singly?: boolean) {
    super()
    this.#doc = doc
    this.#at = at
    this.#singly = singly
    for (const e of built) super.set(e.key, e)
  }

  /** The object as plain data, until every member is built. */
  data(): unknown {
    return this.#doc?.data(this.#at)
  }

  /** The object's text, unless a member was set or deleted since. */
  written(doc: JsonDocument): string | undefined {
    return this.#changed ? undefined : doc.written(this.#at)
  }

  override get(key: string): MapEntry | undefined {
    const doc = this.#doc
    if (!doc) return super.get(key)
    const known = super.get(key)
    if (known) return known
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.complete().get(key)
    const at = doc.member(this.#at, key)
    if (at < 0) return undefined
    const e = doc.entry(key, at)
    super.set(key, e)
    return e
  }

  override has(key: string): boolean {
    const doc = this.#doc
    if (!doc || super.has(key)) return super.has(key)
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.complete().has(key)
    return doc.member(this.#at, key) >= 0
  }

  override get size(): number {
    return this.complete().sizeBuilt()
  }

  private sizeBuilt(): number {
    return super.size
  }

  override forEach(
    f: (value: MapEntry, key: string, map: Map<string, MapEntry>) => void,
    self?: unknown
  ): void {
    this.complete()
    super.forEach(f, self)
  }

  override keys(): MapIterator<string> {
    this.complete()
    return super.keys()
  }

  override values(): MapIterator<MapEntry> {
    this.complete()
    return super.values()
  }

  override entries(): MapIterator<[string, MapEntry]> {
    this.complete()
    return super.entries()
  }

  override [Symbol.iterator](): MapIterator<[string, MapEntry]> {
    this.complete()
    return super[Symbol.iterator]()
  }

  override set(key: string, e: MapEntry): this {
    this.complete()
    this.#changed = true
    return super.set(key, e)
  }

  override delete(key: string): boolean {
    this.complete()
    this.#changed = true
    return super.delete(key)
  }

  override clear(): void {
    this.complete()
    this.#changed = true
    super.clear()
  }

  /** Every member built, in the order written; those looked up before are kept. */
  private complete(): this {
    const doc = this.#doc
    if (!doc) return this
    this.#doc = undefined
    const built = super.size > 0 ? new Map(super.entries()) : undefined
    if (built) super.clear()
    doc.fillEntries(this.#at, this, built)
    return this
  }
}

class JsonMap implements MapValue {
  readonly kind = 'map'
  readonly #doc: JsonDocument
  readonly #at: number
  /**
   * The members once `entries` is read; before, those looked up (one, or a few: see `MEMBER`).
   * One field for both: a large template has hundreds of thousands of maps.
   */
  #members?: JsonEntries | MapEntry | MapEntry[]
  #singly?: boolean
  #loc?: SourceLocation

  constructor(doc: JsonDocument, at: number) {
    this.#doc = doc
    this.#at = at
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#doc.loc(this.#at))
  }

  get entries(): Map<string, MapEntry> {
    const members = this.#members
    if (members instanceof JsonEntries) return members
    const built = members === undefined ? [] : Array.isArray(members) ? members : [members]
    const entries = new JsonEntries(this.#doc, this.#at, built, this.#singly)
    this.#members = entries
    return entries
  }

  /**
   * The member under `key`, built without a `Map` of members while the object is small.
   * Collections are kept, so a member read twice is one value; scalars are built each time.
   */
  [MEMBER](key: string): MapEntry | undefined {
    const members = this.#members
    if (members instanceof JsonEntries) return members.get(key)
    const known = builtMember(members, key)
    if (known) return known
    const doc = this.#doc
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this.entries.get(key)
    const at = doc.member(this.#at, key)
    if (at < 0) return undefined
    const e = doc.entry(key, at)
    // A scalar is read again as cheaply as it is kept: kept, it would outlive most readers.
    if (!doc.isCollection(at)) return e
    this.#members =
      members === undefined ? e : Array.isArray(members) ? [...members, e] : [members, e]
    return e
  }

  /** The value under `key`, not kept here unless it already was (see `readOnce`). */
  [MEMBER_VALUE](key: string): Value | undefined {
    const members = this.#members
    const doc = this.#doc
    if (members instanceof JsonEntries || builtMember(members, key)) return this[MEMBER](key)?.value
    if (!(this.#singly ??= doc.readsSingly(this.#at))) return this[MEMBER](key)?.value
    const at = doc.member(this.#at, key)
    return at < 0 ? undefined : doc.value(at)
  }

  [EACH_MEMBER](): Iterable<MapEntry> {
    const members = this.#members
    return members instanceof JsonEntries ? members.values() : this.#doc.members(this.#at)
  }

  [PARSED_DATA](): unknown {
    const members = this.#members
    return members instanceof JsonEntries ? members.data() : this.#doc.data(this.#at)
  }

  [WRITTEN_TEXT](): string | undefined {
    const members = this.#members
    return members instanceof JsonEntries ? members.written(this.#doc) : this.#doc.written(this.#at)
  }
}

/** The member under `key` among those looked up before the members were listed. */
function builtMember(built: MapEntry | MapEntry[] | undefined, key: string): MapEntry | undefined {
  const known = Array.isArray(built) ? built.find(e => e.key === key) : built
  return known?.key === key ? known : undefined
}

/**
 * A member of an object, located at its key when the location is first read: most keys of a large
 * template are never reported. Copies of an entry name its key location (`withValue`).
 */
class JsonEntry implements MapEntry {
  readonly #doc: JsonDocument
  readonly #at: number
  #keyLoc?: SourceLocation

  constructor(
    doc: JsonDocument,
    readonly key: string,
    readonly value: Value,
    at: number
  ) {
    this.#doc = doc
    this.#at = at
  }

  get keyLoc(): SourceLocation {
    return (this.#keyLoc ??= this.#doc.keyLoc(this.#at))
  }

  /** Where a fact this entry sets is located: its key, with its value's extent (`locOfEntry`). */
  location(): SourceLocation {
    return this.#doc.entryLoc(this.#at)
  }
}

/** `locOfEntry` of an entry read from JSON, in one object; undefined for other entries. */
export function jsonEntryLocation(e: MapEntry): SourceLocation | undefined {
  return e instanceof JsonEntry ? e.location() : undefined
}

class JsonList implements ListValue {
  readonly kind = 'list'
  readonly #doc: JsonDocument
  readonly #at: number
  #items?: Value[]
  #loc?: SourceLocation

  constructor(doc: JsonDocument, at: number) {
    this.#doc = doc
    this.#at = at
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#doc.loc(this.#at))
  }

  get items(): Value[] {
    return (this.#items ??= this.#doc.items(this.#at))
  }

  [PARSED_DATA](): unknown {
    return this.#items ? undefined : this.#doc.data(this.#at)
  }

  /** The list's text while its items are unread: once read, they may be changed in place. */
  [WRITTEN_TEXT](): string | undefined {
    return this.#items ? undefined : this.#doc.written(this.#at)
  }
}

/**
 * The result with every collection read lazily replaced by a plain one, for a structured clone (a
 * worker thread's answer), which copies own data properties only. Plain objects, arrays and maps
 * of the result are updated in place; shared values stay shared.
 */
export function withPlainValues<T>(result: T): T {
  const done = new Map<object, unknown>()
  const visit = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x
    if (done.has(x)) return done.get(x)
    if (x instanceof JsonMap) {
      const entries = new Map<string, MapEntry>()
      done.set(x, { kind: 'map', entries, loc: visit(x.loc) })
      for (const [key, e] of x.entries) entries.set(key, visit(e) as MapEntry)
      return done.get(x)
    }
    if (x instanceof JsonList) {
      const items: Value[] = []
      done.set(x, { kind: 'list', items, loc: visit(x.loc) })
      for (const item of x.items) items.push(visit(item) as Value)
      return done.get(x)
    }
    if (x instanceof JsonScalar) {
      done.set(x, { kind: 'scalar', value: x.value, loc: visit(x.loc) })
      return done.get(x)
    }
    if (x instanceof JsonEntry) {
      const entry = { key: x.key, keyLoc: visit(x.keyLoc), value: x.value }
      done.set(x, entry)
      entry.value = visit(x.value) as Value
      return entry
    }
    // Locations keep their extent as offsets, which a copy leaves out: it is written out.
    if (x instanceof OffsetLocation) {
      const { file, line, column, value } = x
      done.set(x, { file, line, column, value: value && { start: value.start, end: value.end } })
      return done.get(x)
    }
    if (x instanceof TextRange) {
      done.set(x, { start: x.start, end: x.end })
      return done.get(x)
    }
    done.set(x, x)
    if (Array.isArray(x)) x.forEach((item, i) => (x[i] = visit(item)))
    else if (x instanceof Map) x.forEach((v, k) => x.set(k, visit(v)))
    else if (Object.getPrototypeOf(x) === Object.prototype) {
      const o = x as Record<string, unknown>
      for (const key of Object.keys(o)) o[key] = visit(o[key])
    }
    return x
  }
  return visit(result) as T
}

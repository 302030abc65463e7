import type { SourceLocation } from '../../model/location.js'
import {
  isIntrinsicData,
  MEMBER,
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
import { keyStart, stringEnd, type JsonOffsets } from './json-offsets.js'
import { LineIndex } from './line-index.js'
import { OffsetLocation, TextRange } from './text-range.js'

/**
 * The located tree of a JSON text, over what `JSON.parse` built and the offsets of every value. A
 * collection's members become located values when they are first read, so a template of millions
 * of values costs little more than parsing it until a rule or mapper looks at a part of it.
 *
 * `loc`, `entries`, `items` and an entry's `keyLoc` are read through getters, which spreading
 * (`{ ...map }`) leaves out: copies name them (`relocated`, `withEntries`, `withItems`,
 * `withValue`).
 */
export function jsonTree(file: string, text: string, raw: unknown, offsets: JsonOffsets): Value {
  return new JsonDocument(file, text, offsets).value(raw, 0)
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

  /** The value `raw` parsed from, numbered `at` among the offsets. */
  value(raw: unknown, at: number): Value {
    if (raw === null || typeof raw !== 'object') return new JsonScalar(this, raw as Scalar, at)
    if (Array.isArray(raw)) return new JsonList(this, raw, at)
    const map = new JsonMap(this, raw as Record<string, unknown>, at)
    return this.mayBeIntrinsic(at) && isIntrinsicData(raw) ? (intrinsicFromMap(map) ?? map) : map
  }

  /**
   * False when the object numbered `at` has two keys: its first two members are written with
   * different keys, neither escaped. Asked of a large object only, before `isIntrinsicData`,
   * which lists every key (the 200,000 of a template's `Resources`) to find a second one.
   */
  private mayBeIntrinsic(at: number): boolean {
    const { from, to, next } = this.offsets
    if ((to[at] as number) - (from[at] as number) < LARGE_OBJECT) return true
    const first = at + 1
    const second = next[first] as number
    if (second >= (next[at] as number)) return true
    const a = this.writtenKey(first)
    const b = this.writtenKey(second)
    return a === b || a.includes('\\') || b.includes('\\')
  }

  /** The key of the member numbered `at`, as written (quotes and escapes included). */
  private writtenKey(at: number): string {
    const from = this.keyFrom(at)
    return this.text.slice(from, stringEnd(this.text, from))
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

  items(raw: unknown[], at: number): Value[] {
    const next = this.offsets.next
    const items = new Array<Value>(raw.length)
    let child = at + 1
    for (let i = 0; i < raw.length; i++) {
      items[i] = this.value(raw[i], child)
      child = next[child] as number
    }
    return items
  }

  /**
   * Puts the members in `into`, in the order they are written, reusing those already `built`. A
   * repeated key keeps its first place and takes the later value (as `JSON.parse` does), located
   * where the later one is written.
   */
  fillEntries(
    raw: Record<string, unknown>,
    at: number,
    into: Map<string, MapEntry>,
    built?: ReadonlyMap<string, MapEntry>
  ): void {
    const { next } = this.offsets
    const end = next[at] as number
    let child = at + 1
    let inOrder = true
    for (const key in raw) {
      // Keys JavaScript lists first ("0", "12") may be written after others.
      if (child === at + 1 && isIndexLike(key)) inOrder = false
      if (!inOrder || child >= end) break
      setEntry.call(into, key, built?.get(key) ?? this.entry(key, raw[key], child))
      child = next[child] as number
    }
    // Every member read in order, unless a key is repeated: then members outnumber the keys.
    if (inOrder && child === end) return
    clearEntries.call(into)
    this.fillAsWritten(raw, at, into)
  }

  /** Members read in the order they are written, each key once, from its last occurrence. */
  private fillAsWritten(raw: Record<string, unknown>, at: number, into: Map<string, MapEntry>) {
    const members = this.members(at)
    const last = new Map<string, number>()
    for (const m of members) last.set(this.keyText(m), m)
    for (const m of members) {
      const key = this.keyText(m)
      if (!hasEntry.call(into, key))
        setEntry.call(into, key, this.entry(key, raw[key], last.get(key) as number))
    }
  }

  /**
   * Whether the members can be built one by one as they are looked up: a small object whose keys
   * are each written once, in the order JavaScript lists them.
   */
  readsSingly(raw: Record<string, unknown>, at: number): boolean {
    const { next } = this.offsets
    const end = next[at] as number
    let child = at + 1
    let keys = 0
    for (const key in raw) {
      if ((keys === 0 && isIndexLike(key)) || ++keys > MAX_READ_SINGLY || child >= end) return false
      child = next[child] as number
    }
    return child === end
  }

  /** The member under `key` of an object that `readsSingly`. */
  member(raw: Record<string, unknown>, at: number, key: string): MapEntry {
    const { next } = this.offsets
    let child = at + 1
    for (const k in raw) {
      if (k === key) break
      child = next[child] as number
    }
    return this.entry(key, raw[key], child)
  }

  private entry(key: string, raw: unknown, at: number): MapEntry {
    return new JsonEntry(this, key, this.value(raw, at), at)
  }

  /** The indexes of the members of the collection numbered `at`. */
  private members(at: number): number[] {
    const { next } = this.offsets
    const end = next[at] as number
    const out: number[] = []
    for (let child = at + 1; child < end; child = next[child] as number) out.push(child)
    return out
  }

  /** Where the key of the member numbered `at` opens. */
  private keyFrom(at: number): number {
    return keyStart(this.text, this.offsets.from[at] as number)
  }

  private keyText(at: number): string {
    const from = this.keyFrom(at)
    return JSON.parse(this.text.slice(from, stringEnd(this.text, from))) as string
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

/** Objects written in more characters than this are told from intrinsics by their first keys. */
const LARGE_OBJECT = 4096

/** Objects with more keys than this are built whole when first read (a template's `Resources`). */
const MAX_READ_SINGLY = 24

const setEntry = Map.prototype.set as (this: Map<string, MapEntry>, k: string, e: MapEntry) => void
const hasEntry = Map.prototype.has as (this: Map<string, MapEntry>, k: string) => boolean
const clearEntries = Map.prototype.clear as (this: Map<string, MapEntry>) => void

/**
 * An object's members, built one by one as they are looked up (`get`, `has`, `size`) and all at
 * once, in the order they are written, when they are listed: a mapper reading a few properties of
 * each of 200,000 resources builds those, and a walk over the data reads the data.
 */
class JsonEntries extends Map<string, MapEntry> {
  #doc: JsonDocument | undefined
  #raw: Record<string, unknown> | undefined
  readonly #at: number
  #singly?: boolean

  constructor(
    doc: JsonDocument,
    raw: Record<string, unknown>,
    at: number,
    built: readonly MapEntry[] = [],
    singly?: boolean
  ) {
    super()
    this.#doc = doc
    this.#raw = raw
    this.#at = at
    this.#singly = singly
    for (const e of built) super.set(e.key, e)
  }

  /** The parsed data, until every member is built. */
  data(): Record<string, unknown> | undefined {
    return this.#raw
  }

  override get(key: string): MapEntry | undefined {
    const doc = this.#doc
    const raw = this.#raw
    if (!doc || !raw) return super.get(key)
    if (!Object.hasOwn(raw, key)) return undefined
    const known = super.get(key)
    if (known) return known
    if (!(this.#singly ??= doc.readsSingly(raw, this.#at))) return this.complete().get(key)
    const e = doc.member(raw, this.#at, key)
    super.set(key, e)
    return e
  }

  override has(key: string): boolean {
    return this.#raw ? Object.hasOwn(this.#raw, key) : super.has(key)
  }

  override get size(): number {
    return this.#raw ? Object.keys(this.#raw).length : super.size
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
    return super.set(key, e)
  }

  override delete(key: string): boolean {
    this.complete()
    return super.delete(key)
  }

  override clear(): void {
    this.complete()
    super.clear()
  }

  /** Every member built, in the order written; those looked up before are kept. */
  private complete(): this {
    const doc = this.#doc
    const raw = this.#raw
    if (!doc || !raw) return this
    this.#doc = undefined
    this.#raw = undefined
    const built = super.size > 0 ? new Map(super.entries()) : undefined
    if (built) super.clear()
    doc.fillEntries(raw, this.#at, this, built)
    return this
  }
}

class JsonMap implements MapValue {
  readonly kind = 'map'
  readonly #doc: JsonDocument
  #raw: Record<string, unknown> | undefined
  readonly #at: number
  #entries?: JsonEntries
  /** Members looked up before `entries` is read: one, or a few (see `MEMBER`). */
  #built?: MapEntry | MapEntry[]
  #singly?: boolean
  #loc?: SourceLocation

  constructor(doc: JsonDocument, raw: Record<string, unknown>, at: number) {
    this.#doc = doc
    this.#raw = raw
    this.#at = at
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#doc.loc(this.#at))
  }

  get entries(): Map<string, MapEntry> {
    if (this.#entries === undefined) {
      const raw = this.#raw as Record<string, unknown>
      const built = this.#built
      const members = built === undefined ? [] : Array.isArray(built) ? built : [built]
      this.#entries = new JsonEntries(this.#doc, raw, this.#at, members, this.#singly)
      // The members hold the data until they are all built: it is no longer needed here.
      this.#raw = undefined
      this.#built = undefined
    }
    return this.#entries
  }

  /**
   * The member under `key`, built without a `Map` of members while the object `readsSingly`.
   * Collections are kept, so a member read twice is one value; scalars are built each time.
   */
  [MEMBER](key: string): MapEntry | undefined {
    const raw = this.#raw
    if (this.#entries || !raw) return this.entries.get(key)
    if (!Object.hasOwn(raw, key)) return undefined
    const built = this.#built
    const known = Array.isArray(built) ? built.find(e => e.key === key) : built
    if (known?.key === key) return known
    if (!(this.#singly ??= this.#doc.readsSingly(raw, this.#at))) return this.entries.get(key)
    const e = this.#doc.member(raw, this.#at, key)
    // A scalar is read again as cheaply as it is kept: kept, it would outlive most readers.
    if (!isCollection(raw[key])) return e
    this.#built = built === undefined ? e : Array.isArray(built) ? [...built, e] : [built, e]
    return e
  }

  [PARSED_DATA](): unknown {
    return this.#entries ? this.#entries.data() : this.#raw
  }

  [WRITTEN_TEXT](): string {
    return this.#doc.written(this.#at)
  }
}

function isCollection(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object'
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
  #raw: unknown[] | undefined
  readonly #at: number
  #items?: Value[]
  #loc?: SourceLocation

  constructor(doc: JsonDocument, raw: unknown[], at: number) {
    this.#doc = doc
    this.#raw = raw
    this.#at = at
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#doc.loc(this.#at))
  }

  get items(): Value[] {
    if (this.#items === undefined) {
      this.#items = this.#doc.items(this.#raw as unknown[], this.#at)
      this.#raw = undefined
    }
    return this.#items
  }

  [PARSED_DATA](): unknown {
    return this.#raw
  }

  [WRITTEN_TEXT](): string {
    return this.#doc.written(this.#at)
  }
}

/** Keys JavaScript objects list first, in numeric order: array indexes. */
function isIndexLike(key: string | undefined): boolean {
  return key !== undefined && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295
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

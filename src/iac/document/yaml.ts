import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Scalar,
  type Document,
  type Node as YamlNode,
  type Tags
} from 'yaml'
import {
  diagnostic,
  type Diagnostic,
  type Position,
  type SourceLocation
} from '../../model/location.js'
import type { MapEntry, Value } from '../../model/value.js'
import { CFN_SHORT_TAGS } from './cfn-tags.js'
import { nestingError } from './depth.js'
import { intrinsicFromTag, intrinsicFromMap } from './intrinsics.js'
import { withMerges } from './merge-keys.js'
import { JsonSyntaxError, JsonTooDeep, looksLikeJson, readJson } from './json-reader.js'
import { loadFast, NotFastReadable } from './yaml-fast.js'
import { loadLenient } from './yaml-lenient.js'
import { yaml11Boolean } from './plain-scalar.js'
import { blockScalarTextStart, LineIndex } from './line-index.js'
import { errorMessage } from '../../sources/errors.js'

export const CUSTOM_TAGS: Tags = CFN_SHORT_TAGS.flatMap(name => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (s: unknown) => s },
  { tag: `!${name}`, collection: 'map' as const, resolve: (s: unknown) => s }
]) as unknown as Tags

/** Limits that keep hostile documents (alias bombs, absurd nesting) from exhausting the scanner. */
export interface LoadLimits {
  /** Maximum nesting depth of collections. */
  maxDepth: number
  /**
   * Maximum number of values aliases add (each alias counts the expanded size of what it
   * repeats). A document without aliases cannot be a bomb: its size bounds its values.
   */
  maxNodes: number
  /**
   * Plain `yes`, `on`, `no` and `off` are booleans, as YAML 1.1 readers (PyYAML in SAM CLI and
   * the AWS CLI) read a CloudFormation or SAM template; YAML 1.2 (the Serverless Framework's
   * reader) keeps them strings.
   */
  yaml11Booleans?: boolean
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxDepth: 400, maxNodes: 2_000_000 }

export interface LoadedDocument {
  file: string
  /** The root value; undefined when the document is empty or could not be read. */
  value?: Value
  diagnostics: Diagnostic[]
}

class LimitExceeded extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

/**
 * Reads a YAML or JSON document (JSON is YAML 1.2, which it is a subset of) into a located value
 * tree. Never throws: problems come back as diagnostics with a line and column. JSON is read by
 * the JSON reader, in one pass and without a node limit (JSON has no aliases: its size bounds it);
 * the fast YAML reader reads most other documents; the full reader reads the rest and explains
 * every error.
 */
export function loadDocument(
  file: string,
  text: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS
): LoadedDocument {
  const json = looksLikeJson(text) ? loadJson(file, text, limits) : undefined
  if (json && !(json instanceof JsonSyntaxError)) return json
  if (json && text.length > MAX_JSON_LIKE_YAML)
    return { file, diagnostics: [jsonDiagnostic(file, json)] }
  // The YAML readers recurse once per level: text nested deeper is refused before they see it (an
  // included file, a config file or a string of JSON inside a template as much as a template).
  const deep = nestingError(file, text)
  if (deep) return { file, diagnostics: [deep] }
  const yaml = loadYaml(file, text, limits)
  // Text that is neither JSON nor YAML but looks like JSON: the JSON error says what is wrong.
  if (json && yaml.diagnostics.length > 0)
    return { file, diagnostics: [jsonDiagnostic(file, json)] }
  return yaml
}

/** The YAML readers alone: the fast one, then the full one for what it cannot read. */
export function loadYaml(
  file: string,
  text: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS
): LoadedDocument {
  try {
    return { file, value: loadFast(file, text, limits), diagnostics: [] }
  } catch (err) {
    if (!(err instanceof NotFastReadable)) throw err
  }
  return loadDocumentFully(file, text, limits)
}

/**
 * JSON-like YAML (comments, trailing commas) is written by hand and small; generated templates of
 * tens of megabytes are strict JSON. The YAML readers need many times a text's size in memory, so
 * a large text that looks like JSON but is not gets the JSON error, not a second look as YAML.
 */
const MAX_JSON_LIKE_YAML = 4 * 1024 * 1024

/**
 * Strict JSON is read here. Text that is not (comments, trailing commas, unquoted keys) is
 * returned as its syntax error: CloudFormation reads such a template as YAML, and so do we.
 */
function loadJson(
  file: string,
  text: string,
  limits: LoadLimits
): LoadedDocument | JsonSyntaxError {
  try {
    return { file, value: readJson(file, text, limits.maxDepth), diagnostics: [] }
  } catch (err) {
    if (err instanceof JsonTooDeep) return { file, diagnostics: [jsonDiagnostic(file, err)] }
    if (err instanceof JsonSyntaxError) return err
    throw err
  }
}

function jsonDiagnostic(file: string, err: JsonSyntaxError): Diagnostic {
  const at = { line: err.line, column: err.column }
  if (err instanceof JsonTooDeep) return diagnostic(file, err.message, 'document-too-complex', at)
  return diagnostic(file, `invalid JSON: ${err.message}`, 'parse-error', at)
}

/** The `yaml` package's reader, then the lenient one: slower, with precise errors. */
export function loadDocumentFully(
  file: string,
  text: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS
): LoadedDocument {
  const lines = new LineCounter()
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, {
      customTags: CUSTOM_TAGS,
      lineCounter: lines,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false
    })
  } catch (err) {
    return {
      file,
      diagnostics: [diagnostic(file, `cannot read YAML: ${errorMessage(err)}`, 'parse-error')]
    }
  }
  if (doc.errors.length > 0) return readLeniently(file, text, doc, lines, limits)
  const diagnostics: Diagnostic[] = []
  try {
    const converter = new Converter(file, lines, limits, text)
    const value = doc.contents ? converter.convert(doc.contents as YamlNode, 0) : undefined
    return { file, value, diagnostics }
  } catch (err) {
    if (err instanceof LimitExceeded) {
      const pos = lines.linePos(err.offset)
      return {
        file,
        diagnostics: [
          diagnostic(file, err.message, 'document-too-complex', { line: pos.line, column: pos.col })
        ]
      }
    }
    if (err instanceof RangeError) {
      return {
        file,
        diagnostics: [
          diagnostic(file, 'document is nested too deeply to read', 'document-too-complex')
        ]
      }
    }
    throw err
  }
}

/**
 * The strict reader refused the text: CloudFormation accepts some YAML the spec does not (flow
 * collections closed at the parent's indentation), so a lenient reader gets a second look. When
 * that fails too, the first error is reported (later ones are mostly its echoes).
 */
function readLeniently(
  file: string,
  text: string,
  doc: Document.Parsed,
  lines: LineCounter,
  limits: LoadLimits
): LoadedDocument {
  try {
    return { file, value: loadLenient(file, text, limits), diagnostics: [] }
  } catch {
    const first = doc.errors[0] as { pos: [number, number]; message: string; code?: string }
    const pos = lines.linePos(first.pos[0])
    const more =
      doc.errors.length > 1 ? ` (${doc.errors.length - 1} more errors follow from it)` : ''
    const message = `${first.code === 'MULTIPLE_DOCS' ? SECOND_DOCUMENT : firstLine(first.message)}${more}`
    return {
      file,
      diagnostics: [diagnostic(file, message, 'parse-error', { line: pos.line, column: pos.col })]
    }
  }
}

/** The library's words name its own API: said for the person whose file it is. */
const SECOND_DOCUMENT =
  'a second YAML document starts here (after `---`): the file is read as one document, as CloudFormation and the Serverless Framework read it'

class Converter {
  /** Values converted, aliases counted at their expanded size. */
  private nodes = 0
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  private aliased = 0
  /**
   * Aliases resolve to the value already built for their anchor: a DAG, never a copy. Looked up
   * by name, the latest anchor of that name before the alias (undefined while it is being built):
   * the library's own lookup walks the document for each alias, quadratic in a hostile file.
   */
  private anchored = new Map<string, Value | undefined>()
  /** Expanded size of each anchored value, so alias bombs are caught without expanding them. */
  private sizes = new Map<Value, number>()
  /**
   * Levels below each anchored value, and the deepest level the value being built reaches:
   * a chain of aliases, each in a list, nests the tree deeper than its text.
   */
  private heights = new Map<Value, number>()
  private deepest = 0

  constructor(
    private file: string,
    private lines: LineCounter,
    private limits: LoadLimits,
    private text: string
  ) {}

  convert(node: YamlNode, depth: number): Value {
    if (depth > this.limits.maxDepth) {
      throw new LimitExceeded(
        `nesting deeper than ${this.limits.maxDepth} levels`,
        node.range?.[0] ?? 0
      )
    }
    if (isAlias(node)) return this.alias(node, depth)
    const before = this.nodes
    const outside = this.deepest
    this.deepest = depth
    if (node.anchor) this.anchored.set(node.anchor, undefined)
    const value = this.build(node, depth)
    this.nodes += 1
    if (node.anchor) {
      this.anchored.set(node.anchor, value)
      this.sizes.set(value, this.nodes - before)
      this.heights.set(value, this.deepest - depth)
    }
    this.deepest = Math.max(outside, this.deepest)
    return value
  }

  private alias(node: YamlNode & { source: string }, depth: number): Value {
    const value = this.anchored.get(node.source)
    if (!value) {
      // An alias to an anchor not yet complete (a cycle) or missing: keep it as unknown.
      return { kind: 'symbolic', fn: 'alias', expr: String(node), refs: [], loc: this.loc(node) }
    }
    const reached = depth + (this.heights.get(value) ?? 0)
    if (reached > this.limits.maxDepth) {
      throw new LimitExceeded(
        `YAML aliases nest the document deeper than ${this.limits.maxDepth} levels`,
        node.range?.[0] ?? 0
      )
    }
    this.deepest = Math.max(this.deepest, reached)
    const size = this.sizes.get(value) ?? 1
    this.nodes += size
    this.aliased += size
    if (this.aliased > this.limits.maxNodes) {
      throw new LimitExceeded(
        `YAML aliases expand the document by more than ${this.limits.maxNodes} values`,
        node.range?.[0] ?? 0
      )
    }
    return value
  }

  private build(node: YamlNode, depth: number): Value {
    const loc = this.loc(node)
    const tag =
      node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!')
        ? node.tag.slice(1)
        : undefined
    if (isMap(node)) {
      const entries = new Map<string, MapEntry>()
      const merges: MapEntry[] = []
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null
        const key = isScalar(keyNode) ? String(this.scalarValue(keyNode)) : String(keyNode ?? '')
        const keyLoc = keyNode ? this.keyLoc(keyNode) : loc
        const valueNode = pair.value as YamlNode | null
        const value: Value = valueNode
          ? this.convert(valueNode, depth + 1)
          : { kind: 'scalar', value: null, loc: { ...keyLoc } }
        const plainMerge = isScalar(keyNode) && keyNode.type === 'PLAIN' && !keyNode.tag
        if (key === '<<' && plainMerge) merges.push({ key, keyLoc, value })
        else entries.set(key, { key, keyLoc, value })
      }
      const map: Value = { kind: 'map', entries: withMerges(entries, merges), loc }
      return tag ? intrinsicFromTag(tag, map, loc) : (intrinsicFromMap(map) ?? map)
    }
    if (isSeq(node)) {
      const items = node.items.map(item =>
        item
          ? this.convert(item as YamlNode, depth + 1)
          : ({ kind: 'scalar', value: null, loc } as Value)
      )
      const list: Value = { kind: 'list', items, loc }
      return tag ? intrinsicFromTag(tag, list, loc) : list
    }
    const scalar: Value = {
      kind: 'scalar',
      value: isScalar(node) ? this.scalarValue(node) : null,
      loc
    }
    if (isScalar(node) && isBlockJson(node)) scalar.textStart = this.blockTextStart(node)
    return tag ? intrinsicFromTag(tag, scalar, loc) : scalar
  }

  /** A scalar's value; under YAML 1.1 a plain `yes`, `on`, `no` or `off` is a boolean (keys too). */
  private scalarValue(node: Scalar): string | number | boolean | null {
    const raw = node.value
    const plain = node.type === 'PLAIN' && !node.tag && typeof raw === 'string'
    const yaml11 = plain && this.limits.yaml11Booleans ? yaml11Boolean(raw) : undefined
    return yaml11 ?? normaliseScalar(raw)
  }

  private loc(node: YamlNode): SourceLocation {
    const [start, end] = node.range ?? [0, 0]
    const s = this.position(start)
    const e = this.position(end)
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } }
  }

  /** The first content character of a block scalar: below its indicator line, after indentation. */
  private blockTextStart(node: YamlNode): Position {
    return this.position(blockScalarTextStart(this.text, node.range?.[0] ?? 0))
  }

  /** A key is reported at its start; its own extent is never needed (attributes use the value's). */
  private keyLoc(node: YamlNode): SourceLocation {
    const s = this.position(node.range?.[0] ?? 0)
    return { file: this.file, line: s.line, column: s.column }
  }

  /** Made on first use: the line counter is complete once the document is parsed. */
  private index?: LineIndex

  private position(offset: number): { line: number; column: number } {
    this.index ??= new LineIndex(this.lines.lineStarts)
    return this.index.position(offset)
  }
}

/** A `|` or `>` scalar whose text is a JSON object or list (a policy document written as a string). */
function isBlockJson(node: Scalar): boolean {
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
  return block && typeof node.value === 'string' && /^\s*[[{]/.test(node.value)
}

function normaliseScalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (typeof v === 'bigint') return Number(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return String(v)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

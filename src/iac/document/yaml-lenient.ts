import yaml from 'js-yaml'
import type { SourceLocation } from '../../model/location.js'
import type { MapEntry, Value } from '../../model/value.js'
import { CFN_SHORT_TAGS } from './cfn-tags.js'
import { intrinsicFromMap, intrinsicFromTag } from './intrinsics.js'
import { isPlainMergeKey, withMerges } from './merge-keys.js'
import { yaml11Boolean } from './plain-scalar.js'
import type { LoadLimits } from './yaml.js'

/**
 * A second, lenient reader for templates the strict YAML reader refuses although CloudFormation
 * accepts them (flow collections and quoted strings whose continuation lines are less indented than
 * the spec requires). It builds the same located tree from the reader's node events.
 */

const SCHEMA = yaml.DEFAULT_SCHEMA.extend(
  CFN_SHORT_TAGS.flatMap(name =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      kind => new yaml.Type(`!${name}`, { kind, construct: (d: unknown) => d })
    )
  )
)

interface EventNode {
  start: number
  end: number
  kind?: string
  tag?: string
  result: unknown
  children: EventNode[]
}

interface ListenerState {
  position: number
  kind?: string | null
  tag?: string | null
  result: unknown
}

export function loadLenient(file: string, text: string, limits: LoadLimits): Value | undefined {
  const stack: EventNode[] = [{ start: 0, end: 0, result: undefined, children: [] }]
  const listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      stack.push({ start: state.position, end: state.position, result: undefined, children: [] })
      if (stack.length > limits.maxDepth * 2 + 4) throw new RangeError('nesting too deep')
      return
    }
    const node = stack.pop() as EventNode
    Object.assign(node, {
      end: state.position,
      kind: state.kind ?? undefined,
      tag: state.tag ?? undefined,
      result: state.result
    })
    stack[stack.length - 1]?.children.push(node)
  }
  yaml.load(text, { schema: SCHEMA, json: true, listener } as yaml.LoadOptions)
  const root = stack[0]?.children[0]
  return root ? new EventConverter(file, text, limits).convert(root) : undefined
}

class EventConverter {
  private lineStarts: number[] = [0]
  /** Values converted, aliases counted at their expanded size. */
  private nodes = 0
  /** What aliases added: the limit applies to this alone (see `LoadLimits`). */
  private aliased = 0
  private shared = new Map<object, Value>()
  private sizes = new Map<Value, number>()
  /** Levels below each shared value, and the deepest level the value being built reaches. */
  private heights = new Map<Value, number>()
  private deepest = 0

  constructor(
    private file: string,
    private text: string,
    private limits: LoadLimits
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1)
  }

  convert(node: EventNode, depth = 0): Value {
    const key = typeof node.result === 'object' && node.result !== null ? node.result : undefined
    const known = key && node.children.length === 0 ? this.shared.get(key) : undefined
    if (known) {
      // A chain of aliases, each in a list, nests the tree deeper than its text.
      const reached = depth + (this.heights.get(known) ?? 0)
      if (reached > this.limits.maxDepth) throw new RangeError('YAML aliases nest too deep')
      this.deepest = Math.max(this.deepest, reached)
      this.countAlias(this.sizes.get(known) ?? 1)
      return known
    }
    const outside = this.deepest
    this.deepest = depth
    const before = this.nodes
    const loc = this.loc(node)
    const tag =
      node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag.slice(1) : undefined
    const value = this.build(node, loc, depth)
    const out = tag
      ? intrinsicFromTag(tag, value, loc)
      : value.kind === 'map'
        ? (intrinsicFromMap(value) ?? value)
        : value
    this.nodes += 1
    if (key) {
      this.shared.set(key, out)
      this.sizes.set(out, this.nodes - before)
      this.heights.set(out, this.deepest - depth)
    }
    this.deepest = Math.max(outside, this.deepest)
    return out
  }

  /** Aliases share values; what they add still counts, so alias bombs stop here too. */
  private countAlias(n: number): void {
    this.nodes += n
    this.aliased += n
    if (this.aliased > this.limits.maxNodes)
      throw new RangeError('YAML aliases expand the document by too many values')
  }

  private build(node: EventNode, loc: SourceLocation, depth: number): Value {
    if (node.kind === 'mapping') {
      const entries = new Map<string, MapEntry>()
      const merges: MapEntry[] = []
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const keyNode = node.children[i] as EventNode
        const key = String(this.yaml11(keyNode) ?? keyNode.result)
        const entry = {
          key,
          keyLoc: this.loc(keyNode),
          value: this.convert(node.children[i + 1] as EventNode, depth + 1)
        }
        if (isPlainMergeKey(key, this.text, this.contentStart(keyNode))) merges.push(entry)
        else entries.set(key, entry)
      }
      return { kind: 'map', entries: withMerges(entries, merges), loc }
    }
    if (node.kind === 'sequence')
      return { kind: 'list', items: node.children.map(c => this.convert(c, depth + 1)), loc }
    const r = node.result
    const yaml11 = this.yaml11(node)
    if (yaml11 !== undefined) return { kind: 'scalar', value: yaml11, loc }
    const scalar =
      r === undefined || r === null
        ? null
        : typeof r === 'object'
          ? String(r)
          : (r as string | number | boolean)
    return { kind: 'scalar', value: scalar, loc }
  }

  /** Under YAML 1.1, a plain `yes`, `on`, `no` or `off` (js-yaml leaves such a scalar the tag `?`). */
  private yaml11(node: EventNode): boolean | undefined {
    const r = node.result
    if (!this.limits.yaml11Booleans || node.tag !== '?' || typeof r !== 'string') return undefined
    return yaml11Boolean(r)
  }

  /** The node's first non-blank character (the reader reports where it started looking). */
  private contentStart(node: EventNode): number {
    let start = node.start
    while (start < node.end && /\s/.test(this.text[start] ?? '')) start++
    return start
  }

  private loc(node: EventNode): SourceLocation {
    const s = this.position(this.contentStart(node))
    const e = this.position(node.end)
    return { file: this.file, line: s.line, column: s.column, value: { start: s, end: e } }
  }

  private position(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.lineStarts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] as number) + 1 }
  }
}

import type { Node, Point } from 'web-tree-sitter'
import type { Position, Range } from '../../../model/location.js'
import type {
  Expr,
  HclAttribute,
  HclBlock,
  HclBody,
  ObjectItem,
  OpaqueExpr,
  TraversalExpr,
  TraversalStep
} from './ast.js'
import { templateFrom } from './templates.js'

/**
 * Nesting beyond this is not followed: the expression stays opaque (and the stack safe), and the
 * file is an error there (`tooDeep`). Parentheses and calls nest too, and no bracket count sees them.
 */
export const MAX_DEPTH = 64
/** Blocks nested deeper than this are left out, and the file is an error there. */
export const MAX_BLOCK_DEPTH = 32
/** The error where nesting went past what is converted. */
export const TOO_DEEP_MESSAGE = `nested more than ${MAX_DEPTH} expressions or ${MAX_BLOCK_DEPTH} blocks deep: what is inside is not read (no real configuration nests this deep)`

/** Converts tree-sitter nodes of the Terraform grammar into the HCL syntax tree. */
export class Converter {
  /** `lineOffset`: the line the parsed text starts at in its file, minus one. */
  constructor(private readonly lineOffset = 0) {}

  /** Where nesting first went past what is converted: what is inside was not read. */
  tooDeep: Position | undefined

  private cutAt(node: Node): void {
    this.tooDeep ??= this.position(node.startPosition)
  }

  position(p: Point): Position {
    return { line: p.row + 1 + this.lineOffset, column: p.column + 1 }
  }

  range(node: Node): Range {
    return { start: this.position(node.startPosition), end: this.position(node.endPosition) }
  }

  /** The blocks and attributes of a `body` node; nodes with syntax errors are left out. */
  body(node: Node | null | undefined, depth = 0): HclBody {
    const body: HclBody = { attributes: [], blocks: [] }
    for (const child of node?.namedChildren ?? []) {
      if (!child || child.hasError) continue
      if (child.type === 'attribute') body.attributes.push(this.attribute(child))
      else if (child.type !== 'block') continue
      else if (depth < MAX_BLOCK_DEPTH) body.blocks.push(this.block(child, depth + 1))
      else this.cutAt(child)
    }
    return body
  }

  block(node: Node, depth = 0): HclBlock {
    const named = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment')
    const type = named[0]?.text ?? ''
    const labels = named
      .slice(1)
      .filter(c => c.type === 'string_lit' || c.type === 'identifier')
      .map(c => (c.type === 'identifier' ? c.text : stringLitValue(c)))
    return {
      type,
      labels,
      body: this.body(
        named.find(c => c.type === 'body'),
        depth
      ),
      range: this.range(node)
    }
  }

  attribute(node: Node): HclAttribute {
    const name = node.namedChildren.find(c => c?.type === 'identifier') as Node
    const exprNode = node.namedChildren.find(c => c?.type === 'expression')
    return {
      name: name.text,
      nameRange: this.range(name),
      expr: exprNode ? this.expression(exprNode, 0) : this.opaque(node, 'expression', [])
    }
  }

  /** An `expression` node: a term followed by attribute, index and splat steps. */
  expression(node: Node, depth: number): Expr {
    if (depth > MAX_DEPTH) {
      this.cutAt(node)
      return this.opaque(node, 'expression', [])
    }
    const parts = significant(node)
    const [head, ...rest] = parts
    if (!head) return this.opaque(node, 'expression', [])
    if (head.type === '(') {
      const inner = parts.find(p => p.type === 'expression')
      const afterParen = parts.slice(parts.findIndex(p => p.type === ')') + 1)
      if (inner && afterParen.length === 0) return this.expression(inner, depth + 1)
      return this.opaque(node, 'expression', this.references(node, depth))
    }
    if (head.type === 'variable_expr') return this.traversal(node, head, rest, depth)
    if (rest.length > 0) return this.opaque(node, 'expression', this.references(node, depth))
    return this.term(head, depth)
  }

  private term(node: Node, depth: number): Expr {
    switch (node.type) {
      case 'literal_value':
        return this.literal(node)
      case 'template_expr':
        return templateFrom(node, this, depth)
      case 'collection_value':
        return this.collection(node, depth)
      case 'function_call':
        return this.call(node, depth)
      case 'conditional':
        return this.conditional(node, depth)
      case 'for_expr':
        return this.opaque(node, 'for', this.references(node, depth))
      case 'expression':
        return this.expression(node, depth + 1)
      default:
        return this.opaque(node, 'operation', this.references(node, depth))
    }
  }

  /** `cond ? a : b`: opaque, with its two results kept for the evaluator. */
  private conditional(node: Node, depth: number): Expr {
    const opaque = this.opaque(node, 'conditional', this.references(node, depth))
    const parts = node.namedChildren.filter((c): c is Node => c?.type === 'expression')
    const [, yes, no] = parts
    if (parts.length === 3 && yes && no)
      opaque.branches = [this.expression(yes, depth + 1), this.expression(no, depth + 1)]
    return opaque
  }

  private literal(node: Node): Expr {
    const inner = node.namedChild(0)
    const base = { range: this.range(node), text: node.text }
    switch (inner?.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(inner.text), ...base }
      case 'bool_lit':
        return { kind: 'literal', value: inner.text === 'true', ...base }
      case 'null_lit':
        return { kind: 'literal', value: null, ...base }
      default:
        return inner ? templateFrom(inner, this, 0) : { kind: 'literal', value: null, ...base }
    }
  }

  private collection(node: Node, depth: number): Expr {
    const inner = node.namedChild(0) as Node
    const base = { range: this.range(node), text: node.text }
    if (inner.type === 'tuple') {
      const items = inner.namedChildren
        .filter((c): c is Node => c?.type === 'expression')
        .map(c => this.expression(c, depth + 1))
      return { kind: 'tuple', items, ...base }
    }
    const items = inner.namedChildren
      .filter((c): c is Node => c?.type === 'object_elem')
      .map(c => this.objectItem(c, depth))
    return { kind: 'object', items, ...base }
  }

  private objectItem(node: Node, depth: number): ObjectItem {
    const keyNode = node.childForFieldName('key') as Node
    const valueNode = node.childForFieldName('val') as Node
    const value = this.expression(valueNode, depth + 1)
    const keyRange = this.range(keyNode)
    const key = this.expression(keyNode, depth + 1)
    if (key.kind === 'traversal' && key.steps.length === 0)
      return { key: key.root, keyRange, value }
    if (key.kind === 'literal' && typeof key.value === 'string')
      return { key: key.value, keyRange, value }
    return { key: keyNode.text, computedKey: key, keyRange, value }
  }

  private call(node: Node, depth: number): Expr {
    const name = node.namedChild(0)?.text ?? ''
    const argsNode = node.namedChildren.find(c => c?.type === 'function_arguments')
    const argNodes = (argsNode?.namedChildren ?? []).filter(
      (c): c is Node => c?.type === 'expression'
    )
    const expandFinal = argsNode?.namedChildren.some(c => c?.type === 'ellipsis') ?? false
    return {
      kind: 'call',
      name,
      args: argNodes.map(a => this.expression(a, depth + 1)),
      expandFinal,
      range: this.range(node),
      text: node.text
    }
  }

  private traversal(node: Node, head: Node, steps: Node[], depth: number): Expr {
    const converted: TraversalStep[] = []
    for (const step of steps) {
      const next = this.step(step, depth)
      if (!next) return this.opaque(node, 'expression', this.references(node, depth))
      converted.push(...next)
    }
    const base = { range: this.range(node), text: node.text }
    return { kind: 'traversal', root: head.text, steps: converted, ...base }
  }

  private step(node: Node, depth: number): TraversalStep[] | undefined {
    if (node.type === 'get_attr') return [{ kind: 'attr', name: node.namedChild(0)?.text ?? '' }]
    if (node.type === 'index') {
      const inner = node.namedChild(0)
      if (inner?.type === 'legacy_index') {
        const digits = inner.text.replace(/^\./, '')
        return [
          {
            kind: 'index',
            key: { kind: 'literal', value: Number(digits), range: this.range(inner), text: digits }
          }
        ]
      }
      const keyNode = inner?.namedChildren.find(c => c?.type === 'expression')
      return keyNode ? [{ kind: 'index', key: this.expression(keyNode, depth + 1) }] : undefined
    }
    if (node.type === 'splat') {
      const inner = node.namedChild(0)
      const after = (inner?.namedChildren ?? []).filter((c): c is Node => c !== null)
      const rest = after.map(s => this.step(s, depth))
      if (rest.some(r => r === undefined)) return undefined
      return [{ kind: 'splat' }, ...rest.flatMap(r => r ?? [])]
    }
    return undefined
  }

  opaque(node: Node, what: OpaqueExpr['what'], children: Expr[]): OpaqueExpr {
    return { kind: 'opaque', what, children, range: this.range(node), text: node.text }
  }

  /**
   * Every traversal (`var.x`, `aws_s3_bucket.b.arn`) written anywhere inside a node, in the order
   * written. Walked with a stack of its own: a chain of forty `&&` already nests deeper than the
   * expressions converted, and a long one would overflow a recursive walk.
   */
  references(node: Node, depth: number): TraversalExpr[] {
    const out: TraversalExpr[] = []
    // Nodes still to visit and traversals found, last first: popped in the order written.
    const pending: (Node | TraversalExpr)[] = [node]
    for (let item = pending.pop(); item; item = pending.pop()) {
      if ('kind' in item) {
        out.push(item)
        continue
      }
      const kids = item.children.filter((c): c is Node => c !== null)
      const inside = kids.map((child, i) =>
        child.type === 'variable_expr' ? this.reference(item, kids, i, depth) : child
      )
      pending.push(...inside.filter(x => x !== undefined).reverse())
    }
    return out
  }

  /** The traversal a `variable_expr` starts, with the attribute steps written after it. */
  private reference(
    parent: Node,
    kids: Node[],
    at: number,
    depth: number
  ): TraversalExpr | undefined {
    const head = kids[at] as Node
    const steps: Node[] = []
    for (const next of kids.slice(at + 1)) {
      if (next.type !== 'get_attr' && next.type !== 'index' && next.type !== 'splat') break
      steps.push(next)
    }
    const attrs = steps.filter(s => s.type === 'get_attr')
    const t = this.traversal(parent, head, attrs, depth)
    const text = head.text + steps.map(s => s.text).join('')
    return t.kind === 'traversal' ? { ...t, range: this.range(head), text } : undefined
  }
}

/** Named children and punctuation that matter, without comments. */
function significant(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null && c.type !== 'comment')
}

/** The value of a `string_lit` block label (labels never hold interpolations). */
function stringLitValue(node: Node): string {
  const literal = node.namedChildren.find(c => c?.type === 'template_literal')
  return literal ? literal.text : ''
}

export type { Node }

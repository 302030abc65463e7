import type { Node, Point } from 'web-tree-sitter'
import type { Expr, TemplatePart } from './ast.js'
import type { Converter } from './convert.js'
import { commonIndent, heredocText, unescapeQuoted } from './template-text.js'

/**
 * Quoted strings (`"a-${var.b}"`) and heredocs (`<<EOF ... EOF`, `<<-EOF`) into template parts.
 * Text parts are the source between interpolations, unescaped as HCL defines; positions stay
 * those of the file so embedded JSON can be located line by line.
 */
export function templateFrom(node: Node, conv: Converter, depth: number): Expr {
  const t = node.type === 'template_expr' ? (node.namedChild(0) ?? node) : node
  return t.type === 'heredoc_template' ? heredoc(t, conv, depth) : quoted(t, conv, depth)
}

interface Span {
  startIndex: number
  endIndex: number
  startPosition: Point
  endPosition: Point
}

function quoted(node: Node, conv: Converter, depth: number): Expr {
  const start = node.children.find(c => c?.type === 'quoted_template_start')
  const end = node.children.find(c => c?.type === 'quoted_template_end')
  const content: Span = {
    startIndex: start?.endIndex ?? node.startIndex,
    startPosition: start?.endPosition ?? node.startPosition,
    endIndex: end?.startIndex ?? node.endIndex,
    endPosition: end?.startPosition ?? node.endPosition
  }
  return build(node, content, conv, depth, { heredoc: false, unescape: unescapeQuoted })
}

function heredoc(node: Node, conv: Converter, depth: number): Expr {
  const ids = node.children.filter((c): c is Node => c?.type === 'heredoc_identifier')
  const [open, close] = ids
  const strip = node.children.some(c => c?.type === 'heredoc_start' && c.text === '<<-')
  if (!open || !close) return conv.opaque(node, 'expression', [])
  const lineStart = close.startIndex - close.startPosition.column
  // The content starts on the line after the opening marker (which may end in \r\n).
  const newline = slice(node, open.endIndex, lineStart).indexOf('\n')
  const content: Span = {
    startIndex: newline < 0 ? lineStart : open.endIndex + newline + 1,
    startPosition: { row: open.endPosition.row + 1, column: 0 },
    endIndex: lineStart,
    endPosition: { row: close.startPosition.row, column: 0 }
  }
  const raw = slice(node, content.startIndex, content.endIndex)
  const indent = strip ? commonIndent(raw) : 0
  const unescape = (s: string, atLineStart: boolean): string => heredocText(s, indent, atLineStart)
  return build(node, content, conv, depth, { heredoc: true, unescape })
}

interface Style {
  heredoc: boolean
  unescape(text: string, atLineStart: boolean): string
}

function build(node: Node, content: Span, conv: Converter, depth: number, style: Style): Expr {
  const holes = node.namedChildren.filter(
    (c): c is Node =>
      (c?.type === 'template_interpolation' || c?.type === 'template_directive') &&
      c.startIndex >= content.startIndex &&
      c.endIndex <= content.endIndex
  )
  const parts: TemplatePart[] = []
  let cursor: Span = {
    ...content,
    endIndex: content.startIndex,
    endPosition: content.startPosition
  }
  const addText = (from: Span, to: { startIndex: number; startPosition: Point }): void => {
    if (to.startIndex <= from.endIndex) return
    const text = slice(node, from.endIndex, to.startIndex)
    parts.push({
      kind: 'text',
      value: style.unescape(text, from.endPosition.column === 0),
      raw: text,
      range: { start: conv.position(from.endPosition), end: conv.position(to.startPosition) }
    })
  }
  for (const hole of holes) {
    addText(cursor, hole)
    parts.push({
      kind: 'interpolation',
      expr: holeExpr(hole, conv, depth),
      range: conv.range(hole)
    })
    cursor = hole
  }
  addText(cursor, { startIndex: content.endIndex, startPosition: content.endPosition })
  const directives = holes.some(h => h.type === 'template_directive')
  return {
    kind: 'template',
    parts,
    heredoc: style.heredoc,
    directives,
    range: conv.range(node),
    text: node.text
  }
}

function holeExpr(hole: Node, conv: Converter, depth: number): Expr {
  if (hole.type === 'template_directive')
    return conv.opaque(hole, 'expression', conv.references(hole, depth + 1))
  const expr = hole.namedChildren.find(c => c?.type === 'expression')
  return expr ? conv.expression(expr, depth + 1) : conv.opaque(hole, 'expression', [])
}

function slice(node: Node, from: number, to: number): string {
  return node.text.slice(from - node.startIndex, to - node.startIndex)
}

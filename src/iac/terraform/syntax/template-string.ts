import type { Parser } from 'web-tree-sitter'
import type { Expr } from './ast.js'
import { Converter } from './convert.js'

const MARKER = 'SERVERLESS_GATE_TEMPLATE'

/** A template nested past what is converted: not a value, an error where it is written. */
export const TEMPLATE_TOO_DEEP = 'too-deep'

/**
 * Parses a template string of a `.tf.json` file (`"${var.prefix}-api"`) as HCL reads it. The
 * text is wrapped in a heredoc, which needs no escaping; the heredoc's final newline is dropped.
 * Undefined when the template does not parse.
 */
export function parseTemplateString(
  parser: Parser,
  text: string
): Expr | typeof TEMPLATE_TOO_DEEP | undefined {
  if (text.includes(MARKER)) return undefined
  const tree = parser.parse(`t = <<${MARKER}\n${text}\n${MARKER}\n`)
  if (!tree) return undefined
  try {
    if (tree.rootNode.hasError) return undefined
    const attr = tree.rootNode.descendantsOfType('attribute')[0]
    const conv = new Converter()
    const expr = attr ? conv.attribute(attr).expr : undefined
    if (conv.tooDeep) return TEMPLATE_TOO_DEEP
    if (expr?.kind !== 'template') return expr
    const parts = [...expr.parts]
    const last = parts[parts.length - 1]
    if (last?.kind === 'text') {
      const trimmed = last.value.replace(/\n$/, '')
      if (trimmed === '') parts.pop()
      else parts[parts.length - 1] = { ...last, value: trimmed }
    }
    return { ...expr, parts, heredoc: false, text }
  } finally {
    tree.delete()
  }
}

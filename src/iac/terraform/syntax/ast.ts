import type { Range } from '../../../model/location.js'

/**
 * A small syntax tree of HCL, independent of the parser that produced it: blocks, attributes and
 * expressions with their 1-based positions. The evaluator turns it into located values.
 */

export interface HclBlock {
  type: string
  labels: string[]
  body: HclBody
  /** From the block type identifier to the closing brace. */
  range: Range
}

export interface HclBody {
  attributes: HclAttribute[]
  blocks: HclBlock[]
}

export interface HclAttribute {
  name: string
  /** The attribute name: where findings about it are reported. */
  nameRange: Range
  expr: Expr
}

export type Expr =
  LiteralExpr | TemplateExpr | TupleExpr | ObjectExpr | TraversalExpr | CallExpr | OpaqueExpr

interface ExprBase {
  range: Range
  /** The expression as written. */
  text: string
}

export interface LiteralExpr extends ExprBase {
  kind: 'literal'
  value: string | number | boolean | null
}

export type TemplatePart =
  /** `raw`: the text as written, before escapes and heredoc indentation are removed. */
  | { kind: 'text'; value: string; raw: string; range: Range }
  | { kind: 'interpolation'; expr: Expr; range: Range }

export interface TemplateExpr extends ExprBase {
  kind: 'template'
  parts: TemplatePart[]
  heredoc: boolean
  /** `%{ if }` / `%{ for }` directives: the template's value depends on them. */
  directives: boolean
}

export interface TupleExpr extends ExprBase {
  kind: 'tuple'
  items: Expr[]
}

export interface ObjectItem {
  /** The key as written: an identifier or a string, else the key expression's text. */
  key: string
  /** Whether the key is an expression to evaluate (`(var.name) = ...`). */
  computedKey?: Expr
  keyRange: Range
  value: Expr
}

export interface ObjectExpr extends ExprBase {
  kind: 'object'
  items: ObjectItem[]
}

export type TraversalStep =
  { kind: 'attr'; name: string } | { kind: 'index'; key: Expr } | { kind: 'splat' }

/** `var.name`, `aws_iam_role.lambda.arn`, `local.tags["env"]`, `each.value`. */
export interface TraversalExpr extends ExprBase {
  kind: 'traversal'
  root: string
  steps: TraversalStep[]
}

export interface CallExpr extends ExprBase {
  kind: 'call'
  name: string
  args: Expr[]
  /** `f(list...)`: the last argument is expanded. */
  expandFinal: boolean
}

/** Conditionals, for-expressions, operations, traversals of computed values: never decided. */
export interface OpaqueExpr extends ExprBase {
  kind: 'opaque'
  what: 'conditional' | 'for' | 'operation' | 'expression'
  /** The sub-expressions, for the names they refer to. */
  children: Expr[]
  /** A conditional's two results (`cond ? a : b`): a rule checks both, whichever the condition. */
  branches?: [Expr, Expr]
}

import type { Diagnostic, SourceLocation } from '../../../model/location.js'
import {
  isMap,
  type ListValue,
  type MapEntry,
  type MapValue,
  type Value,
  relocated
} from '../../../model/value.js'
import type {
  CallExpr,
  Expr,
  ObjectExpr,
  OpaqueExpr,
  TemplateExpr,
  TraversalExpr
} from '../syntax/ast.js'
import { constantArithmetic } from './arithmetic.js'
import { embeddedJson } from './embedded-json.js'
import { failsForSure, fallbackCall } from './fallbacks.js'
import { addressOf, resolveTraversal } from './traversal.js'
import { locOf, refsIn, symbolic } from './values.js'

/** What expressions can refer to: the folder's variables and locals. */
export interface Scope {
  /**
   * `var.NAME`: the variable's literal default (or what the variable files Terraform loads set),
   * with the values `-var-file` files give it (see `withPossibleValues`); undefined when none.
   */
  variable(name: string): Value | undefined
  /** `local.NAME`: the local's value (possibly symbolic), undefined when unknown or circular. */
  local(name: string): Value | undefined
  /** Charges `n` value nodes, used at `at`, against the folder's budget; false once it is spent. */
  charge(n: number, at: SourceLocation): boolean
  report(d: Diagnostic): void
}

export interface EvalContext {
  /** The file the expression is written in. */
  file: string
  scope: Scope
  /** Iterators of the `dynamic` blocks around the expression: `statement` → `{ key, value }`. */
  iterators?: ReadonlyMap<string, Value>
}

/** A string longer than this is not built from its parts: it stays symbolic. */
const MAX_STRING = 100_000

/** Conversion functions whose result is their literal argument. */
const PASS_THROUGH = new Set([
  'tolist',
  'toset',
  'tomap',
  'tostring',
  'tonumber',
  'tobool',
  // Hide the value from plans and output only: it is still written in the configuration.
  'sensitive',
  'nonsensitive'
])

/**
 * Evaluates an expression into a located value. Literals, variable defaults, literal locals,
 * arithmetic on number literals, `jsonencode({...})` and `merge` of known maps, and `lookup`,
 * `coalesce` and `try` of known values are decided; anything else is symbolic with the addresses
 * it refers to.
 * `json`: the attribute holds a JSON document (a policy), read from a heredoc or string.
 */
export function evaluate(expr: Expr, ctx: EvalContext, json = false): Value {
  const loc = locOf(ctx.file, expr.range)
  switch (expr.kind) {
    case 'literal':
      return { kind: 'scalar', value: expr.value, loc }
    case 'template':
      return (json && embeddedJson(expr, ctx)) || template(expr, ctx, loc)
    case 'tuple':
      return { kind: 'list', items: expr.items.map(i => evaluate(i, ctx, json)), loc }
    case 'object':
      return object(expr, ctx, loc)
    case 'traversal':
      return traversal(expr, ctx, loc)
    case 'call':
      return call(expr, ctx, loc)
    case 'opaque': {
      // Arithmetic on literals alone (`-1`, `7 * 24`) has one value whatever the plan.
      const constant = expr.children.length === 0 ? constantArithmetic(expr.text) : undefined
      if (constant !== undefined) return { kind: 'scalar', value: constant, loc }
      const refs = refsOf(
        expr.children,
        expr.children.map(c => evaluate(c, ctx))
      )
      if (expr.branches) return conditional(expr, expr.branches, ctx, refs, loc, json)
      return symbolic(expr.what, expr.text, refs, loc)
    }
  }
}

/**
 * `cond ? a : b`, the condition not decided: the literal both results are, else, when both are
 * lists, every item of either (a statement or action either may grant is checked, as a
 * CloudFormation `Fn::If` in a list is), else symbolic with both results as `args`.
 */
function conditional(
  expr: OpaqueExpr,
  [yes, no]: [Expr, Expr],
  ctx: EvalContext,
  refs: Set<string>,
  loc: SourceLocation,
  json: boolean
): Value {
  const a = evaluate(yes, ctx, json)
  const b = evaluate(no, ctx, json)
  if (a.kind === 'scalar' && b.kind === 'scalar' && a.value === b.value)
    return { kind: 'scalar', value: a.value, loc }
  if (a.kind === 'list' && b.kind === 'list')
    return { kind: 'list', items: [...a.items, ...b.items], loc }
  return symbolic(expr.what, expr.text, refs, loc, { kind: 'list', items: [a, b], loc })
}

function object(expr: ObjectExpr, ctx: EvalContext, loc: SourceLocation): Value {
  const entries = new Map<string, MapEntry>()
  for (const item of expr.items) {
    let key = item.key
    if (item.computedKey) {
      const k = evaluate(item.computedKey, ctx)
      if (k.kind === 'scalar' && k.value !== null) key = String(k.value)
    }
    const value = evaluate(item.value, ctx)
    entries.set(key, { key, keyLoc: locOf(ctx.file, item.keyRange), value })
  }
  return { kind: 'map', entries, loc }
}

function traversal(expr: TraversalExpr, ctx: EvalContext, loc: SourceLocation): Value {
  return resolveTraversal(expr, ctx, loc, key => evaluate(key, ctx))
}

function template(expr: TemplateExpr, ctx: EvalContext, loc: SourceLocation): Value {
  const [only] = expr.parts
  if (expr.parts.length === 1 && only?.kind === 'interpolation' && !expr.directives) {
    // "${x}" is x itself.
    return relocated(evaluate(only.expr, ctx), loc)
  }
  const pieces: string[] = []
  const refs = new Set<string>()
  let decided = !expr.directives
  let length = 0
  for (const part of expr.parts) {
    if (part.kind === 'text') {
      pieces.push(part.value)
      length += part.value.length
      continue
    }
    const v = evaluate(part.expr, ctx)
    refsOf([part.expr], [v], refs)
    if (v.kind === 'scalar' && v.value !== null) {
      const s = String(v.value)
      pieces.push(s)
      length += s.length
    } else decided = false
  }
  if (decided && length <= MAX_STRING) return { kind: 'scalar', value: pieces.join(''), loc }
  return symbolic('template', expr.text, refs, loc)
}

function call(expr: CallExpr, ctx: EvalContext, loc: SourceLocation): Value {
  const args = expr.args.map(a => evaluate(a, ctx))
  const [first] = args
  if (args.length === 1 && first && !expr.expandFinal) {
    if (expr.name === 'jsonencode' && (first.kind === 'map' || first.kind === 'list'))
      return relocated(first, loc)
    if (PASS_THROUGH.has(expr.name) && first.kind !== 'symbolic') return relocated(first, loc)
  }
  if (expr.name === 'merge' && !expr.expandFinal && args.length > 0 && args.every(isMap))
    return merged(args, loc)
  const list = expr.expandFinal ? undefined : listFunction(expr.name, args, loc)
  if (list) return list
  const fallback = fallbackCall(expr, args, loc, arg => failsForSure(arg, rootOf(ctx), evalIn(ctx)))
  if (fallback) return fallback
  return symbolic(expr.name, expr.text, refsOf(expr.args, args), loc)
}

function rootOf(ctx: EvalContext) {
  return (kind: 'var' | 'local', name: string): Value | undefined =>
    kind === 'var' ? ctx.scope.variable(name) : ctx.scope.local(name)
}

function evalIn(ctx: EvalContext) {
  return (e: Expr): Value => evaluate(e, ctx)
}

/**
 * `concat`, `flatten` and `distinct` of known lists, as policies built in `locals` use them: the
 * list they yield (`distinct` drops a literal already listed; symbolic items are kept).
 */
function listFunction(name: string, args: Value[], loc: SourceLocation): Value | undefined {
  if (args.length === 0 || !args.every(a => a.kind === 'list')) return undefined
  const lists = args as ListValue[]
  if (name === 'concat') return { kind: 'list', items: lists.flatMap(l => l.items), loc }
  if (lists.length !== 1) return undefined
  const [only] = lists as [ListValue]
  if (name === 'flatten') return { kind: 'list', items: flat(only.items), loc }
  if (name !== 'distinct') return undefined
  const seen = new Set<unknown>()
  const items = only.items.filter(i => {
    if (i.kind !== 'scalar') return true
    if (seen.has(i.value)) return false
    seen.add(i.value)
    return true
  })
  return { kind: 'list', items, loc }
}

function flat(items: Value[]): Value[] {
  return items.flatMap(i => (i.kind === 'list' ? flat(i.items) : [i]))
}

/** `merge(local.common, { KEY = "v" })` of known maps: later keys win, each entry where it is written. */
function merged(maps: MapValue[], loc: SourceLocation): MapValue {
  const entries = new Map<string, MapEntry>()
  for (const m of maps) for (const [key, e] of m.entries) entries.set(key, e)
  return { kind: 'map', entries, loc }
}

/** What an expression refers to: the addresses written in it, and those its values refer to. */
function refsOf(exprs: Expr[], values: Value[], out: Set<string> = new Set()): Set<string> {
  exprs.forEach((e, i) => {
    const address = e.kind === 'traversal' ? addressOf(e) : undefined
    if (address) out.add(address)
    refsIn(values[i], out)
  })
  return out
}

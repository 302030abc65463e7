import { get, type Value } from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'
import type { BlockDecl, BodySource } from './declarations.js'

/**
 * Whether Terraform creates no instance of a block: `count = 0`, or a `for_each` over an empty
 * collection, written as literals (a resource kept in the code but turned off). Such a block
 * deploys nothing, so nothing in it is reported. A count or collection from a variable or a local
 * keeps the block: a module's caller, or a variable file, may set it otherwise.
 */
export function hasNoInstance(decl: BlockDecl): boolean {
  // Override files are merged last: the last one to set an argument decides it.
  const bodies = [...(decl.overrides ?? []).map(o => o.body).reverse(), decl.body]
  const count = firstWritten(bodies, 'count')
  const forEach = firstWritten(bodies, 'for_each')
  return (count !== undefined && isZero(count)) || (forEach !== undefined && isEmpty(forEach))
}

type Written = { kind: 'hcl'; expr: Expr } | { kind: 'json'; value: Value }

function firstWritten(bodies: BodySource[], name: string): Written | undefined {
  for (const body of bodies) {
    if (body.kind === 'hcl') {
      const attribute = body.body.attributes.find(a => a.name === name)
      if (attribute) return { kind: 'hcl', expr: attribute.expr }
    } else {
      const value = get(body.value, name)
      if (value) return { kind: 'json', value }
    }
  }
  return undefined
}

function isZero(written: Written): boolean {
  const value = written.kind === 'hcl' ? literalOf(written.expr) : scalarOf(written.value)
  return (typeof value === 'number' || typeof value === 'string') && isZeroText(String(value))
}

/** A literal, or a string of text only (`"0"`, which Terraform converts to a number). */
function literalOf(expr: Expr): unknown {
  if (expr.kind === 'literal') return expr.value
  const [part, ...rest] = expr.kind === 'template' && !expr.directives ? expr.parts : []
  return part?.kind === 'text' && rest.length === 0 ? part.value : undefined
}

function scalarOf(value: Value): unknown {
  return value.kind === 'scalar' ? value.value : undefined
}

function isZeroText(text: string): boolean {
  return /^\s*0+(\.0*)?\s*$/.test(text)
}

function isEmpty(written: Written): boolean {
  if (written.kind === 'json') {
    const v = written.value
    return (v.kind === 'list' && v.items.length === 0) || (v.kind === 'map' && v.entries.size === 0)
  }
  return isEmptyExpr(written.expr)
}

/** `[]`, `{}`, or `toset([])` / `tomap({})` / `tolist([])` of one. */
function isEmptyExpr(expr: Expr): boolean {
  if (expr.kind === 'tuple' || expr.kind === 'object') return expr.items.length === 0
  if (expr.kind !== 'call' || !['toset', 'tomap', 'tolist'].includes(expr.name)) return false
  const [only, ...rest] = expr.args
  return only !== undefined && rest.length === 0 && !expr.expandFinal && isEmptyExpr(only)
}

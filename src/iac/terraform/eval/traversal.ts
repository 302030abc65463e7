import type { SourceLocation } from '../../../model/location.js'
import { relocate, type Value } from '../../../model/value.js'
import type { Expr, TraversalExpr, TraversalStep } from '../syntax/ast.js'
import type { EvalContext } from './evaluate.js'
import { refsIn, sizeOf, step, symbolic } from './values.js'

/** Roots that name Terraform's own objects, not resources. */
const NOT_ADDRESSES = new Set(['each', 'count', 'self', 'path', 'terraform'])

/**
 * The address a traversal refers to: `var.x`, `local.x`, `module.m`, `data.type.name`,
 * `type.name` for resources (instance keys dropped). Undefined for iteration variables and
 * Terraform's own objects (`each.value`, `path.module`).
 */
export function addressOf(t: TraversalExpr): string | undefined {
  const names: string[] = []
  for (const s of t.steps) {
    if (s.kind !== 'attr') break
    names.push(s.name)
  }
  const [first, second] = names
  if (!first) return undefined
  if (t.root === 'var' || t.root === 'local' || t.root === 'module') return `${t.root}.${first}`
  if (t.root === 'data') return second ? `data.${first}.${second}` : undefined
  if (NOT_ADDRESSES.has(t.root) || !t.root.includes('_')) return undefined
  return `${t.root}.${first}`
}

/** Resolves `var.x` to its default, `local.x` to its value; anything else stays symbolic. */
export function resolveTraversal(
  t: TraversalExpr,
  ctx: EvalContext,
  loc: SourceLocation,
  evalKey: (key: Expr) => Value
): Value {
  const iterator = ctx.iterators?.get(t.root)
  if (iterator) {
    const found = follow(iterator, t.steps, evalKey)
    if (found && found.kind !== 'symbolic' && ctx.scope.charge(sizeOf(found), loc))
      return relocate(found, loc)
    // An instance whose value differs between a condition's branches is each of them.
    if (found?.kind === 'symbolic' && found.fn === 'conditional') return relocate(found, loc)
    return symbolic('iterator', t.text, refsIn(found ?? iterator), loc)
  }
  const address = addressOf(t)
  const [head, ...rest] = t.steps
  const name = head?.kind === 'attr' ? head.name : undefined
  if (t.root === 'path' && name === 'module' && rest.length === 0) {
    // The module's own folder: what relative paths in it are relative to.
    return { kind: 'scalar', value: '.', loc }
  }
  if ((t.root === 'var' || t.root === 'local') && name !== undefined) {
    const base = t.root === 'var' ? ctx.scope.variable(name) : ctx.scope.local(name)
    // A variable `-var-file` files give several values is each of them (see `withPossibleValues`).
    if (t.root === 'var' && rest.length === 0 && base?.kind === 'symbolic')
      return relocate(base, loc)
    const found = base && follow(base, rest, evalKey)
    if (found && found.kind !== 'symbolic' && ctx.scope.charge(sizeOf(found), loc)) {
      return relocate(found, loc)
    }
    const refs = refsIn(found ?? base)
    return symbolic(t.root, t.text, [address ?? t.root, ...refs], loc)
  }
  return symbolic(fnOf(t.root), t.text, address ? [address] : [], loc)
}

function follow(
  base: Value,
  steps: TraversalStep[],
  evalKey: (key: Expr) => Value
): Value | undefined {
  let cur: Value | undefined = base
  for (const s of steps) {
    if (!cur || cur.kind === 'symbolic') return cur
    if (s.kind === 'attr') cur = step(cur, s.name)
    else if (s.kind === 'index') {
      const key = evalKey(s.key)
      if (key.kind !== 'scalar' || key.value === null || typeof key.value === 'boolean')
        return undefined
      cur = step(cur, key.value)
    } else return undefined
  }
  return cur
}

function fnOf(root: string): string {
  if (root === 'data' || root === 'module' || NOT_ADDRESSES.has(root)) return root
  return 'ref'
}

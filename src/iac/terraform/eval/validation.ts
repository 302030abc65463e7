import type { Value } from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'
import { sameScalar } from './values.js'

/**
 * The values a variable's `validation` blocks allow, when a condition is written as Terraform's
 * documentation shows it, `contains(["a", "b"], var.NAME)`, over a list of literals (written, or a
 * local of them): Terraform refuses any other value, so a deployment gives one of these. Several
 * such conditions allow what all of them allow. Undefined when no condition has that form, or
 * its list is not known: the variable is then read without them.
 */
export function allowedByValidation(
  name: string,
  conditions: readonly Condition[]
): Value[] | undefined {
  let allowed: Value[] | undefined
  for (const { expr, evaluate } of conditions) {
    const listed = containsList(name, unwrapped(expr), evaluate)
    if (!listed) continue
    allowed = (allowed ?? listed).filter(
      (a, i, all) =>
        listed.some(l => sameScalar(a, l)) && all.findIndex(b => sameScalar(a, b)) === i
    )
  }
  return allowed && allowed.length > 0 ? allowed : undefined
}

/** A `validation` block's `condition`, and how its parts are evaluated where it is written. */
export interface Condition {
  expr: Expr
  evaluate: (expr: Expr) => Value
}

/** `"${x}"` is `x`: a `.tf.json` condition is written so. */
function unwrapped(expr: Expr): Expr {
  const [only, ...rest] = expr.kind === 'template' && !expr.directives ? expr.parts : []
  return only?.kind === 'interpolation' && rest.length === 0 ? only.expr : expr
}

/** The items of `contains(LIST, var.NAME)`'s list, when all are literal and not null. */
function containsList(
  name: string,
  expr: Expr,
  evaluate: (expr: Expr) => Value
): Value[] | undefined {
  if (expr.kind !== 'call' || expr.name !== 'contains' || expr.expandFinal) return undefined
  const [list, value, ...rest] = expr.args
  if (!list || !value || rest.length > 0 || !isVariable(value, name)) return undefined
  const v = evaluate(list)
  if (v.kind !== 'list' || v.items.length === 0) return undefined
  return v.items.every(i => i.kind === 'scalar' && i.value !== null) ? v.items : undefined
}

function isVariable(expr: Expr, name: string): boolean {
  const [step, ...rest] = expr.kind === 'traversal' && expr.root === 'var' ? expr.steps : []
  return step?.kind === 'attr' && step.name === name && rest.length === 0
}

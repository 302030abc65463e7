import type { Scalar, Value } from '../../../model/value.js'
import { symbolic } from './values.js'

/**
 * A variable's value with the values `-var-file` files give it: each may be the one deployed.
 * Strings, numbers and booleans are the default (or what the files Terraform loads set) with every
 * value as a choice, which the rules that check each branch of a condition check; lists are every
 * item of either, as a conditional of lists is. Without a default, or with values of other shapes,
 * it is a conditional of them all: not known before deployment, each branch checked.
 */
export function withPossibleValues(
  name: string,
  base: Value | undefined,
  others: readonly Value[]
): Value | undefined {
  const all = base ? [base, ...others] : [...others]
  const [first] = all
  if (!first || all.length === 1) return first
  if (all.every(v => v.kind === 'scalar')) {
    const choices = unique(all.map(v => (v.kind === 'scalar' ? v.value : null)))
    if (choices.length === 1) return first
    if (base?.kind === 'scalar') return { ...base, choices }
  }
  if (base && all.every(v => v.kind === 'list'))
    return {
      kind: 'list',
      items: all.flatMap(v => (v.kind === 'list' ? v.items : [])),
      loc: base.loc
    }
  return conditionalOf(`var.${name}`, all)
}

function unique(values: Scalar[]): Scalar[] {
  return values.filter((v, i) => values.indexOf(v) === i)
}

/** `a ? b ? c` as Terraform conditionals nest: each value a branch. */
export function conditionalOf(expr: string, values: Value[]): Value {
  const [first, ...rest] = values
  if (!first) throw new Error('no values')
  if (rest.length === 0) return first
  const args: Value = { kind: 'list', items: [first, conditionalOf(expr, rest)], loc: first.loc }
  return symbolic('conditional', expr, [expr], first.loc, args)
}

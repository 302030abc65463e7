import type { SourceLocation } from '../../../model/location.js'
import { relocate, type MapValue, type Scalar, type Value } from '../../../model/value.js'
import type { CallExpr, Expr } from '../syntax/ast.js'
import { conditionalOf } from './possible-values.js'
import { isLiteral, sameScalar, step } from './values.js'

/** More combinations of choices than this, and a call stays symbolic. */
const MAX_COMBINATIONS = 64

/**
 * `lookup`, `coalesce` and `try`, Terraform's ways of falling back to a default, decided when
 * what they read is known before the plan: the value Terraform would compute, located at the
 * call. Undefined (the call stays symbolic) whenever an argument it depends on is not known: a
 * fallback is never taken for a value that may be there at the plan.
 */
export function fallbackCall(
  expr: CallExpr,
  args: Value[],
  loc: SourceLocation,
  fails: (arg: Expr) => boolean
): Value | undefined {
  if (expr.expandFinal) return undefined
  const decided = (v: Value | undefined) => v && relocate(v, loc)
  if (expr.name === 'lookup') return overChoices(expr.text, args, lookup, decided)
  if (expr.name === 'coalesce') return overChoices(expr.text, args, coalesce, decided)
  if (expr.name === 'try') return decided(tryOf(expr.args, args, fails))
  return undefined
}

/**
 * `lookup(map, key, default)`: the map's value at the key, else the default. Without a default,
 * a missing key is an error Terraform reports: undefined.
 */
function lookup(args: Value[]): Value | undefined {
  const [map, key, fallback, ...rest] = args
  if (map?.kind !== 'map' || key?.kind !== 'scalar' || rest.length > 0) return undefined
  if (key.value === null || typeof key.value === 'boolean') return undefined
  const found = map.entries.get(String(key.value))?.value
  return found ?? (keysAllKnown(map) ? fallback : undefined)
}

/**
 * Whether every key of a map is a name as written (`a`, `"prod-eu"`): a key computed from
 * something unknown (`(var.name) = ...`) is kept under its text, and may be any key at the
 * plan, so no key is certainly missing. Keys with other characters count as unknown too.
 */
function keysAllKnown(map: MapValue): boolean {
  for (const key of map.entries.keys()) if (!/^[\w-]+$/.test(key)) return false
  return true
}

/** `coalesce(a, b, ...)`: the first argument that is neither null nor an empty string. */
function coalesce(args: Value[]): Value | undefined {
  for (const a of args) {
    if (a.kind !== 'scalar') return undefined
    if (a.value !== null && a.value !== '') return a
  }
  return undefined
}

/**
 * `try(a, b, ...)`: the first argument that evaluates without an error. One fully known is it;
 * one known to fail (`fails`: a key its known map does not have) is passed over; anything else
 * may or may not fail at the plan, so the call is not decided.
 */
function tryOf(exprs: Expr[], args: Value[], fails: (arg: Expr) => boolean): Value | undefined {
  for (let i = 0; i < args.length; i++) {
    if (fails(exprs[i] as Expr)) continue
    const arg = args[i] as Value
    return isLiteral(arg) ? arg : undefined
  }
  return undefined
}

/**
 * A function of arguments some of which have choices (a variable that var files or validation
 * give several values): its result for each combination, as the branches of a condition; the
 * one result when all agree. Undefined when any combination is not decided.
 */
function overChoices(
  text: string,
  args: Value[],
  fn: (args: Value[]) => Value | undefined,
  decided: (v: Value | undefined) => Value | undefined
): Value | undefined {
  const combinations = combine(args)
  if (!combinations) return undefined
  const results: Value[] = []
  for (const c of combinations) {
    const r = decided(fn(c))
    if (!r) return undefined
    results.push(r)
  }
  const [first] = results
  if (first && results.every(r => sameScalar(r, first))) return first
  return results.length > 0 ? conditionalOf(text, results) : undefined
}

/** Every way of reading the arguments, each choice of a scalar standing alone. */
function combine(args: Value[]): Value[][] | undefined {
  let out: Value[][] = [[]]
  for (const a of args) {
    const each: Value[] =
      a.kind === 'scalar' && a.choices
        ? a.choices.map((value: Scalar): Value => ({ kind: 'scalar', value, loc: a.loc }))
        : [a]
    out = out.flatMap(c => each.map(v => [...c, v]))
    if (out.length > MAX_COMBINATIONS) return undefined
  }
  return out
}

/**
 * Whether a reference certainly fails: `local.x.key` or `var.x["key"]` where a map on the way is
 * known and has no such key (or a step reads into a string, number, bool or null). A list on
 * the way, a computed key or an unknown value may be anything at the plan: not certain.
 */
export function failsForSure(
  expr: Expr,
  root: (kind: 'var' | 'local', name: string) => Value | undefined,
  key: (expr: Expr) => Value
): boolean {
  if (expr.kind !== 'traversal' || (expr.root !== 'var' && expr.root !== 'local')) return false
  const [head, ...rest] = expr.steps
  if (head?.kind !== 'attr') return false
  let cur = root(expr.root, head.name)
  for (const s of rest) {
    if (!cur || cur.kind === 'symbolic' || cur.kind === 'list') return false
    if (cur.kind === 'scalar') return true
    const name = s.kind === 'attr' ? s.name : s.kind === 'index' ? keyName(key(s.key)) : undefined
    if (name === undefined) return false
    const next = step(cur, name)
    if (next === undefined) return keysAllKnown(cur)
    cur = next
  }
  return false
}

function keyName(v: Value): string | undefined {
  if (v.kind !== 'scalar' || v.choices || v.value === null || typeof v.value === 'boolean')
    return undefined
  return String(v.value)
}

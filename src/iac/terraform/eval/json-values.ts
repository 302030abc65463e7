import {
  asList,
  isMap,
  membersOnce,
  type MapEntry,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'
import { evaluate, type EvalContext } from './evaluate.js'
import { relocate, symbolic } from './values.js'

const TEMPLATE_MARK = /\$\{|%\{/

/** Parses a template string of a `.tf.json` file (`"${var.x}-suffix"`) into an expression. */
export type TemplateParser = (text: string) => Expr | undefined

/**
 * Evaluates a value of a `.tf.json` file: JSON strings are templates there, so a string holding
 * `${...}` is parsed and evaluated like HCL; the result is located at the string.
 */
export function evaluateJson(v: Value, ctx: EvalContext, parseTemplate: TemplateParser): Value {
  switch (v.kind) {
    case 'list':
      return withItems(
        v,
        v.items.map(i => evaluateJson(i, ctx, parseTemplate))
      )
    case 'map': {
      const entries = new Map<string, MapEntry>()
      for (const e of membersOnce(v)) {
        const read = withValue(e, evaluateJson(e.value, ctx, parseTemplate))
        const before = entries.get(e.key)
        entries.set(e.key, before ? writtenAgain(before, read) : read)
      }
      return withEntries(v, entries)
    }
    case 'scalar': {
      if (typeof v.value !== 'string' || !TEMPLATE_MARK.test(v.value)) return v
      const expr = parseTemplate(v.value)
      if (!expr) return symbolic('template', v.value, [], v.loc)
      return relocate(evaluate(expr, { ...ctx, file: v.loc.file }), v.loc)
    }
    default:
      return v
  }
}

/**
 * A name written twice in one object. Terraform keeps both: nested blocks (`"statement": {...}`
 * twice) are blocks of each, so they are listed together at the first; an argument written twice
 * is an error Terraform reports, and the last one stands.
 */
function writtenAgain(before: MapEntry, again: MapEntry): MapEntry {
  if (!isBlocks(before.value) || !isBlocks(again.value)) return again
  const items = [...asList(before.value), ...asList(again.value)]
  return withValue(before, { kind: 'list', items, loc: before.value.loc })
}

function isBlocks(v: Value): boolean {
  return isMap(v) || (v.kind === 'list' && v.items.length > 0 && v.items.every(isMap))
}

import {
  asList,
  isMap,
  membersOnce,
  relocate,
  type MapEntry,
  type MapValue,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../../model/value.js'
import type { Expr } from '../syntax/ast.js'
import { TOO_DEEP_MESSAGE } from '../syntax/convert.js'
import { TEMPLATE_TOO_DEEP } from '../syntax/template-string.js'
import { diagnostic } from '../../../model/location.js'
import { dynamicIterations } from './dynamic.js'
import { evaluate, type EvalContext } from './evaluate.js'
import { symbolic } from './values.js'

const TEMPLATE_MARK = /\$\{|%\{/

/** Parses a template string of a `.tf.json` file (`"${var.x}-suffix"`) into an expression. */
export type TemplateParser = (text: string) => Expr | typeof TEMPLATE_TOO_DEEP | undefined

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
        const dynamic = e.key === 'dynamic' ? dynamicBlocks(e.value, ctx, parseTemplate) : undefined
        for (const read of dynamic ?? [withValue(e, evaluateJson(e.value, ctx, parseTemplate))]) {
          const before = entries.get(read.key)
          entries.set(read.key, before ? writtenAgain(before, read) : read)
        }
      }
      return withEntries(v, entries)
    }
    case 'scalar': {
      if (typeof v.value !== 'string' || !TEMPLATE_MARK.test(v.value)) return v
      const expr = parseTemplate(v.value)
      if (expr === TEMPLATE_TOO_DEEP)
        ctx.scope.report(diagnostic(v.loc.file, TOO_DEEP_MESSAGE, 'too-deep', v.loc))
      if (!expr || expr === TEMPLATE_TOO_DEEP) return symbolic('template', v.value, [], v.loc)
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

/**
 * `"dynamic": {"statement": {"for_each": [...], "iterator": "s", "content": {...}}}`, Terraform's
 * JSON form of `dynamic` blocks: the blocks each type generates, one per element of a known
 * `for_each` (its iterator bound to the element), else one whose content refers to the iterator
 * symbolically. Undefined when the value does not have that shape (an object written as a value).
 */
function dynamicBlocks(
  v: Value,
  ctx: EvalContext,
  parseTemplate: TemplateParser
): MapEntry[] | undefined {
  if (!isMap(v)) return undefined
  const out: MapEntry[] = []
  for (const typeEntry of membersOnce(v)) {
    const specs = asList(typeEntry.value).filter(isMap)
    const contents = specs.map(spec => spec.entries.get('content')?.value)
    if (specs.length === 0 || !contents.every(isMap)) return undefined
    const blocks = specs.flatMap((spec, i) => {
      const content = contents[i] as MapValue
      const forEach = spec.entries.get('for_each')?.value
      const iterations =
        forEach && dynamicIterations(evaluateJson(forEach, ctx, parseTemplate), ctx)
      if (!iterations) return [evaluateJson(content, ctx, parseTemplate)]
      const it = spec.entries.get('iterator')?.value
      const name = it?.kind === 'scalar' && typeof it.value === 'string' ? it.value : typeEntry.key
      return iterations.map(element => {
        const iterators = new Map(ctx.iterators).set(name, element)
        return evaluateJson(content, { ...ctx, iterators }, parseTemplate)
      })
    })
    if (blocks.length > 0)
      out.push({ ...typeEntry, value: { kind: 'list', items: blocks, loc: typeEntry.value.loc } })
  }
  return out
}

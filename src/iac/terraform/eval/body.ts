import type { SourceLocation } from '../../../model/location.js'
import type { ListValue, MapEntry, MapValue, Value } from '../../../model/value.js'
import type { BlockDecl, BodySource } from '../config/declarations.js'
import type { HclBlock, HclBody } from '../syntax/ast.js'
import { dynamicIterations } from './dynamic.js'
import { evaluate, type EvalContext } from './evaluate.js'
import { evaluateJson } from './json-values.js'
import type { FolderScope } from './scope.js'
import { locOf } from './values.js'

/** Attributes whose strings are JSON policy documents (heredocs, quoted JSON). */
const POLICY_ATTRIBUTES = new Set([
  'policy',
  'assume_role_policy',
  'policy_json',
  'policy_jsons',
  'source_json',
  'override_json'
])

/** A declared block's body, with the bodies of its override files merged in (see `isOverrideFile`). */
export function evaluateDeclaredBody(decl: BlockDecl, scope: FolderScope, each?: Value): MapValue {
  const body = evaluateBody(decl.body, decl.file, scope, decl.loc, each)
  if (!decl.overrides) return body
  const entries = new Map(body.entries)
  for (const o of decl.overrides)
    for (const [key, e] of evaluateBody(o.body, o.file, scope, decl.loc, each).entries)
      entries.set(key, e)
  return { kind: 'map', entries, loc: body.loc }
}

/**
 * A block's body as a located map: each attribute under its name (located at the name), each
 * kind of nested block under its type as a list of maps, one per block. A `dynamic "x"` block
 * counts as one `x` block whose content refers to its iterator symbolically. `each` is the
 * instance's `{ key, value }` when the body is read for one instance of a `for_each`.
 */
export function evaluateBody(
  source: BodySource,
  file: string,
  scope: FolderScope,
  loc: SourceLocation,
  each?: Value
): MapValue {
  const ctx = scope.context(file)
  if (each) ctx.iterators = new Map([['each', each]])
  if (source.kind === 'json') {
    const v = evaluateJson(source.value, ctx, scope.parseTemplate)
    return v.kind === 'map' ? v : { kind: 'map', entries: new Map(), loc }
  }
  return hclBody(source.body, ctx, loc)
}

function hclBody(body: HclBody, ctx: EvalContext, loc: SourceLocation): MapValue {
  const entries = new Map<string, MapEntry>()
  for (const a of body.attributes) {
    const value = evaluate(a.expr, ctx, POLICY_ATTRIBUTES.has(a.name))
    entries.set(a.name, { key: a.name, keyLoc: locOf(ctx.file, a.nameRange), value })
  }
  for (const b of body.blocks) {
    for (const nested of nestedBlocks(b, ctx)) {
      const existing = entries.get(nested.type)
      if (existing?.value.kind === 'list') existing.value.items.push(nested.value)
      else if (!existing) {
        const list: ListValue = { kind: 'list', items: [nested.value], loc: nested.value.loc }
        entries.set(nested.type, { key: nested.type, keyLoc: nested.value.loc, value: list })
      }
    }
  }
  return { kind: 'map', entries, loc }
}

/**
 * A nested block; a `dynamic "x"` block is one `x` block for each element of a literal
 * `for_each` (its iterator bound to the element, as Terraform expands it), or one whose content
 * refers to its iterator symbolically when the collection is not known.
 */
function nestedBlocks(b: HclBlock, ctx: EvalContext): { type: string; value: Value }[] {
  const loc = locOf(ctx.file, b.range)
  if (b.type !== 'dynamic') return [{ type: b.type, value: hclBody(b.body, ctx, loc) }]
  const [type] = b.labels
  const content = b.body.blocks.find(c => c.type === 'content')
  if (!type || !content) return []
  const elements = dynamicElements(b, ctx)
  if (!elements) return [{ type, value: hclBody(content.body, ctx, loc) }]
  const name = iteratorName(b) ?? type
  return elements.map(element => {
    const iterators = new Map(ctx.iterators).set(name, element)
    return { type, value: hclBody(content.body, { ...ctx, iterators }, loc) }
  })
}

/** `{ key, value }` for each element of a literal `for_each`; undefined when it is not known. */
function dynamicElements(b: HclBlock, ctx: EvalContext): Value[] | undefined {
  const forEach = b.body.attributes.find(a => a.name === 'for_each')
  return forEach ? dynamicIterations(evaluate(forEach.expr, ctx), ctx) : undefined
}

/** `iterator = name` sets the iterator's name; the block type names it otherwise. */
function iteratorName(b: HclBlock): string | undefined {
  const it = b.body.attributes.find(a => a.name === 'iterator')?.expr
  return it?.kind === 'traversal' && it.steps.length === 0 ? it.root : undefined
}

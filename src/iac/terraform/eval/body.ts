import type { SourceLocation } from '../../../model/location.js'
import type { ListValue, MapEntry, MapValue, Value } from '../../../model/value.js'
import type { BlockDecl, BodySource } from '../config/declarations.js'
import type { HclBlock, HclBody } from '../syntax/ast.js'
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
export function evaluateDeclaredBody(decl: BlockDecl, scope: FolderScope): MapValue {
  const body = evaluateBody(decl.body, decl.file, scope, decl.loc)
  if (!decl.overrides) return body
  const entries = new Map(body.entries)
  for (const o of decl.overrides)
    for (const [key, e] of evaluateBody(o.body, o.file, scope, decl.loc).entries)
      entries.set(key, e)
  return { kind: 'map', entries, loc: body.loc }
}

/**
 * A block's body as a located map: each attribute under its name (located at the name), each
 * kind of nested block under its type as a list of maps, one per block. A `dynamic "x"` block
 * counts as one `x` block whose content refers to its iterator symbolically.
 */
export function evaluateBody(
  source: BodySource,
  file: string,
  scope: FolderScope,
  loc: SourceLocation
): MapValue {
  if (source.kind === 'json') {
    const v = evaluateJson(source.value, scope.context(file), scope.parseTemplate)
    return v.kind === 'map' ? v : { kind: 'map', entries: new Map(), loc }
  }
  return hclBody(source.body, scope.context(file), loc)
}

function hclBody(body: HclBody, ctx: EvalContext, loc: SourceLocation): MapValue {
  const entries = new Map<string, MapEntry>()
  for (const a of body.attributes) {
    const value = evaluate(a.expr, ctx, POLICY_ATTRIBUTES.has(a.name))
    entries.set(a.name, { key: a.name, keyLoc: locOf(ctx.file, a.nameRange), value })
  }
  for (const b of body.blocks) {
    const nested = nestedBlock(b, ctx)
    if (!nested) continue
    const existing = entries.get(nested.type)
    if (existing?.value.kind === 'list') existing.value.items.push(nested.value)
    else if (!existing) {
      const list: ListValue = { kind: 'list', items: [nested.value], loc: nested.value.loc }
      entries.set(nested.type, { key: nested.type, keyLoc: nested.value.loc, value: list })
    }
  }
  return { kind: 'map', entries, loc }
}

function nestedBlock(b: HclBlock, ctx: EvalContext): { type: string; value: Value } | undefined {
  const loc = locOf(ctx.file, b.range)
  if (b.type !== 'dynamic') return { type: b.type, value: hclBody(b.body, ctx, loc) }
  const [type] = b.labels
  const content = b.body.blocks.find(c => c.type === 'content')
  if (!type || !content) return undefined
  return { type, value: hclBody(content.body, ctx, loc) }
}

import { diagnostic, type SourceLocation } from '../../../model/location.js'
import {
  relocate,
  type MapEntry,
  type Value,
  withEntries,
  withItems
} from '../../../model/value.js'
import { loadDocument } from '../../document/yaml.js'
import type { TemplateExpr } from '../syntax/ast.js'
import { evaluate, type EvalContext } from './evaluate.js'
import { refsIn, shift, symbolic } from './values.js'

/** Private-use characters mark interpolations inside the JSON text while it is read. */
const OPEN = '\uE000'
const CLOSE = '\uE001'
const PAD = '\uE002'
const MARKER = /\uE000(\d+)\uE001\uE002*/g

/**
 * Reads a policy written as JSON in a heredoc or a quoted string: the document comes back as a
 * located value whose lines are those of the `.tf` file, with each `${...}` inside it evaluated
 * (and symbolic when it cannot be decided). Undefined when the text is not a JSON object.
 */
export function embeddedJson(t: TemplateExpr, ctx: EvalContext): Value | undefined {
  if (t.directives) return undefined
  const first = t.parts[0]
  if (!first || first.kind !== 'text' || !first.value.trimStart().startsWith('{')) return undefined
  const holes: Value[] = []
  const holeTexts: string[] = []
  let text = ''
  for (const part of t.parts) {
    if (part.kind === 'text') {
      // A heredoc as written keeps its columns; JSON does not mind the indentation.
      text += t.heredoc ? part.raw : part.value
      continue
    }
    const i = holes.length
    holes.push(evaluate(part.expr, ctx))
    const written = part.expr.text
    holeTexts.push(`\${${written}}`)
    const marker = `${OPEN}${i}${CLOSE}`
    const width =
      part.range.start.line === part.range.end.line
        ? part.range.end.column - part.range.start.column
        : marker.length
    text += marker + PAD.repeat(Math.max(0, width - marker.length))
  }
  const loaded = loadDocument(ctx.file, text)
  const start = first.range.start
  if (loaded.diagnostics.length > 0 || loaded.value?.kind !== 'map') {
    const d = loaded.diagnostics[0]
    ctx.scope.report(
      diagnostic(
        ctx.file,
        `policy is not a JSON object${d ? `: ${d.message}` : ''}`,
        'invalid-policy-json',
        {
          line: start.line + (d ? d.line - 1 : 0),
          column: d && d.line > 1 ? d.column : start.column + (d ? d.column - 1 : 0)
        },
        'warning'
      )
    )
    return undefined
  }
  const located = shift(loaded.value, start.line - 1, start.column - 1)
  return fill(located, holes, holeTexts)
}

/** Puts the evaluated interpolations back where their markers are. */
function fill(v: Value, holes: Value[], texts: string[]): Value {
  if (v.kind === 'list')
    return withItems(
      v,
      v.items.map(i => fill(i, holes, texts))
    )
  if (v.kind === 'map') {
    const entries = new Map<string, MapEntry>()
    for (const e of v.entries.values()) {
      const key = e.key.replace(MARKER, (_m, i: string) => texts[Number(i)] ?? '')
      entries.set(key, { key, keyLoc: e.keyLoc, value: fill(e.value, holes, texts) })
    }
    return withEntries(v, entries)
  }
  if (v.kind !== 'scalar' || typeof v.value !== 'string' || !v.value.includes(OPEN)) return v
  return fillString(v.value, v.loc, holes, texts)
}

function fillString(s: string, loc: SourceLocation, holes: Value[], texts: string[]): Value {
  const whole = /^\uE000(\d+)\uE001\uE002*$/.exec(s)
  if (whole) {
    const hole = holes[Number(whole[1])]
    if (hole) return relocate(hole, loc)
  }
  const refs = new Set<string>()
  let decided = true
  const value = s.replace(MARKER, (_m, i: string) => {
    const hole = holes[Number(i)]
    refsIn(hole, refs)
    if (hole?.kind === 'scalar' && hole.value !== null) return String(hole.value)
    decided = false
    return ''
  })
  if (decided) return { kind: 'scalar', value, loc }
  const written = s.replace(MARKER, (_m, i: string) => texts[Number(i)] ?? '')
  return symbolic('template', written, refs, loc)
}

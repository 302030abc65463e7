import type { SourceLocation } from '../../model/location.js'
import type { MapValue, SymbolicValue, Value } from '../../model/value.js'
import { ownValue } from '../../model/own.js'

/** Long-form names of the short tags that are not `Fn::<Name>`. */
const LONG_NAME: Record<string, string> = { Ref: 'Ref', Condition: 'Condition' }

/** The intrinsic a short-form tag (`!Ref`, `!Sub`, ...) stands for. */
export function intrinsicFromTag(tag: string, args: Value, loc: SourceLocation): SymbolicValue {
  const fn = ownValue(LONG_NAME, tag) ?? `Fn::${tag}`
  return {
    kind: 'symbolic',
    fn,
    expr: `!${tag} ${render(args)}`,
    refs: refsOf(fn, args),
    args,
    loc
  }
}

/** `{ "Ref": X }` and `{ "Fn::Name": args }` maps are intrinsics too. */
export function intrinsicFromMap(map: MapValue): SymbolicValue | undefined {
  if (map.entries.size !== 1) return undefined
  // Single-entry maps are common (tags, metadata): only an intrinsic's entry is looked at further.
  const key = map.entries.keys().next().value as string
  if (key !== 'Ref' && key !== 'Condition' && !key.startsWith('Fn::')) return undefined
  const entry = map.entries.get(key) as { value: Value }
  if (key === 'Condition' && entry.value.kind !== 'scalar') return undefined
  const short = key === 'Ref' || key === 'Condition' ? key : key.slice(4)
  return {
    kind: 'symbolic',
    fn: key,
    expr: `!${short} ${render(entry.value)}`,
    refs: refsOf(key, entry.value),
    args: entry.value,
    loc: map.loc
  }
}

const SUB_VARIABLE = /\$\{(?!!)([^}]+)\}/g

/** Logical ids and parameter names an intrinsic refers to (pseudo parameters excluded). */
export function refsOf(fn: string, args: Value): string[] {
  const out = new Set<string>()
  const add = (name: string | undefined): void => {
    if (name && !name.startsWith('AWS::')) out.add(name)
  }
  if (fn === 'Ref' && args.kind === 'scalar') add(String(args.value))
  else if (fn === 'Fn::GetAtt') {
    if (args.kind === 'scalar') add(String(args.value).split('.')[0])
    else if (args.kind === 'list' && args.items[0]?.kind === 'scalar')
      add(String(args.items[0].value))
  } else if (fn === 'Fn::Sub') {
    const template = args.kind === 'list' ? args.items[0] : args
    if (template?.kind === 'scalar') {
      for (const m of String(template.value).matchAll(SUB_VARIABLE))
        add(m[1]?.split('.')[0]?.trim())
    }
  }
  collectNested(args, out)
  return [...out]
}

function collectNested(v: Value, out: Set<string>): void {
  if (v.kind === 'symbolic') v.refs.forEach(r => out.add(r))
  else if (v.kind === 'list') v.items.forEach(i => collectNested(i, out))
  else if (v.kind === 'map') v.entries.forEach(e => collectNested(e.value, out))
}

/** A short, single-line rendering of a value for messages. */
export function render(v: Value | undefined, max = 80): string {
  const text = renderFull(v)
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function renderFull(v: Value | undefined): string {
  if (v === undefined) return ''
  switch (v.kind) {
    case 'scalar':
      return typeof v.value === 'string' ? v.value : JSON.stringify(v.value)
    case 'symbolic':
      return v.expr
    case 'list':
      return `[${v.items.map(renderFull).join(', ')}]`
    case 'map':
      return `{${[...v.entries.values()].map(e => `${e.key}: ${renderFull(e.value)}`).join(', ')}}`
  }
}

const DYNAMIC_REFERENCE = /\{\{resolve:(ssm|ssm-secure|secretsmanager):([^}]*)\}\}/

/**
 * A string holding a CloudFormation dynamic reference (`{{resolve:secretsmanager:...}}`) is
 * resolved by CloudFormation at deploy time: it is symbolic, with the service as its function.
 */
export function dynamicReference(v: Value): SymbolicValue | undefined {
  if (v.kind !== 'scalar' || typeof v.value !== 'string' || !v.value.includes('{{resolve:'))
    return undefined
  const m = DYNAMIC_REFERENCE.exec(v.value)
  if (!m) return undefined
  return { kind: 'symbolic', fn: `resolve:${m[1]}`, expr: v.value, refs: [], loc: v.loc }
}

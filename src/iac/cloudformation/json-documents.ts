import { diagnostic, type Position, type SourceLocation } from '../../model/location.js'
import {
  isMap,
  type MapEntry,
  type MapValue,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../model/value.js'
import { loadDocument } from '../document/yaml.js'
import type { MapContext } from './context.js'
import { ownValue } from '../../model/own.js'
import { errorMessage } from '../../sources/errors.js'

/**
 * CloudFormation types these properties as JSON and accepts them written as a JSON string
 * (`AssumeRolePolicyDocument: |` followed by a document): by resource type, the properties
 * holding an IAM policy document.
 */
const DOCUMENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  'AWS::IAM::Role': ['AssumeRolePolicyDocument'],
  'AWS::IAM::Policy': ['PolicyDocument'],
  'AWS::IAM::ManagedPolicy': ['PolicyDocument'],
  'AWS::IAM::UserPolicy': ['PolicyDocument'],
  'AWS::IAM::GroupPolicy': ['PolicyDocument'],
  'AWS::IAM::RolePolicy': ['PolicyDocument'],
  'AWS::SQS::QueuePolicy': ['PolicyDocument'],
  'AWS::SQS::QueueInlinePolicy': ['PolicyDocument'],
  'AWS::SNS::TopicPolicy': ['PolicyDocument'],
  'AWS::SNS::TopicInlinePolicy': ['PolicyDocument'],
  'AWS::S3::BucketPolicy': ['PolicyDocument'],
  'AWS::KMS::Key': ['KeyPolicy'],
  'AWS::Events::EventBus': ['Policy']
}

/** Types whose `Policies: [{ PolicyName, PolicyDocument }]` items may hold a JSON string. */
const INLINE_POLICY_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'])

/**
 * The properties with every policy document written as a JSON string read into a located value
 * (lines of the template file). A string that is not a JSON object is a located error and stays
 * as written, so no rule reads it as a document.
 */
export function withJsonDocuments(ctx: MapContext, type: string, props: MapValue): MapValue {
  const keys = ownValue(DOCUMENT_KEYS, type) ?? []
  const inline = INLINE_POLICY_TYPES.has(type)
  if (keys.length === 0 && !inline) return props
  const entries = new Map(props.entries)
  for (const key of keys) replace(ctx, entries, key)
  const policies = entries.get('Policies')
  if (inline && policies?.value.kind === 'list') {
    const items = policies.value.items.map(item => {
      if (!isMap(item)) return item
      const inner = new Map(item.entries)
      replace(ctx, inner, 'PolicyDocument')
      return withEntries(item, inner)
    })
    entries.set('Policies', withValue(policies, withItems(policies.value, items)))
  }
  return withEntries(props, entries)
}

function replace(ctx: MapContext, entries: Map<string, MapEntry>, key: string): void {
  const e = entries.get(key)
  if (e?.value.kind !== 'scalar' || typeof e.value.value !== 'string') return
  const parsed = parseJsonDocument(ctx, key, e.value.value, e.value)
  if (parsed) entries.set(key, withValue(e, parsed))
}

function parseJsonDocument(
  ctx: MapContext,
  key: string,
  text: string,
  v: Value & { textStart?: Position }
): Value | undefined {
  const origin = v.textStart ?? { line: v.loc.line, column: v.loc.column }
  // Block scalars drop their indentation from every line; other strings sit on one line.
  const indent = v.textStart ? v.textStart.column - 1 : undefined
  const at = (p: Position): Position => ({
    line: origin.line + p.line - 1,
    column: p.line === 1 ? origin.column + p.column - 1 : p.column + (indent ?? 0)
  })
  const problem = jsonProblem(text)
  if (problem) {
    const where = at(problem.at)
    ctx.diagnostics.push(
      diagnostic(
        v.loc.file || ctx.file,
        `${key} is a string that is not a JSON policy document: ${problem.message}`,
        'invalid-policy-json',
        where,
        'error'
      )
    )
    return undefined
  }
  const loaded = loadDocument(v.loc.file || ctx.file, text)
  return loaded.value ? moved(loaded.value, at) : undefined
}

/** Why `text` is not a JSON object, and where inside it (1-based); undefined when it is one. */
function jsonProblem(text: string): { message: string; at: Position } | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return undefined
    return { message: 'it is not an object', at: positionIn(text, text.search(/\S/)) }
  } catch (err) {
    const message = errorMessage(err)
    const offset = /at position (\d+)/.exec(message)?.[1]
    const at = positionIn(text, offset === undefined ? text.length : Number(offset))
    return { message: message.replace(/ in JSON at position \d+.*$/s, ''), at }
  }
}

function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, offset))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 }
}

/** The value with every location mapped from the string's own lines to the file's. */
function moved(v: Value, at: (p: Position) => Position): Value {
  const loc = (l: SourceLocation): SourceLocation => {
    const out: SourceLocation = { ...l, ...at(l) }
    if (l.value) out.value = { start: at(l.value.start), end: at(l.value.end) }
    return out
  }
  switch (v.kind) {
    case 'scalar':
    case 'symbolic':
      return { ...v, loc: loc(v.loc) }
    case 'list':
      return { ...v, items: v.items.map(i => moved(i, at)), loc: loc(v.loc) }
    case 'map': {
      const entries = new Map<string, MapEntry>()
      for (const [k, e] of v.entries) {
        entries.set(k, { key: k, keyLoc: loc(e.keyLoc), value: moved(e.value, at) })
      }
      return { ...v, entries, loc: loc(v.loc) }
    }
  }
}

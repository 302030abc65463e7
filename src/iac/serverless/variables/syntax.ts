import type { Scalar } from '../../../model/value.js'

/**
 * The Serverless Framework's variable syntax (v1 to v4): `${source:address, fallback, ...}`,
 * `${file(./path.yml):key}`, `${cf.region:stack.output}`, with variables nested anywhere inside.
 * This module only splits text; it never evaluates anything.
 */

export type StringPart =
  { kind: 'text'; text: string } | { kind: 'variable'; raw: string; body: string }

/**
 * A `${...}` is a Serverless variable when it starts like `source:`, `source(` or `source.x:`, or
 * with a nested variable. `${AWS::Region}`, `${Param}` and `${!Literal}` belong to CloudFormation's
 * `Fn::Sub` and stay text.
 */
const VARIABLE_BODY = /^\s*(?:\$\{|[A-Za-z][\w-]*(?:\.[\w-]+)?\s*(?:\(|:(?!:)))/

/** The parts of a string, or undefined when it holds no Serverless variable. */
export function splitVariables(text: string): StringPart[] | undefined {
  if (!text.includes('${')) return undefined
  const parts: StringPart[] = []
  let textStart = 0
  let at = text.indexOf('${')
  while (at !== -1) {
    const end = closingBrace(text, at + 2)
    if (end === -1) break
    const body = text.slice(at + 2, end)
    if (VARIABLE_BODY.test(body)) {
      if (at > textStart) parts.push({ kind: 'text', text: text.slice(textStart, at) })
      parts.push({ kind: 'variable', raw: text.slice(at, end + 1), body })
      textStart = end + 1
      at = text.indexOf('${', textStart)
    } else {
      at = text.indexOf('${', at + 2)
    }
  }
  if (parts.length === 0) return undefined
  if (textStart < text.length) parts.push({ kind: 'text', text: text.slice(textStart) })
  return parts
}

/** Index of the `}` closing a variable whose body starts at `from`, or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 0
  let quote: string | undefined
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === "'" || c === '"') {
      quote = c
    } else if (c === '{') {
      depth++
    } else if (c === '}') {
      if (depth === 0) return i
      depth--
    }
  }
  return -1
}

/** One alternative of `${a, b, 'c'}`: a literal fallback or a reference to evaluate. */
export type Alternative = { kind: 'literal'; value: Scalar } | { kind: 'reference'; text: string }

/** Splits a variable body at its top-level commas (not inside quotes, parentheses or `${}`). */
export function splitAlternatives(body: string): Alternative[] {
  const pieces: string[] = []
  let depth = 0
  let quote: string | undefined
  let start = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === "'" || c === '"') quote = c
    else if (c === '(' || c === '{') depth++
    else if (c === ')' || c === '}') depth = Math.max(0, depth - 1)
    else if (c === ',' && depth === 0) {
      pieces.push(body.slice(start, i))
      start = i + 1
    }
  }
  pieces.push(body.slice(start))
  return pieces
    .map(p => p.trim())
    .filter(p => p !== '')
    .map(alternativeOf)
}

const NUMBER = /^-?\d+(\.\d+)?$/

function alternativeOf(text: string): Alternative {
  const quoted = /^(['"])([\s\S]*)\1$/.exec(text)
  if (quoted) return { kind: 'literal', value: quoted[2] ?? '' }
  if (NUMBER.test(text)) return { kind: 'literal', value: Number(text) }
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' }
  if (text === 'null') return { kind: 'literal', value: null }
  return { kind: 'reference', text }
}

/** A parsed reference: `file(./x.yml):a.b` → source `file`, params `./x.yml`, address `a.b`. */
export interface Reference {
  source: string
  params?: string
  address?: string
}

const REFERENCE = /^([A-Za-z][\w-]*)(?:\.[\w-]+)?\s*(?:\(([\s\S]*?)\))?\s*(?::([\s\S]*))?$/

export function parseReference(text: string): Reference | undefined {
  const m = REFERENCE.exec(text.trim())
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined
  return { source: m[1] as string, params: m[2], address: m[3]?.trim() }
}

/** `custom.list.0` → `['custom', 'list', '0']`; an empty address is the whole document. */
export function addressSegments(address: string | undefined): string[] {
  if (!address) return []
  return address
    .split('.')
    .map(s => s.trim())
    .filter(s => s !== '')
}

import { diagnostic, type Diagnostic, type SourceLocation } from '../../../model/location.js'
import {
  relocated,
  type MapEntry,
  type MapValue,
  type SymbolicValue,
  type Value,
  withEntries,
  withItems,
  withValue
} from '../../../model/value.js'
import { refsOf, render } from '../../document/intrinsics.js'
import type { RepoReader } from '../../types.js'
import { Budget, DEFAULT_VARIABLE_LIMITS, type VariableLimits } from './budget.js'
import { Includes } from './includes.js'
import { Evaluator, type ValueResolver } from './evaluate.js'
import type { Outcome } from './outcome.js'
import { splitVariables, type StringPart } from './syntax.js'
import { dirOf } from '../../../sources/paths.js'

export { DEFAULT_VARIABLE_LIMITS, type VariableLimits }

export interface ResolvedDocument {
  document: MapValue
  diagnostics: Diagnostic[]
  /** Files read through `${file(...)}`, root-relative, in the order they were read. */
  files: string[]
}

/**
 * Resolves the Serverless variables of a document that can be decided from the repository alone:
 * `self:` references, in-repository `file()` includes and literal fallbacks. Everything else
 * becomes a located `SymbolicValue`. The scanner's own environment is never read and included
 * code is never run. Never throws: problems are diagnostics.
 */
export async function resolveVariables(
  document: MapValue,
  repo: RepoReader,
  limits: VariableLimits = DEFAULT_VARIABLE_LIMITS
): Promise<ResolvedDocument> {
  const resolver = new VariableResolver(document, repo, limits)
  try {
    const value = await resolver.resolve(document)
    const resolved = value.kind === 'map' ? value : document
    return { document: resolved, diagnostics: resolver.diagnostics, files: resolver.files }
  } catch (err) {
    if (!(err instanceof RangeError)) throw err
    const message = 'variables are nested too deeply to resolve; they are left unresolved'
    const d = diagnostic(document.loc.file, message, 'document-too-complex')
    return { document, diagnostics: [...resolver.diagnostics, d], files: resolver.files }
  }
}

/** Resolves a value tree node by node, each node once, and finds cycles between them. */
class VariableResolver implements ValueResolver {
  readonly diagnostics: Diagnostic[] = []
  private readonly includes: Includes
  private readonly done = new Map<Value, Value>()
  private readonly active = new Set<Value>()
  /** A plain map: the resolver lives as long as its document, and weak keys cost the collector. */
  private readonly hasVariables = new Map<Value, boolean>()
  private readonly budget: Budget
  private readonly evaluator: Evaluator

  constructor(root: MapValue, repo: RepoReader, limits: VariableLimits) {
    this.includes = new Includes(repo, dirOf(root.loc.file), this.diagnostics, limits.maxFiles)
    this.budget = new Budget(limits, (message, code, loc) => this.report(message, code, loc))
    this.evaluator = new Evaluator(root, this, this.includes, this.budget)
  }

  get files(): string[] {
    return this.includes.files
  }

  /** The value with every variable inside it resolved; each node is resolved once. */
  async resolve(v: Value): Promise<Value> {
    if (!this.mayHoldVariables(v)) return v
    const done = this.done.get(v)
    if (done) return done
    if (this.active.has(v)) return this.cycle(v)
    this.active.add(v)
    try {
      const out = await this.resolveNode(v)
      this.done.set(v, out)
      return out
    } finally {
      this.active.delete(v)
    }
  }

  private async resolveNode(v: Value): Promise<Value> {
    switch (v.kind) {
      case 'scalar':
        return typeof v.value === 'string' ? this.resolveString(v.value, v) : v
      case 'list': {
        const items: Value[] = []
        for (const item of v.items) items.push(await this.resolve(item))
        return items.some((item, i) => item !== v.items[i]) ? withItems(v, items) : v
      }
      case 'map': {
        const entries = new Map<string, MapEntry>()
        let changed = false
        for (const [key, e] of v.entries) {
          const value = await this.resolve(e.value)
          changed ||= value !== e.value
          entries.set(key, value === e.value ? e : withValue(e, value))
        }
        return changed ? withEntries(v, entries) : v
      }
      case 'symbolic':
        return this.resolveIntrinsic(v)
    }
  }

  /** Variables inside CloudFormation intrinsics (`!Sub "...${self:custom.x}"`) resolve first. */
  private async resolveIntrinsic(v: SymbolicValue): Promise<Value> {
    if (!v.args) return v
    const args = await this.resolve(v.args)
    if (args === v.args) return v
    const short = v.fn.startsWith('Fn::') ? v.fn.slice(4) : v.fn
    return { ...v, args, expr: `!${short} ${render(args)}`, refs: refsOf(v.fn, args) }
  }

  private mayHoldVariables(v: Value): boolean {
    // A scalar is answered at once: only collections are remembered, so most nodes add no entry.
    if (v.kind === 'scalar') return typeof v.value === 'string' && v.value.includes('${')
    const known = this.hasVariables.get(v)
    if (known !== undefined) return known
    const result = this.holdsVariables(v)
    this.hasVariables.set(v, result)
    return result
  }

  private holdsVariables(v: Exclude<Value, { kind: 'scalar' }>): boolean {
    if (v.kind === 'list') return v.items.some(i => this.mayHoldVariables(i))
    if (v.kind === 'map') {
      for (const e of v.entries.values()) if (this.mayHoldVariables(e.value)) return true
      return false
    }
    return v.args !== undefined && this.mayHoldVariables(v.args)
  }

  /** A value needed while it is being resolved: reported at the variable that asked for it. */
  private cycle(v: Value): Value {
    const asking = this.budget.innermost
    const expr = asking?.expr ?? render(v)
    const loc = asking?.loc ?? v.loc
    this.report(`${expr} refers back to itself; it is left unresolved`, 'variable-cycle', loc)
    return { kind: 'symbolic', fn: 'self', expr, refs: [], loc }
  }

  private async resolveString(text: string, node: Value): Promise<Value> {
    const parts = splitVariables(text)
    if (!parts) return node
    const [only] = parts
    if (parts.length === 1 && only?.kind === 'variable') {
      return this.valueOf(await this.evaluator.evaluate(only.body, node.loc), text, node.loc)
    }
    return this.interpolate(parts, text, node.loc)
  }

  /** The value a whole-string variable stands for, located where the variable is written. */
  private valueOf(outcome: Outcome, text: string, loc: SourceLocation): Value {
    if (outcome.kind === 'value') {
      const v = outcome.value
      // A value from another source keeps that source's expression; a cycle shows what is written.
      return v.kind === 'symbolic' && v.fn === 'self'
        ? { ...v, expr: text, loc }
        : relocated(v, loc)
    }
    if (outcome.kind === 'unknown') return { ...outcome.symbolic, expr: text, loc }
    this.report(`cannot resolve ${text}: ${outcome.message}`, outcome.code, loc)
    return { kind: 'symbolic', fn: outcome.fn, expr: text, refs: [], loc }
  }

  /** A string of text and variables: a string when all resolve to scalars, else symbolic. */
  async interpolate(parts: StringPart[], text: string, loc: SourceLocation): Promise<Value> {
    let out = ''
    let unresolved: string | undefined
    const refs = new Set<string>()
    for (const part of parts) {
      if (part.kind === 'text') {
        out += part.text
        continue
      }
      const v = this.valueOf(await this.evaluator.evaluate(part.body, loc), part.raw, loc)
      if (v.kind === 'scalar') out += v.value === null ? '' : String(v.value)
      else if (v.kind === 'symbolic') {
        unresolved ??= v.fn
        v.refs.forEach(r => refs.add(r))
      } else {
        this.report(
          `${part.raw} is a ${v.kind}, which cannot be part of a string`,
          'invalid-variable',
          loc
        )
        unresolved ??= 'self'
      }
    }
    if (unresolved) return { kind: 'symbolic', fn: unresolved, expr: text, refs: [...refs], loc }
    return { kind: 'scalar', value: out, loc }
  }

  private report(message: string, code: string, loc: SourceLocation): void {
    this.diagnostics.push(diagnostic(loc.file, message, code, loc, severityOf(code)))
  }
}

/**
 * An include that names a missing file hides what the service holds, and so do variables left
 * unresolved by a limit (whatever comes after them, an IAM statement too): the gate cannot vouch.
 */
function severityOf(code: string): 'error' | 'warning' {
  return code === 'unresolved-include' || code === 'variable-limit' ? 'error' : 'warning'
}

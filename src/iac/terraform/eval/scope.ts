import { diagnostic, type Diagnostic, type SourceLocation } from '../../../model/location.js'
import { relocate, type Value } from '../../../model/value.js'
import type { Declarations, Source, VariableDecl } from '../config/declarations.js'
import { evaluate, type EvalContext, type Scope } from './evaluate.js'
import { evaluateJson, type TemplateParser } from './json-values.js'
import { withPossibleValues } from './possible-values.js'
import { allowedByValidation, type Condition } from './validation.js'
import { withTypeDefaults } from './variable-type.js'
import { isLiteral } from './values.js'
import { TOO_DEEP_MESSAGE } from '../syntax/convert.js'
import { TEMPLATE_TOO_DEEP } from '../syntax/template-string.js'

/** Value nodes a folder may copy while resolving variables and locals (a guard against blow-ups). */
const NODE_BUDGET = 500_000
/**
 * Locals resolved through more locals than this stay symbolic (a guard for the stack), and the
 * folder is an error where the chain is cut: a value behind it would go unchecked without a word.
 */
const MAX_CHAIN = 16

/**
 * Resolves `var.*` and `local.*` for one folder. Values are computed once, on first use; a
 * local that refers to itself (directly or not) stays unresolved.
 */
export class FolderScope implements Scope {
  readonly diagnostics: Diagnostic[] = []
  private readonly values = new Map<string, Value | undefined>()
  private readonly active = new Set<string>()
  private budget = NODE_BUDGET

  constructor(
    private readonly decls: Declarations,
    readonly parseTemplate: TemplateParser
  ) {}

  variable(name: string): Value | undefined {
    return this.memo(`var.${name}`, () => {
      const decl = this.decls.variables.get(name)
      if (!decl || unreadType(decl)) return undefined
      // A default is a constant; anything else is not a value we can rely on.
      const read = (v: Value | undefined): Value | undefined =>
        v && isLiteral(v) ? this.typed(v, decl) : undefined
      const base = decl.default && read(this.evaluateSource(decl.default.source, decl.file))
      const others = (this.decls.possibleValues.get(name) ?? []).flatMap(
        p => read(this.evaluateSource(p.source, p.file)) ?? []
      )
      // What validation allows is what may be deployed (a file's value it refuses is not).
      const allowed = allowedByValidation(name, this.conditionsOf(decl))
      return withPossibleValues(name, base, allowed ?? others)
    })
  }

  /** A variable's value as its HCL `type` converts it (see `withTypeDefaults`). */
  private typed(v: Value, decl: VariableDecl): Value {
    if (decl.type?.kind !== 'hcl') return v
    const ctx = this.context(decl.file)
    return withTypeDefaults(v, decl.type.expr, e => evaluate(e, ctx))
  }

  /** A variable's `validation` conditions; a `.tf.json` one is a template string, parsed. */
  private conditionsOf(decl: VariableDecl): Condition[] {
    const ctx = this.context(decl.file)
    return (decl.conditions ?? []).flatMap((c): Condition[] => {
      if (c.kind === 'hcl') return [{ expr: c.expr, evaluate: e => evaluate(e, ctx) }]
      const text = c.value.kind === 'scalar' ? c.value.value : undefined
      const expr = typeof text === 'string' ? this.parseTemplate(text) : undefined
      if (expr === TEMPLATE_TOO_DEEP)
        this.report(diagnostic(c.value.loc.file, TOO_DEEP_MESSAGE, 'too-deep', c.value.loc))
      if (!expr || expr === TEMPLATE_TOO_DEEP) return []
      // Located at the string: the parsed template has positions of its own.
      return [{ expr, evaluate: e => relocate(evaluate(e, ctx), c.value.loc) }]
    })
  }

  local(name: string): Value | undefined {
    const decl = this.decls.locals.get(name)
    return this.memo(
      `local.${name}`,
      () => (decl ? this.evaluateSource(decl.source, decl.file) : undefined),
      decl?.keyLoc
    )
  }

  charge(n: number, at: SourceLocation): boolean {
    const before = this.budget
    this.budget -= n
    if (this.budget >= 0) return true
    // Said once, where the budget ran out: what is left unresolved is not checked.
    if (before >= 0)
      this.report(
        diagnostic(
          at.file,
          `the values of this folder's variables and locals are too large to resolve (over ${NODE_BUDGET} values): those used from here on are not checked`,
          'values-too-large',
          at
        )
      )
    return false
  }

  /** Once per place and problem: a value may be evaluated again (a resource and its instances). */
  report(d: Diagnostic): void {
    const same = (o: Diagnostic) =>
      o.file === d.file && o.line === d.line && o.column === d.column && o.code === d.code
    if (!this.diagnostics.some(same)) this.diagnostics.push(d)
  }

  context(file: string): EvalContext {
    return { file, scope: this }
  }

  evaluateSource(source: Source, file: string, json = false): Value {
    const ctx = this.context(file)
    return source.kind === 'hcl'
      ? evaluate(source.expr, ctx, json)
      : evaluateJson(source.value, ctx, this.parseTemplate)
  }

  private memo(
    key: string,
    compute: () => Value | undefined,
    at?: SourceLocation
  ): Value | undefined {
    if (this.values.has(key)) return this.values.get(key)
    if (this.active.has(key)) return undefined
    if (this.active.size >= MAX_CHAIN) {
      if (at) this.report(diagnostic(at.file, chainTooLong(key), 'too-deep', at))
      return undefined
    }
    this.active.add(key)
    let v: Value | undefined
    try {
      v = compute()
    } finally {
      this.active.delete(key)
    }
    this.values.set(key, v)
    return v
  }
}

/**
 * A `.tf.json` variable's `type` is a string the gate does not parse: one with optional attributes
 * would give the value attributes it does not write, so the value is not known.
 */
function unreadType(decl: VariableDecl): boolean {
  const t = decl.type
  return (
    t?.kind === 'json' && t.value.kind === 'scalar' && String(t.value.value).includes('optional(')
  )
}

function chainTooLong(key: string): string {
  return `${key} is reached through more than ${MAX_CHAIN} other locals: its value is not resolved, and what uses it is not checked`
}

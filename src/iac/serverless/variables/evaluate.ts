import type { SourceLocation } from '../../../model/location.js'
import { getPath, isMap, type MapValue, type Value } from '../../../model/value.js'
import type { Budget } from './budget.js'
import type { Includes } from './includes.js'
import { blocked, found, missing, unknown, type Outcome } from './outcome.js'
import {
  addressSegments,
  parseReference,
  splitAlternatives,
  splitVariables,
  type Alternative,
  type StringPart
} from './syntax.js'

/** What evaluating needs from the tree resolver: nodes resolved and strings interpolated. */
export interface ValueResolver {
  resolve(v: Value): Promise<Value>
  interpolate(parts: StringPart[], text: string, loc: SourceLocation): Promise<Value>
}

/**
 * Evaluates one variable: its alternatives in order, `self:` and `file()` references, and every
 * other source as unknown. `loc` is always where the variable is written.
 */
export class Evaluator {
  constructor(
    private readonly root: MapValue,
    private readonly values: ValueResolver,
    private readonly includes: Includes,
    private readonly budget: Budget
  ) {}

  /** `${a, b, 'c'}`: the first alternative that gives a value; literal fallbacks last. */
  async evaluate(body: string, loc: SourceLocation): Promise<Outcome> {
    const expr = `\${${body}}`
    const fn = parseReference(body)?.source ?? 'variable'
    if (!this.budget.enter(expr, loc)) return blocked(fn, expr, loc)
    try {
      let fallback: Outcome | undefined
      for (const alt of splitAlternatives(body)) {
        const o = await this.evaluateAlternative(alt, loc)
        if (o.kind === 'value' || (o.kind === 'unknown' && !o.defaultable)) return o
        if (!fallback || (fallback.kind === 'missing' && o.kind === 'unknown')) fallback = o
      }
      return fallback ?? missing(fn, 'the variable is empty', 'invalid-variable')
    } finally {
      this.budget.leave()
    }
  }

  private async evaluateAlternative(alt: Alternative, loc: SourceLocation): Promise<Outcome> {
    if (alt.kind === 'literal') return found({ kind: 'scalar', value: alt.value, loc })
    const parts = splitVariables(alt.text)
    const [only] = parts ?? []
    if (parts?.length === 1 && only?.kind === 'variable') return this.evaluate(only.body, loc)
    let text = alt.text
    if (parts) {
      const inner = await this.values.interpolate(parts, alt.text, loc)
      if (inner.kind !== 'scalar') {
        return inner.kind === 'symbolic'
          ? unknown(inner.fn, inner.expr, loc, inner.refs)
          : missing('variable', `${alt.text} is not a string`)
      }
      text = String(inner.value)
    }
    return this.evaluateReference(text, loc)
  }

  private async evaluateReference(text: string, loc: SourceLocation): Promise<Outcome> {
    const expr = `\${${text}}`
    const ref = parseReference(text)
    if (!ref) return missing('variable', `${text} is not a variable reference`, 'invalid-variable')
    if (ref.source === 'self') return this.lookupSelf(addressSegments(ref.address), expr, loc)
    if (ref.source === 'param' && ref.address) return this.lookupParam(ref.address, expr, loc)
    if (ref.source === 'file' && ref.params !== undefined) {
      return this.include(ref.params, ref.address, expr, loc)
    }
    return unknown(ref.source, expr, loc)
  }

  private async include(
    written: string,
    address: string | undefined,
    expr: string,
    loc: SourceLocation
  ): Promise<Outcome> {
    const opened = await this.includes.open(written, expr, loc)
    if (opened.kind !== 'opened') return opened
    const what = address ? `${address} in ${opened.path}` : opened.path
    return this.lookup(opened.value, addressSegments(address), what, 'file')
  }

  /**
   * `self:` reads the service's own configuration. Like the framework, `service.name` and
   * `service` mean the name in both the v1 (`service: { name }`) and the later form; an unset
   * `provider.stage` or `provider.region` is the one chosen when deploying: unknown.
   */
  private async lookupSelf(path: string[], expr: string, loc: SourceLocation): Promise<Outcome> {
    const [first, second] = path
    const outcome = await this.lookup(this.root, path, `self:${path.join('.')}`, 'self')
    if (
      path.length === 1 &&
      first === 'service' &&
      outcome.kind === 'value' &&
      outcome.value.kind === 'map'
    ) {
      return this.lookup(this.root, ['service', 'name'], 'self:service.name', 'self')
    }
    if (outcome.kind !== 'missing' || path.length !== 2) return outcome
    if (first === 'service' && second === 'name')
      return this.lookup(this.root, ['service'], 'self:service', 'self')
    if (first === 'provider' && (second === 'stage' || second === 'region'))
      return unknown('sls', expr, loc)
    return outcome
  }

  /**
   * `param:` reads the parameters the service declares (`params.<stage>`, and in v4
   * `stages.<stage>.params`): the `default` value holds when no stage sets its own, since the
   * stage is chosen when deploying; one a stage sets, or one not declared (the Dashboard's, a
   * `--param` option), is unknown, and takes the written fallback.
   */
  private async lookupParam(name: string, expr: string, loc: SourceLocation): Promise<Outcome> {
    const sections: [string[], string][] = [
      [['params'], ''],
      [['stages'], 'params']
    ]
    let declared: { path: string[]; what: string } | undefined
    for (const [at, inner] of sections) {
      const stages = getPath(this.root, at)
      if (!isMap(stages)) continue
      for (const stage of stages.entries.keys()) {
        const path = [...at, stage, ...(inner ? [inner] : []), name]
        if (getPath(this.root, path) === undefined) continue
        if (stage !== 'default') return unknown('param', expr, loc)
        declared = { path, what: `${path.join('.')}` }
      }
    }
    if (!declared) return unknown('param', expr, loc)
    return this.lookup(this.root, declared.path, declared.what, 'param')
  }

  /** Walks a path of keys and list indexes, resolving variables met on the way. */
  private async lookup(start: Value, path: string[], what: string, fn: string): Promise<Outcome> {
    let cur = start
    for (const key of path) {
      if (cur.kind === 'scalar') cur = await this.values.resolve(cur)
      if (cur.kind === 'symbolic') return { kind: 'unknown', symbolic: cur, defaultable: false }
      const next =
        cur.kind === 'map'
          ? cur.entries.get(key)?.value
          : cur.kind === 'list' && /^\d+$/.test(key)
            ? cur.items[Number(key)]
            : undefined
      if (!next) return missing(fn, `${what} is not set`)
      cur = next
    }
    const value = await this.values.resolve(cur)
    if (value.kind === 'scalar' && value.value === null) return missing(fn, `${what} is empty`)
    return found(value)
  }
}

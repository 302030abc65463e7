import type { SourceLocation } from '../../../model/location.js'
import type { SymbolicValue, Value } from '../../../model/value.js'

/** What evaluating one variable reference gives. */
export type Outcome =
  | { kind: 'value'; value: Value }
  /** Nothing there (an unset `self:` key, a file not in the repository): a fallback may apply. */
  | { kind: 'missing'; fn: string; message: string; code: string }
  /**
   * Decided only at deploy time. `defaultable` sources (`opt`, `env`, `sls`, `param`) take the
   * literal fallback written next to them; remote lookups (`ssm`, `cf`, `s3`, ...) never do.
   */
  | { kind: 'unknown'; symbolic: SymbolicValue; defaultable: boolean }

/** Sources whose value the person deploying supplies: a written fallback is what we read. */
const DEFAULTABLE = new Set(['opt', 'env', 'sls', 'param'])

export function unknown(
  fn: string,
  expr: string,
  loc: SourceLocation,
  refs: string[] = []
): Outcome {
  return {
    kind: 'unknown',
    symbolic: { kind: 'symbolic', fn, expr, refs, loc },
    defaultable: DEFAULTABLE.has(fn)
  }
}

export function missing(fn: string, message: string, code = 'unresolved-variable'): Outcome {
  return { kind: 'missing', fn, message, code }
}

/** Unknown, and no fallback may replace it: a cycle, a limit, a file outside the repository. */
export function blocked(fn: string, expr: string, loc: SourceLocation): Outcome {
  return {
    kind: 'unknown',
    symbolic: { kind: 'symbolic', fn, expr, refs: [], loc },
    defaultable: false
  }
}

export function found(value: Value): Outcome {
  return { kind: 'value', value }
}

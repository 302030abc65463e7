import type { SourceLocation } from '../../../model/location.js'

export interface VariableLimits {
  /** Variable evaluations per service, all files included. */
  maxEvaluations: number
  /** Variables waiting on other variables, one inside the other. */
  maxNesting: number
  /** Distinct files read through `${file(...)}`. */
  maxFiles: number
}

export const DEFAULT_VARIABLE_LIMITS: VariableLimits = {
  maxEvaluations: 20_000,
  maxNesting: 32,
  maxFiles: 100
}

type Report = (message: string, code: string, loc: SourceLocation) => void

/**
 * Keeps variable resolution finite whatever the file holds: a cap on evaluations and on how deep
 * variables may wait on each other. Each limit is reported once.
 */
export class Budget {
  /** The variables being evaluated, innermost last. */
  private readonly stack: { expr: string; loc: SourceLocation }[] = []
  private evaluations = 0
  private exhausted = false
  private tooDeepReported = false

  constructor(
    private readonly limits: VariableLimits,
    private readonly report: Report
  ) {}

  /** Starts evaluating a variable; false when a limit stops it (it stays unresolved). */
  enter(expr: string, loc: SourceLocation): boolean {
    if (this.stack.length >= this.limits.maxNesting) {
      if (!this.tooDeepReported) {
        const message = `variables nested more than ${this.limits.maxNesting} levels deep; left unresolved`
        this.report(message, 'variable-limit', loc)
      }
      this.tooDeepReported = true
      return false
    }
    if (this.exhausted) return false
    if (++this.evaluations > this.limits.maxEvaluations) {
      this.exhausted = true
      const message = `more than ${this.limits.maxEvaluations} variables; the rest are left unresolved`
      this.report(message, 'variable-limit', loc)
      return false
    }
    this.stack.push({ expr, loc })
    return true
  }

  leave(): void {
    this.stack.pop()
  }

  /** The variable evaluated innermost: the one that asked for what is being resolved. */
  get innermost(): { expr: string; loc: SourceLocation } | undefined {
    return this.stack.at(-1)
  }
}

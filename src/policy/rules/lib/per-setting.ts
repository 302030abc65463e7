import type { SourceLocation } from '../../../model/location.js'
import type { LambdaFunction } from '../../../model/types.js'
import type { Severity } from '../../config/enums.js'
import type { RuleContext } from '../../types.js'

/**
 * A finding about one function's setting. A setting written once in a shared place (Serverless
 * `provider`, SAM `Globals`) applies to many functions from the same line: such findings are
 * reported once, at that line, naming every function it applies to.
 */
export interface FunctionIssue {
  fn: LambdaFunction
  location: SourceLocation
  evidence: string
  severity?: Severity
  /** The message, given who it is about: "function `a`" or "functions `a` and `b`". */
  message: (subject: string) => string
}

/** "function `a`", "functions `a` and `b`", "functions `a`, `b` and `c`". */
export function functionsPhrase(ids: readonly string[]): string {
  const quoted = ids.map(id => `\`${id}\``)
  if (quoted.length <= 1) return `function ${quoted[0] ?? ''}`
  return `functions ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}

/**
 * The resource of a finding about a shared setting: the place, not the functions using it, so
 * adding a function does not turn an old finding into a "new" one.
 */
export const SHARED_SETTING = 'shared settings'

/** A setting written outside the function (provider, Globals), or applying to several functions. */
function isShared(group: FunctionIssue[]): boolean {
  if (group.length > 1) return true
  const { fn, location } = group[0] as FunctionIssue
  return location.file !== fn.loc.file || location.line < fn.loc.line
}

/** Reports issues, one per written place and evidence. */
export function reportPerSetting(ctx: Pick<RuleContext, 'report'>, issues: FunctionIssue[]): void {
  const groups = new Map<string, FunctionIssue[]>()
  for (const issue of issues) {
    const { file, line, column } = issue.location
    const key = `${file}:${line}:${column}\u0000${issue.evidence}`
    const group = groups.get(key)
    if (group) group.push(issue)
    else groups.set(key, [issue])
  }
  for (const group of groups.values()) {
    const first = group[0] as FunctionIssue
    const ids = [...new Set(group.map(i => i.fn.id))]
    ctx.report({
      resource: isShared(group) ? SHARED_SETTING : (ids[0] as string),
      evidence: first.evidence,
      location: first.location,
      message: first.message(functionsPhrase(ids)),
      ...(first.severity ? { severity: first.severity } : {})
    })
  }
}

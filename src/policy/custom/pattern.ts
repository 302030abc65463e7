import { RE2JS } from 're2js'

/**
 * A custom rule's `matches` pattern, run by a linear-time engine (RE2): a pattern from a config
 * file cannot make the gate backtrack for minutes, whatever the text it meets. RE2 refuses the few
 * constructs that need backtracking (backreferences, lookaround), and so does the config loader.
 */
export interface Pattern {
  test(text: string): boolean
}

const compiled = new Map<string, Pattern>()

export function compilePattern(source: string): Pattern {
  let pattern = compiled.get(source)
  if (!pattern) {
    const re = RE2JS.compile(source)
    pattern = { test: text => re.matcher(text).find() }
    compiled.set(source, pattern)
  }
  return pattern
}

/** Why the pattern cannot be used, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    compilePattern(source)
    return undefined
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : ''
    return `expected a regular expression without backreferences or lookaround, matched in linear time (${reason})`
  }
}

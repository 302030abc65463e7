import type { Diagnostic } from '../model/location.js'
import type { Decision, GateDecision } from '../report/scan-result.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import {
  SEVERITIES,
  type GateSettings,
  type Severity,
  type Threshold
} from '../policy/config/schema.js'

export type { Decision, GateDecision }

export function atOrAbove(severity: Severity, threshold: Threshold): boolean {
  if (threshold === 'none') return false
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold)
}

/**
 * pass / fail / error. Anything that kept the gate from seeing the change (a rule that failed, a
 * file that could not be read) is an error, never a pass.
 */
export function decide(
  findings: readonly ClassifiedFinding[],
  errors: readonly Diagnostic[],
  settings: GateSettings,
  diffMode: boolean
): GateDecision {
  const threshold = settings['fail-on-severity']
  const onlyNew = diffMode && settings['gate-on'] === 'new'
  const gating = findings.filter(
    f =>
      !f.suppressed &&
      f.status !== 'fixed' &&
      (!onlyNew || f.status === 'new') &&
      atOrAbove(f.severity, threshold)
  )
  if (errors.length > 0) {
    // The files and reasons are listed once, under "Could not be checked", in every output.
    const files = new Set(errors.map(e => e.file)).size
    return {
      decision: 'error',
      gating,
      reasons: [
        `the gate could not check everything: ${errors.length} problem(s) in ${files} file(s)`
      ]
    }
  }
  if (gating.length > 0) {
    const scope = onlyNew ? 'new ' : ''
    return {
      decision: 'fail',
      gating,
      reasons: [`${gating.length} ${scope}finding(s) at or above ${threshold}`]
    }
  }
  const why =
    threshold === 'none'
      ? 'fail-on-severity is none'
      : `no ${onlyNew ? 'new ' : ''}findings at or above ${threshold}`
  return { decision: 'pass', gating, reasons: [why] }
}

/**
 * What the run does with its decision: an error stops it (exit 2, a failed check) unless
 * `on-error: warn` is set, which decides on what the gate could read instead: findings at or above
 * the threshold still fail it, and the files it could not check are listed loudly either way.
 */
export function effectiveDecision(
  result: Pick<GateDecision, 'decision' | 'gating'> & { settings: GateSettings }
): Decision {
  if (result.decision !== 'error' || result.settings['on-error'] !== 'warn') return result.decision
  return result.gating.length > 0 ? 'fail' : 'pass'
}

import { isOpen } from '../diff/findings.js'
import type { ScanResult } from './scan-result.js'
import { SEVERITIES } from '../policy/config/schema.js'
import { TOOL_NAME, TOOL_VERSION } from './tool.js'

/** The JSON report: everything the gate decided and why, without the models. */
export function toJsonReport(result: ScanResult): object {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: result.mode,
    result: result.decision,
    reasons: result.reasons,
    settings: {
      'fail-on-severity': result.settings['fail-on-severity'],
      'gate-on': result.settings['gate-on'],
      scanners: result.settings.scanners,
      'pr-scope': result.settings['pr-scope']
    },
    ...(result.coverage ? { coverage: result.coverage } : {}),
    ...(result.moved ? { moved: Object.fromEntries(result.moved) } : {}),
    counts: countsOf(result),
    findings: result.findings,
    changes: result.changes,
    diagnostics: result.diagnostics,
    errors: result.errors,
    notes: result.notes,
    undecided: result.undecided
  }
}

export function countsOf(result: Pick<ScanResult, 'findings' | 'gating'>) {
  const open = result.findings.filter(isOpen)
  const bySeverity = Object.fromEntries(
    SEVERITIES.map(s => [s, open.filter(f => f.severity === s).length])
  )
  return {
    findings: open.length,
    new: open.filter(f => f.status === 'new').length,
    unchanged: open.filter(f => f.status === 'unchanged').length,
    fixed: result.findings.filter(f => f.status === 'fixed').length,
    suppressed: result.findings.filter(f => f.suppressed && f.status !== 'fixed').length,
    gating: result.gating.length,
    bySeverity
  }
}

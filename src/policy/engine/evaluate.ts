import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { Model, Service } from '../../model/types.js'
import type { Severity } from '../config/enums.js'
import type { Finding, Report, Rule, RuleMeta, Undecided } from '../types.js'
import { fingerprintKey, fingerprintOf } from './fingerprint.js'

export interface RuleSettings {
  /** Rule ids switched off. */
  disabled: ReadonlySet<string>
  /** Severity overrides by rule id. */
  severities: ReadonlyMap<string, Severity>
  now?: Date
}

export interface Evaluation {
  findings: Finding[]
  undecided: (Undecided & { ruleId: string; service: string })[]
  /** Rules that failed on a service: the evaluation is incomplete, so the gate cannot pass. */
  errors: Diagnostic[]
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { disabled: new Set(), severities: new Map() }

/** Runs every enabled rule over every service of the model. */
export function evaluate(
  model: Model,
  rules: readonly Rule[],
  settings: RuleSettings = DEFAULT_RULE_SETTINGS
): Evaluation {
  const out: Evaluation = { findings: [], undecided: [], errors: [] }
  const occurrences = new Map<string, number>()
  for (const service of model.services) {
    for (const rule of rules) {
      if (settings.disabled.has(rule.id)) continue
      runRule(
        model,
        service,
        rule,
        settings.severities.get(rule.id),
        occurrences,
        out,
        settings.now ?? new Date()
      )
    }
  }
  return out
}

function runRule(
  model: Model,
  service: Service,
  rule: Rule,
  severity: Severity | undefined,
  occurrences: Map<string, number>,
  out: Evaluation,
  now: Date
): void {
  const report = (r: Report): void => {
    out.findings.push(toFinding(rule, service, r, severity, occurrences))
  }
  const undecidable = (u: Undecided): void => {
    out.undecided.push({ ...u, ruleId: rule.id, service: service.id })
  }
  try {
    rule.check({ model, service, now, report, undecidable })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    out.errors.push(
      diagnostic(service.id, `rule ${rule.id} failed: ${message}`, 'rule-error', service.loc)
    )
  }
}

/** A rule's report as a finding, with its fingerprint (numbered when the same key repeats). */
export function toFinding(
  rule: RuleMeta,
  service: { id: string },
  r: Report,
  override: Severity | undefined,
  occurrences: Map<string, number>
): Finding {
  const key = fingerprintKey({
    ruleId: rule.id,
    file: r.location.file,
    service: service.id,
    resource: r.resource,
    evidence: r.evidence
  })
  const n = occurrences.get(key) ?? 0
  occurrences.set(key, n + 1)
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: override ?? r.severity ?? rule.severity,
    message: r.message,
    service: service.id,
    resource: r.resource,
    evidence: r.evidence,
    location: r.location,
    fingerprint: fingerprintOf(key, n),
    ...(r.suggestion ? { suggestion: r.suggestion } : {})
  }
}

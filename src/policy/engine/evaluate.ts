import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { Model, Service } from '../../model/types.js'
import type { Severity } from '../config/enums.js'
import type { Finding, Report, Rule, RuleContext, RuleMeta, Undecided } from '../types.js'
import { fingerprintKey, fingerprintOf } from './fingerprint.js'
import { errorMessage } from '../../sources/errors.js'

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
  const enabled = rules.filter(rule => !settings.disabled.has(rule.id))
  for (const service of model.services) {
    const run = serviceRun(model, service, settings.now ?? new Date(), occurrences, out)
    for (const rule of enabled) run(rule, settings.severities.get(rule.id))
  }
  return out
}

/**
 * Runs rules on one service. The context they are given is made once for the service, not once
 * per rule: a monorepo has thousands of services and a hundred rules.
 */
function serviceRun(
  model: Model,
  service: Service,
  now: Date,
  occurrences: Map<string, number>,
  out: Evaluation
): (rule: Rule, severity: Severity | undefined) => void {
  let rule: Rule | undefined
  let severity: Severity | undefined
  const ctx: RuleContext = {
    model,
    service,
    now,
    report(r: Report): void {
      out.findings.push(toFinding(rule as Rule, service, r, severity, occurrences))
    },
    undecidable(u: Undecided): void {
      out.undecided.push({ ...u, ruleId: (rule as Rule).id, service: service.id })
    }
  }
  return (next, override) => {
    rule = next
    severity = override
    try {
      next.check(ctx)
    } catch (err) {
      const message = errorMessage(err)
      out.errors.push(
        diagnostic(service.id, `rule ${next.id} failed: ${message}`, 'rule-error', service.loc)
      )
    }
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

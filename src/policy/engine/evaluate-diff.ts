import { pairServices } from './pairing.js'
import { diagnostic, type Diagnostic } from '../../model/location.js'
import type { Model } from '../../model/types.js'
import { NO_RENAMES, type Renames } from '../../sources/renames.js'
import type { DiffRule, Finding, Report } from '../types.js'
import { DEFAULT_RULE_SETTINGS, toFinding, type RuleSettings } from './evaluate.js'
import { errorMessage } from '../../sources/errors.js'

/**
 * Runs the diff-native rules over every service present on the head, each with its base (where
 * it was, when the change moved it).
 */
export function evaluateDiff(
  base: Model,
  head: Model,
  rules: readonly DiffRule[],
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  renames: Renames = NO_RENAMES
): { findings: Finding[]; errors: Diagnostic[] } {
  const findings: Finding[] = []
  const errors: Diagnostic[] = []
  const occurrences = new Map<string, number>()
  const now = settings.now ?? new Date()
  for (const pair of pairServices(base, head, renames)) {
    if (!pair.head) continue
    const service = pair.head
    for (const rule of rules) {
      if (settings.disabled.has(rule.id)) continue
      const report = (r: Report): void => {
        findings.push(toFinding(rule, service, r, settings.severities.get(rule.id), occurrences))
      }
      try {
        rule.compare({ pair, now, report })
      } catch (err) {
        const message = errorMessage(err)
        errors.push(
          diagnostic(service.id, `rule ${rule.id} failed: ${message}`, 'rule-error', service.loc)
        )
      }
    }
  }
  return { findings, errors }
}

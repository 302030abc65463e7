import { classifyFindings, foldDiffFindings, markAddedSuppressions } from '../diff/findings.js'
import { alignMoved } from '../diff/moved.js'
import { securityChanges } from '../diff/changes.js'
import { buildModel } from '../iac/build-model.js'
import type { Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import type { ConfigFile } from '../policy/config/schema.js'
import { evaluate, type Evaluation } from '../policy/engine/evaluate.js'
import { evaluateDiff } from '../policy/engine/evaluate-diff.js'
import { activeRules } from '../policy/active-rules.js'
import { ruleSettingsOf } from '../policy/rule-settings.js'
import { applySuppressions } from '../policy/suppressions/apply.js'
import type { Finding } from '../policy/types.js'
import type { Renames } from '../sources/renames.js'
import type { FileSource } from '../sources/types.js'
import { nameIncludingService } from '../units/attribution.js'
import { suppressionOptions } from './suppression-options.js'

/**
 * The IaC stage: modelling a tree and evaluating the policy on it. `scan.ts` loads it only when a
 * scan needs it, so a dependency-only scan of a tree without IaC does not load the IaC readers
 * and the rules.
 */

export interface Side {
  /** The side's scoped files, shared by every stage. */
  source: FileSource
  model: Model
  findings: Finding[]
  undecided: Evaluation['undecided']
  errors: Diagnostic[]
}

export async function evaluateSide(
  source: FileSource,
  config: ConfigFile,
  now: Date,
  iac: boolean,
  workers?: number
): Promise<Side> {
  const model = await buildModel(source, source.label, { workers })
  const evaluation = evaluate(
    model,
    iac ? activeRules(config).catalog : [],
    ruleSettingsOf(config, now)
  )
  const findings = await applySuppressions(
    nameIncludingService(evaluation.findings, model),
    suppressionOptions(config, model, source, now)
  )
  return { source, model, findings, undecided: evaluation.undecided, errors: evaluation.errors }
}

/**
 * New, unchanged and fixed IaC findings, the diff rules folded in, and the changes. What the
 * change moved is compared with the base where it was (see `Renames`).
 */
export async function diffSides(
  config: ConfigFile,
  base: Side,
  head: Side,
  now: Date,
  renames: Renames
) {
  const diff = evaluateDiff(
    base.model,
    head.model,
    activeRules(config).diff,
    ruleSettingsOf(config, now),
    renames
  )
  const diffFindings = await applySuppressions(
    nameIncludingService(diff.findings, head.model),
    suppressionOptions(config, head.model, head.source, now)
  )
  const baseFindings = alignMoved(base.findings, head.findings, renames)
  const findings = markAddedSuppressions(
    foldDiffFindings(classifyFindings(baseFindings, head.findings), diffFindings),
    baseFindings
  )
  // A file the head holds but the gate could not check keeps it from vouching for the change,
  // whether or not the base had the same problem.
  return {
    findings,
    errors: [...diff.errors, ...head.model.diagnostics.filter(d => d.severity === 'error')],
    changes: nameIncludingService(securityChanges(base.model, head.model, renames), head.model)
  }
}

import type { SecurityChange } from '../diff/changes.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import type { Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import type { GateSettings } from '../policy/config/schema.js'
import type { Evaluation } from '../policy/engine/evaluate.js'
import type { Coverage } from '../units/scope.js'

/**
 * pass / fail / error: `decide` in the core makes it. The result types are declared here, on the
 * floor of the reports that render them, so that the reports need nothing of the core.
 */
export type Decision = 'pass' | 'fail' | 'error'

export interface GateDecision {
  decision: Decision
  reasons: string[]
  /** The findings the decision counts: unsuppressed, at or above the threshold, in scope. */
  gating: ClassifiedFinding[]
}

/** What one scan gives (the core's `runScan`): the reports render it. */
export interface ScanResult extends GateDecision {
  mode: 'diff' | 'full'
  settings: GateSettings
  findings: ClassifiedFinding[]
  changes: SecurityChange[]
  /** Files that could not be read or modelled, per side. */
  diagnostics: { head: Diagnostic[]; base: Diagnostic[] }
  undecided: Evaluation['undecided']
  errors: Diagnostic[]
  /** Worth knowing, never gating: expired or unused ignores. */
  notes: Diagnostic[]
  models: { head: Model; base?: Model }
  /** In a pull request scoped to its change: the units it reached out of all. */
  coverage?: Coverage
  /** In a diff: the files the change moved (base path → head path), compared where they were. */
  moved?: ReadonlyMap<string, string>
}

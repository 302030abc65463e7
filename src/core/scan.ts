import {
  classifyFindings,
  foldDiffFindings,
  markAddedSuppressions,
  type ClassifiedFinding
} from '../diff/findings.js'
import { securityChanges, type SecurityChange } from '../diff/changes.js'
import { buildModel } from '../iac/build-model.js'
import type { Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import type { ConfigFile, GateSettings } from '../policy/config/schema.js'
import { evaluate, type Evaluation } from '../policy/engine/evaluate.js'
import { evaluateDiff } from '../policy/engine/evaluate-diff.js'
import { activeRules, ruleSettingsOf } from '../policy/active-rules.js'
import { applySuppressions } from '../policy/suppressions/apply.js'
import type { Finding } from '../policy/types.js'
import { filteredSource } from '../sources/filtered.js'
import type { FileSource } from '../sources/types.js'
import { decide, type GateDecision } from './decision.js'
import { silentLogger, type Logger } from './logger.js'

export interface ScanInput {
  head: FileSource
  /** With a base, the scan is a diff: it reports what the head introduces and fixes. */
  base?: FileSource
  config: ConfigFile
  settings: GateSettings
  now?: Date
  logger?: Logger
}

export interface ScanResult extends GateDecision {
  mode: 'diff' | 'full'
  settings: GateSettings
  findings: ClassifiedFinding[]
  changes: SecurityChange[]
  /** Files that could not be read or modelled, per side. */
  diagnostics: { head: Diagnostic[]; base: Diagnostic[] }
  undecided: Evaluation['undecided']
  errors: Diagnostic[]
  models: { head: Model; base?: Model }
}

/** The whole gate over one tree, or over a base and a head: the core the CLI and the action share. */
export async function runScan(input: ScanInput): Promise<ScanResult> {
  const log = input.logger ?? silentLogger
  const now = input.now ?? new Date()
  const scope = (s: FileSource): FileSource =>
    filteredSource(s, input.config.paths, input.settings['exclude-paths'])
  const head = await evaluateSide(scope(input.head), input.config, now)
  log.info(
    `${input.head.label}: ${head.model.services.length} services, ${head.findings.length} findings`
  )
  if (!input.base) {
    const findings = head.findings.map(f => ({ ...f, status: 'present' as const }))
    const errors = [...head.errors, ...errorDiagnostics(head.model.diagnostics)]
    return result('full', input, findings, [], head, undefined, errors)
  }
  const base = await evaluateSide(scope(input.base), input.config, now)
  log.info(
    `${input.base.label}: ${base.model.services.length} services, ${base.findings.length} findings`
  )
  const diff = evaluateDiff(
    base.model,
    head.model,
    activeRules(input.config).diff,
    ruleSettingsOf(input.config, now)
  )
  const diffFindings = await applySuppressions(
    diff.findings,
    suppressionOptions(input.config, head.model, scope(input.head), now)
  )
  const classified = markAddedSuppressions(
    foldDiffFindings(classifyFindings(base.findings, head.findings), diffFindings),
    base.findings
  )
  const newErrors = errorDiagnostics(head.model.diagnostics).filter(
    d => !base.model.diagnostics.some(b => sameDiagnostic(b, d))
  )
  const errors = [...head.errors, ...base.errors, ...diff.errors, ...newErrors]
  return result(
    'diff',
    input,
    classified,
    securityChanges(base.model, head.model),
    head,
    base,
    errors
  )
}

interface Side {
  model: Model
  findings: Finding[]
  undecided: Evaluation['undecided']
  errors: Diagnostic[]
}

async function evaluateSide(source: FileSource, config: ConfigFile, now: Date): Promise<Side> {
  const model = await buildModel(source, source.label)
  const evaluation = evaluate(model, activeRules(config).catalog, ruleSettingsOf(config, now))
  const findings = await applySuppressions(
    evaluation.findings,
    suppressionOptions(config, model, source, now)
  )
  return { model, findings, undecided: evaluation.undecided, errors: evaluation.errors }
}

function suppressionOptions(config: ConfigFile, model: Model, source: FileSource, now: Date) {
  return {
    ignores: config.ignore,
    allowInline: config['allow-inline-suppressions'],
    now,
    model,
    textOf: async (file: string) => {
      const r = await source.read(file)
      return 'text' in r ? r.text : undefined
    }
  }
}

function result(
  mode: 'diff' | 'full',
  input: ScanInput,
  findings: ClassifiedFinding[],
  changes: SecurityChange[],
  head: Side,
  base: Side | undefined,
  errors: Diagnostic[]
): ScanResult {
  return {
    mode,
    settings: input.settings,
    ...decide(findings, errors, input.settings, mode === 'diff'),
    findings,
    changes,
    diagnostics: { head: head.model.diagnostics, base: base?.model.diagnostics ?? [] },
    undecided: head.undecided,
    errors,
    models: { head: head.model, base: base?.model }
  }
}

function errorDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter(d => d.severity === 'error')
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.file === b.file && a.message === b.message
}

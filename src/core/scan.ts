import {
  classifyFindings,
  foldDiffFindings,
  markAddedSuppressions,
  type ClassifiedFinding
} from '../diff/findings.js'
import { securityChanges, type SecurityChange } from '../diff/changes.js'
import { foldIntoPaths } from '../diff/paths.js'
import { buildModel } from '../iac/build-model.js'
import type { Diagnostic } from '../model/location.js'
import type { OsvSource } from '../osv/index.js'
import { attackPathPart, type PathsSideInput } from './attack-paths.js'
import { scanDependencies, type DependencyScan } from './deps.js'
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
  /**
   * The base's own configuration, for the base side of a diff: an `ignore:` entry the change adds
   * then shows as added by it. Defaults to `config`.
   */
  baseConfig?: ConfigFile
  settings: GateSettings
  now?: Date
  logger?: Logger
  /** Where dependency vulnerabilities are looked up (the OSV API, or offline records). */
  osv?: OsvSource
  /** The config file's path, for notes about it. */
  configPath?: string
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
  /** Worth knowing, never gating: expired or unused ignores. */
  notes: Diagnostic[]
  models: { head: Model; base?: Model }
}

/** The whole gate over one tree, or over a base and a head: the core the CLI and the action share. */
export async function runScan(input: ScanInput): Promise<ScanResult> {
  const log = input.logger ?? silentLogger
  const now = input.now ?? new Date()
  const iac = input.settings.scanners.includes('iac')
  // Each side is scoped once, so every stage shares one listing and one read of each file.
  const scope = (s: FileSource): FileSource =>
    filteredSource(s, input.config.paths, input.settings['exclude-paths'])
  const baseSource = input.base ? scope(input.base) : undefined
  const head = await evaluateSide(scope(input.head), input.config, now, iac)
  log.info(
    `${input.head.label}: ${head.model.services.length} services, ${head.findings.length} findings`
  )
  const deps = await dependencies(input, head, baseSource, now)
  if (!baseSource) {
    const paths = await attackPaths(input, iac, pathsSide(head, input.config, now), undefined, deps)
    const findings = foldIntoPaths([
      ...head.findings.map(f => ({ ...f, status: 'present' as const })),
      ...deps.findings,
      ...paths.findings
    ])
    const errors = [
      ...head.errors,
      ...(iac ? errorDiagnostics(head.model.diagnostics) : []),
      ...deps.errors,
      ...paths.errors
    ]
    const out = result('full', input, findings, [], head, undefined, errors, deps.notes)
    return { ...out, undecided: [...out.undecided, ...paths.undecided] }
  }
  const base = await evaluateSide(baseSource, input.baseConfig ?? input.config, now, iac)
  log.info(
    `${baseSource.label}: ${base.model.services.length} services, ${base.findings.length} findings`
  )
  const iacDiff = iac
    ? await diffSides(input, base, head, now)
    : { findings: [], errors: [], changes: [] }
  const baseConfig = input.baseConfig ?? input.config
  const paths = await attackPaths(
    input,
    iac,
    pathsSide(head, input.config, now),
    pathsSide(base, baseConfig, now),
    deps
  )
  const errors = [
    ...head.errors,
    ...base.errors,
    ...iacDiff.errors,
    ...deps.errors,
    ...paths.errors
  ]
  const out = result(
    'diff',
    input,
    foldIntoPaths([...iacDiff.findings, ...deps.findings, ...paths.findings]),
    iacDiff.changes,
    head,
    base,
    errors,
    [...deps.notes, ...configChanges(input)]
  )
  return { ...out, undecided: [...out.undecided, ...paths.undecided] }
}

/** The attack-path stage: who can reach each function, what it ships, what it may do. */
function attackPaths(
  i: ScanInput,
  iac: boolean,
  head: PathsSideInput,
  base?: PathsSideInput,
  deps?: DependencyPart
) {
  const osv = { source: i.osv, config: i.config.vulnerabilities, now: i.now ?? new Date() }
  return attackPathPart(iac ? head : undefined, base, deps?.scan, osv)
}

function pathsSide(side: Side, config: ConfigFile, now: Date): PathsSideInput {
  const options = suppressionOptions(config, side.model, side.source, now)
  return { model: side.model, config, suppress: fs => applySuppressions(fs, options) }
}

/** New, unchanged and fixed IaC findings, the diff rules folded in, and the changes. */
async function diffSides(input: ScanInput, base: Side, head: Side, now: Date) {
  const diff = evaluateDiff(
    base.model,
    head.model,
    activeRules(input.config).diff,
    ruleSettingsOf(input.config, now)
  )
  const diffFindings = await applySuppressions(
    diff.findings,
    suppressionOptions(input.config, head.model, head.source, now)
  )
  const findings = markAddedSuppressions(
    foldDiffFindings(classifyFindings(base.findings, head.findings), diffFindings),
    base.findings
  )
  // A file that the change made unreadable keeps the gate from checking it; one already broken on the base does not.
  const newErrors = errorDiagnostics(head.model.diagnostics).filter(
    d => !base.model.diagnostics.some(b => sameDiagnostic(b, d))
  )
  return {
    findings,
    errors: [...diff.errors, ...newErrors],
    changes: securityChanges(base.model, head.model)
  }
}

interface Side {
  /** The side's scoped files, shared by every stage. */
  source: FileSource
  model: Model
  findings: Finding[]
  undecided: Evaluation['undecided']
  errors: Diagnostic[]
}

async function evaluateSide(
  source: FileSource,
  config: ConfigFile,
  now: Date,
  iac: boolean
): Promise<Side> {
  const model = await buildModel(source, source.label)
  const evaluation = evaluate(
    model,
    iac ? activeRules(config).catalog : [],
    ruleSettingsOf(config, now)
  )
  const findings = await applySuppressions(
    evaluation.findings,
    suppressionOptions(config, model, source, now)
  )
  return { source, model, findings, undecided: evaluation.undecided, errors: evaluation.errors }
}

/** The dependency scanner, when it is on; its findings go through the same suppressions. */
async function dependencies(
  input: ScanInput,
  headSide: Side,
  base: FileSource | undefined,
  now: Date
): Promise<DependencyPart> {
  if (!input.settings.scanners.includes('deps')) return { findings: [], errors: [], notes: [] }
  const { source: head, model } = headSide
  const configPath = input.configPath ?? '.serverless-gate.yml'
  const scan = await scanDependencies({
    head,
    base,
    osv: input.osv,
    config: input.config.vulnerabilities,
    model,
    now,
    configPath
  })
  input.logger?.info(
    `dependencies: ${scan.checked} package(s) checked, ${scan.findings.length} vulnerable`
  )
  const suppressed = await applySuppressions(
    scan.findings,
    suppressionOptions(input.config, model, head, now)
  )
  const statusOf = new Map(scan.findings.map(f => [f.fingerprint, f.status]))
  const lockfileErrors = scan.diagnostics.filter(
    d => d.severity === 'error' && !scan.errors.includes(d)
  )
  return {
    findings: suppressed.map(f => ({ ...f, status: statusOf.get(f.fingerprint) ?? 'new' })),
    errors: [...scan.errors, ...lockfileErrors],
    notes: scan.notes,
    scan
  }
}

interface DependencyPart {
  findings: ClassifiedFinding[]
  errors: Diagnostic[]
  notes: Diagnostic[]
  /** The lockfiles and lookups, for the attack paths; absent when dependencies are not scanned. */
  scan?: DependencyScan
}

/** Gate settings a change alters in the config file: said plainly, so reviewers see them. */
function configChanges(input: ScanInput): Diagnostic[] {
  if (!input.baseConfig) return []
  const file = input.configPath ?? '.serverless-gate.yml'
  const watched = [
    'fail-on-severity',
    'gate-on',
    'scanners',
    'allow-inline-suppressions',
    'paths',
    'exclude-paths',
    'rules',
    'ignore',
    'custom-rules',
    'vulnerabilities'
  ] as const
  return watched
    .filter(key => JSON.stringify(input.baseConfig?.[key]) !== JSON.stringify(input.config[key]))
    .map(key => ({
      file,
      line: 1,
      column: 1,
      severity: 'warning' as const,
      code: 'config-changed',
      message: `this change edits \`${key}\` in the gate's configuration (${describe(input.baseConfig?.[key])} → ${describe(input.config[key])})`
    }))
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? 'unset'
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
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
  errors: Diagnostic[],
  notes: Diagnostic[]
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
    notes,
    models: { head: head.model, base: base?.model }
  }
}

function errorDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter(d => d.severity === 'error')
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.file === b.file && a.message === b.message
}

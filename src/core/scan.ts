import type { ClassifiedFinding } from '../diff/findings.js'
import type { SecurityChange } from '../diff/changes.js'
import { foldIntoPaths } from '../diff/paths.js'
import { discoverIac, serverlessCodeFiles } from '../iac/discover.js'
import { uniqueDiagnostics, type Diagnostic } from '../model/location.js'
import type { OsvSource } from '../osv/index.js'
import { attackPathPart, type PathsSideInput } from './attack-paths.js'
import type { DependencyScan } from './deps.js'
import type { Model } from '../model/types.js'
import type { ConfigFile, GateSettings } from '../policy/config/schema.js'
import { applySuppressions } from '../policy/suppressions/apply.js'
import { filteredSource } from '../sources/filtered.js'
import { sameContentRenames } from '../sources/content-renames.js'
import { NO_RENAMES, renamesBetween, type Renames } from '../sources/renames.js'
import type { FileSource } from '../sources/types.js'
import { uncheckedFiles } from './coverage.js'
import { coverageText } from '../units/coverage.js'
import { changedContent } from '../units/changes.js'
import { scopeToChange, type Coverage, type KnownChange } from '../units/scope.js'
import { decide } from './decision.js'
import type { ScanResult } from '../report/scan-result.js'
import type { Side } from './iac-stage.js'
import { silentLogger, type Logger } from './logger.js'
import { suppressionOptions } from './suppression-options.js'

export interface ScanInput {
  head: FileSource
  /** With a base, the scan is a diff: it reports what the head introduces and fixes. */
  base?: FileSource
  config: ConfigFile
  /**
   * The base's own configuration. Its `ignore:` entries apply to the base side of a diff, so one
   * the change adds shows as added by it; the rest of the base side uses `config`, so both sides
   * are judged by the same rules. Defaults to `config`.
   */
  baseConfig?: ConfigFile
  /**
   * In a pull request, the head's own configuration when `config` is the stricter of the base's
   * and the head's (see `strictestConfig`): its edits are stated in the report, a loosening one
   * with what it would hide.
   */
  proposedConfig?: ConfigFile
  settings: GateSettings
  now?: Date
  logger?: Logger
  /** Where dependency vulnerabilities are looked up (the OSV API, or offline records). */
  osv?: OsvSource
  /** The config file's path, for notes about it. */
  configPath?: string
  /** Worker threads to model a large tree with (see `ParallelOptions`); default: per core. */
  workers?: number
  /**
   * With a base: the files the change renamed, base path → head path (git's rename detection, or
   * the pull request files API). Each side is still read at its own paths; what moved is
   * compared with the base where it was, so moving a file or a folder adds and fixes nothing.
   * Files moved with their content unchanged are found from the sides as well (see `changeOf`).
   */
  renamed?: ReadonlyMap<string, string>
}

export type { ScanResult }

/** The whole gate over one tree, or over a base and a head: the core the CLI and the action share. */
export async function runScan(input: ScanInput): Promise<ScanResult> {
  const log = input.logger ?? silentLogger
  const now = input.now ?? new Date()
  const iac = input.settings.scanners.includes('iac')
  // Each side is scoped once, so every stage shares one listing and one read of each file.
  const scope = (s: FileSource): FileSource =>
    filteredSource(s, input.config.paths, input.settings['exclude-paths'])
  const sides = { base: input.base && scope(input.base), head: scope(input.head) }
  const change = await changeOf(input, sides)
  const renames = change.renames ?? NO_RENAMES
  const scoped = await narrowToChange(input, sides.base, sides.head, change)
  const baseSource = scoped.base
  const head = await evaluateSide(scoped.head, input.config, now, iac, input.workers)
  log.info(
    `${input.head.label}: ${head.model.services.length} services, ${head.findings.length} findings`
  )
  const baseConfig = { ...input.config, ignore: (input.baseConfig ?? input.config).ignore }
  // The base is modelled first: a scoped dependency scan reads what its functions ship.
  const base = baseSource && (await evaluateSide(baseSource, baseConfig, now, iac, input.workers))
  if (base)
    log.info(
      `${base.source.label}: ${base.model.services.length} services, ${base.findings.length} findings`
    )
  const deps = await dependencies(input, head, baseSource, now, scoped, base)
  if (!base) {
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
      ...(await unchecked(input, head, deps)),
      ...paths.errors
    ]
    const out = result('full', input, findings, [], head, undefined, errors, deps.notes)
    return { ...out, undecided: [...out.undecided, ...paths.undecided] }
  }
  const iacDiff = iac
    ? await (await iacStage()).diffSides(input.config, base, head, now, renames)
    : { findings: [], errors: [], changes: [] }
  const paths = await attackPaths(
    input,
    iac,
    pathsSide(head, input.config, now),
    pathsSide(base, baseConfig, now),
    deps,
    renames
  )
  const errors = [
    ...head.errors,
    ...base.errors,
    ...iacDiff.errors,
    ...deps.errors,
    ...(await unchecked(input, head, deps, base)),
    ...paths.errors
  ]
  const unfolded = [...iacDiff.findings, ...deps.findings, ...paths.findings]
  const findings = foldIntoPaths(unfolded)
  const scanned = result('diff', input, findings, iacDiff.changes, head, base, errors, deps.notes)
  const reviewed = input.baseConfig
  // The config edits compare rules with the catalog: loaded only when there is a base config.
  const edits = reviewed
    ? await import('./config-edits.js').then(m =>
        m.configEdits({
          base: reviewed,
          proposed: input.proposedConfig ?? input.config,
          applied: input.config,
          // Counted before the parts of a path fold into it: each finding the edit would hide.
          findings: unfolded,
          gating: scanned.gating,
          errors,
          head: head.source,
          configPath: input.configPath ?? '.serverless-gate.yml'
        })
      )
    : []
  return {
    ...scanned,
    undecided: [...scanned.undecided, ...paths.undecided],
    notes: [...scanned.notes, ...edits],
    ...(scoped.coverage ? { coverage: scoped.coverage } : {}),
    ...(renames.files.size > 0 ? { moved: renames.files } : {})
  }
}

/**
 * What differs between the sides, and what moved: the renames the change reported (git, or the
 * pull request files API) and those its content shows, as both sides' listings confirm them. A
 * file at a new path with its content unchanged is the one way to tell when two folders are
 * compared, and where a listing was cut short; it also outranks a reported rename it clashes
 * with, which git pairs by likeness only when the file itself is not found (a swap or a chain:
 * `a` → `c` and `b` → `a` shows `a` edited, and `b` → `c` if they look alike).
 */
async function changeOf(
  input: ScanInput,
  sides: { base?: FileSource; head: FileSource }
): Promise<KnownChange> {
  if (!sides.base) return {}
  const { changed, ids } = await changedContent(sides.base, sides.head)
  const found = await sameContentRenames(sides.base, sides.head, changed, ids)
  const [base, head] = await Promise.all([sides.base.list(), sides.head.list()])
  const renames = renamesBetween(withoutClashes(found, input.renamed ?? new Map()), base, head)
  if (renames.files.size > 0)
    input.logger?.info(`${renames.files.size} moved file(s) compared with the base where they were`)
  return { changed, renames }
}

/** The first renames, and those of the others that move no file or onto no path they name. */
function withoutClashes(
  first: ReadonlyMap<string, string>,
  others: ReadonlyMap<string, string>
): Map<string, string> {
  const out = new Map(first)
  const targets = new Set(first.values())
  for (const [from, to] of others)
    if (!out.has(from) && !targets.has(to)) {
      out.set(from, to)
      targets.add(to)
    }
  return out
}

/**
 * A pull request reads and models only the units its change reaches, unless `pr-scope: full`
 * or the change touches the gate's configuration, which applies to every unit.
 */
async function narrowToChange(
  input: ScanInput,
  base: FileSource | undefined,
  head: FileSource,
  change: KnownChange
): Promise<Narrowed> {
  const whole = { base, head }
  if (!base || input.settings['pr-scope'] === 'full') return whole
  if (JSON.stringify(input.baseConfig ?? input.config) !== JSON.stringify(input.config))
    return whole
  const scoped = await scopeToChange(
    base,
    head,
    [input.configPath ?? '.serverless-gate.yml'],
    change
  )
  if (scoped) input.logger?.info(coverageText(scoped.coverage))
  return scoped ? { ...scoped, whole: { base, head } } : whole
}

interface Narrowed {
  base: FileSource | undefined
  head: FileSource
  coverage?: Coverage
  /** In a scoped pull request: the lockfiles it reaches, and both sides with every file. */
  lockfiles?: ReadonlySet<string>
  whole?: { base: FileSource; head: FileSource }
}

/** The attack-path stage: who can reach each function, what it ships, what it may do. */
function attackPaths(
  i: ScanInput,
  iac: boolean,
  head: PathsSideInput,
  base?: PathsSideInput,
  deps?: DependencyPart,
  renames?: Renames
) {
  const osv = { source: i.osv, config: i.config.vulnerabilities, now: i.now ?? new Date() }
  return attackPathPart(iac ? head : undefined, base, deps?.scan, osv, renames)
}

function pathsSide(side: Side, config: ConfigFile, now: Date): PathsSideInput {
  const options = suppressionOptions(config, side.model, side.source, now)
  return { model: side.model, config, suppress: fs => applySuppressions(fs, options) }
}

/**
 * One side modelled and evaluated. The IaC stage is loaded on demand: a tree without IaC has
 * nothing to model or check (a dependency-only scan models IaC only to name the functions that
 * ship each lockfile), so it skips the readers and the rules.
 */
async function evaluateSide(
  source: FileSource,
  config: ConfigFile,
  now: Date,
  iac: boolean,
  workers?: number
): Promise<Side> {
  if (!(await holdsIac(source))) {
    const model: Model = { root: source.label, services: [], diagnostics: [] }
    return { source, model, findings: [], undecided: [], errors: [] }
  }
  return (await iacStage()).evaluateSide(source, config, now, iac, workers)
}

let stage: Promise<typeof import('./iac-stage.js')> | undefined
/** The IaC stage, loaded once: a pull request asks for it three times. */
const iacStage = () => (stage ??= import('./iac-stage.js'))

async function holdsIac(source: FileSource): Promise<boolean> {
  const files = await source.list()
  const { templates, terraform } = discoverIac(files)
  // A service written as code is stated as not checked: the IaC stage says so.
  return templates.length > 0 || terraform.size > 0 || serverlessCodeFiles(files).length > 0
}

/** The dependency scanner, when it is on; its findings go through the same suppressions. */
async function dependencies(
  input: ScanInput,
  headSide: Side,
  base: FileSource | undefined,
  now: Date,
  narrowed: Narrowed,
  baseSide: Side | undefined
): Promise<DependencyPart> {
  if (!input.settings.scanners.includes('deps'))
    return { findings: [], errors: [], notes: [], diagnostics: [] }
  const { source: head, model } = headSide
  const configPath = input.configPath ?? '.serverless-gate.yml'
  // Loaded only when the dependency scanner runs: an IaC-only scan never loads the OSV stage.
  const { scanDependencies } = await import('./deps.js')
  const scan = await scanDependencies({
    head,
    base,
    osv: input.osv,
    config: input.config.vulnerabilities,
    model,
    now,
    configPath,
    ...(narrowed.lockfiles && narrowed.whole
      ? {
          scope: {
            affected: narrowed.lockfiles,
            ...narrowed.whole,
            // Without the IaC scanner there are no attack paths to ship lockfiles to.
            models: input.settings.scanners.includes('iac')
              ? [model, ...(baseSide ? [baseSide.model] : [])]
              : []
          }
        }
      : {})
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
    // Lockfiles a scoped pull request does not reach are left, as its coverage says.
    evaluated: [...scan.evaluated, ...scan.unreached],
    diagnostics: scan.diagnostics,
    scan
  }
}

interface DependencyPart {
  findings: ClassifiedFinding[]
  errors: Diagnostic[]
  notes: Diagnostic[]
  /** Lockfiles and manifests read and parsed; absent when the dependency scanner is off. */
  evaluated?: string[]
  diagnostics: Diagnostic[]
  /** The lockfiles and lookups, for the attack paths; absent when dependencies are not scanned. */
  scan?: DependencyScan
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
  const unique = uniqueDiagnostics(errors)
  return {
    mode,
    settings: input.settings,
    ...decide(findings, unique, input.settings, mode === 'diff'),
    findings,
    changes,
    diagnostics: {
      head: uniqueDiagnostics(head.model.diagnostics),
      base: uniqueDiagnostics(base?.model.diagnostics ?? [])
    },
    undecided: head.undecided,
    errors: unique,
    notes,
    models: { head: head.model, base: base?.model }
  }
}

function errorDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter(d => d.severity === 'error')
}

/**
 * The invariant over each side, checked here and only here: every recognised file was evaluated
 * or has an error. The base's lockfiles are read only to tell what is new, so its side is held
 * to the rule for IaC alone.
 */
async function unchecked(
  input: ScanInput,
  head: Side,
  deps: DependencyPart,
  base?: Side
): Promise<Diagnostic[]> {
  const iac = input.settings.scanners.includes('iac')
  const headOutcome = {
    source: head.source,
    model: iac ? head.model : undefined,
    lockfiles: deps.evaluated,
    diagnostics: [...head.model.diagnostics, ...deps.diagnostics]
  }
  const found = await uncheckedFiles(headOutcome)
  if (base && iac)
    found.push(
      ...(await uncheckedFiles({
        source: base.source,
        model: base.model,
        diagnostics: base.model.diagnostics
      }))
    )
  return found
}

import { diffDependencies } from '../deps/diff.js'
import { fallbackCompare } from '../deps/version-order.js'
import { serviceOf } from '../deps/link.js'
import type { PackageRef } from '../deps/types.js'
import type { ClassifiedFinding, FindingStatus } from '../diff/findings.js'
import { diagnostic, type Diagnostic } from '../model/location.js'
import type { Model } from '../model/types.js'
import {
  compareVersions,
  isOsvUnavailable,
  scanPackages,
  type OsvSource,
  type PackageFinding,
  type VulnerabilitiesConfig
} from '../osv/index.js'
import type { Severity } from '../policy/config/schema.js'
import { fingerprintKey, fingerprintOf } from '../policy/engine/fingerprint.js'
import { VULNERABLE_DEPENDENCY } from '../policy/rules/deps/vulnerable-dependency.js'
import { linkedLockfiles } from '../paths/ships.js'
import type { FileSource } from '../sources/types.js'
import {
  unaffectedLockfiles,
  withUnaffected,
  type DependencyScope,
  type Unaffected
} from './deps-scope.js'
import { readLockfiles, type LockfileRead } from './lockfiles.js'

export interface DependencyScanInput {
  head: FileSource
  base?: FileSource
  /** Needed only when there are packages to look up. */
  osv?: OsvSource
  config: VulnerabilitiesConfig
  /** The head's model, to name the functions that ship each lockfile. */
  model: Model
  now: Date
  /** Where the `vulnerabilities.ignore` list lives, for notes about it. */
  configPath: string
  /** In a pull request scoped to its change: only the lockfiles it reaches are diffed. */
  scope?: DependencyScope
}

export interface DependencyScan {
  findings: ClassifiedFinding[]
  /** Anything that kept the scan from checking every package: the gate cannot pass then. */
  errors: Diagnostic[]
  diagnostics: Diagnostic[]
  /** About the ignore list: entries past their expiry, and (in an audit) entries that matched nothing. */
  notes: Diagnostic[]
  /** Packages looked up (in a pull request: only those new in the head). */
  checked: number
  /** The head's lockfiles and manifests that were read and parsed. */
  evaluated: string[]
  /** Lockfiles a pull request scoped to its change does not reach: not checked by it. */
  unreached: string[]
  /** The lockfiles as read, and what the lookup found, for the stages that join them to functions. */
  lockfiles: { head: LockfileRead; base?: LockfileRead }
  lookedUp: { packages: PackageRef[]; findings: PackageFinding[] }
}

/**
 * Dependencies of one tree, or what a pull request introduces: in a diff only packages whose
 * (ecosystem, name, version) is new in the head are looked up. A lockfile that cannot be read on
 * either side, or a vulnerability database that cannot answer, is an error, never "clean".
 */
export async function scanDependencies(input: DependencyScanInput): Promise<DependencyScan> {
  const affected = input.scope?.affected
  const head = await readLockfiles(input.head, affected)
  const evaluated = [...head.packages.keys()].filter(f => !head.unreadable.includes(f))
  const base = input.base ? await readLockfiles(input.base, affected) : undefined
  if (!input.scope || !base)
    return { ...(await lookUp(input, head, base)), evaluated, unreached: [] }
  const includeDev = input.config['include-dev']
  const rest = await unaffectedLockfiles(
    input.scope,
    newPackages(head, base, includeDev).length > 0
  )
  const scan = await lookUp(input, head, base, rest)
  return { ...scan, evaluated, unreached: rest.paths }
}

async function lookUp(
  input: DependencyScanInput,
  head: LockfileRead,
  base: LockfileRead | undefined,
  rest?: Unaffected
): Promise<Omit<DependencyScan, 'evaluated' | 'unreached'>> {
  const errors = lockfileErrors(head, base)
  const known = base && rest ? withUnaffected(base, rest.known) : base
  const packages = known
    ? newPackages(head, known, input.config['include-dev'])
    : [...head.packages.values()].flat()
  const status: FindingStatus = base ? 'new' : 'present'
  // What the readers said without failing (an empty lockfile, an include cycle) is stated.
  const readNotes = head.diagnostics.filter(d => d.severity === 'warning')
  // The attack paths join the functions they model to every lockfile those ship.
  const lockfiles = rest
    ? {
        head: withUnaffected(head, rest.shipped),
        base: base && withUnaffected(base, rest.shipped)
      }
    : { head, base }
  const read = { lockfiles, lookedUp: { packages: [], findings: [] } }
  if (packages.length === 0)
    return {
      findings: [],
      errors,
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    }
  if (!input.osv) {
    const missing = diagnostic(
      '(dependencies)',
      `${packages.length} package(s) to check, but no vulnerability database is configured`,
      'osv-unavailable'
    )
    return {
      findings: [],
      errors: [...errors, missing],
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    }
  }
  try {
    const result = await scanPackages(packages, input.osv, input.config, { now: input.now })
    const shipping = [...head.packages.keys(), ...(rest?.paths ?? [])]
    const findings = result.findings.map(f =>
      toFinding(
        f,
        status,
        functionsShipping(input.model, f.location.file, shipping),
        serviceDir(input.model, f.location.file)
      )
    )
    return {
      findings,
      errors: [...errors, ...result.errors],
      diagnostics: head.diagnostics,
      notes: [...readNotes, ...ignoreNotes(input.configPath, result, base === undefined)],
      checked: packages.length,
      lockfiles,
      lookedUp: { packages, findings: result.findings }
    }
  } catch (err) {
    if (!isOsvUnavailable(err)) throw err
    const message = `the vulnerability database could not be queried, so ${packages.length} package(s) were not checked: ${err.message}`
    return {
      findings: [],
      errors: [...errors, diagnostic('(dependencies)', message, 'osv-unavailable')],
      diagnostics: head.diagnostics,
      notes: readNotes,
      checked: 0,
      ...read
    }
  }
}

/**
 * Expired ignores no longer apply, and say so; an ignore that matched nothing is reported in an
 * audit (a pull request looks up only the packages it adds, so "unused" would mean nothing there).
 */
function ignoreNotes(
  configPath: string,
  result: Awaited<ReturnType<typeof scanPackages>>,
  wholeTree: boolean
): Diagnostic[] {
  const expired = result.expiredIgnores.map(e =>
    diagnostic(
      configPath,
      `vulnerabilities.ignore: ${e.entry.id} expired on ${e.entry.expires} and no longer applies (it would cover ${e.matched.join(', ')})`,
      'expired-ignore',
      {},
      'warning'
    )
  )
  const unused = wholeTree
    ? result.unusedIgnores.map(e =>
        diagnostic(
          configPath,
          `vulnerabilities.ignore: ${e.id}${e.package ? ` (${e.package})` : ''} matched no vulnerability: remove it so the list does not rot`,
          'unused-ignore',
          {},
          'warning'
        )
      )
    : []
  return [...expired, ...unused]
}

/**
 * The head's packages the base does not have. Without dev dependencies, the base's dev-only
 * packages were never looked up: the same package needed at run time in the head (a dev tool
 * made a dependency) is new to the gate, not known.
 */
function newPackages(head: LockfileRead, base: LockfileRead, includeDev: boolean): PackageRef[] {
  const known = includeDev ? base.packages : withoutDevOnly(base.packages)
  const diff = diffDependencies(known, head.packages, {
    unreadableBase: base.unreadable,
    compare: (ecosystem, a, b) =>
      compareVersions(ecosystem, a, b) ?? fallbackCompare(ecosystem, a, b)
  })
  return diff.newInHead
}

function withoutDevOnly(lockfiles: LockfileRead['packages']): LockfileRead['packages'] {
  return new Map([...lockfiles].map(([path, refs]) => [path, refs.filter(r => r.dev !== true)]))
}

/**
 * Lockfiles that could not be read: on the head always an error; on the base only if the head
 * has it and could read it (otherwise the head's own error names the file already).
 */
function lockfileErrors(head: LockfileRead, base: LockfileRead | undefined): Diagnostic[] {
  const headErrors = head.diagnostics.filter(d => d.severity === 'error')
  const baseErrors = (base?.unreadable ?? [])
    .filter(path => head.packages.has(path) && !head.unreadable.includes(path))
    .map(path =>
      diagnostic(
        path,
        'the base version of this lockfile cannot be read, so what the change adds cannot be told apart',
        'base-unreadable'
      )
    )
  return [...headErrors, ...baseErrors]
}

const LEVEL_TO_SEVERITY: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  none: 'info'
}

/** The service a lockfile belongs to: the deepest service folder that holds it. */
function serviceDir(model: Model, lockfile: string): string | undefined {
  const dir = serviceOf(
    lockfile,
    model.services.map(s => s.dir)
  )
  return dir === undefined ? undefined : model.services.find(s => s.dir === dir)?.id
}

function toFinding(
  f: PackageFinding,
  status: FindingStatus,
  functions: string[],
  service: string | undefined
): ClassifiedFinding {
  const worst = f.vulnerabilities.reduce(
    (a, v) => (rank(v.effectiveLevel) < rank(a) ? v.effectiveLevel : a),
    'none' as string
  )
  const severity = LEVEL_TO_SEVERITY[worst] ?? 'medium'
  const ids = f.vulnerabilities.map(v => v.id)
  const pkg = f.package
  const evidence = `${pkg.ecosystem}:${pkg.name}@${pkg.version}`
  const key = fingerprintKey({
    ruleId: VULNERABLE_DEPENDENCY.id,
    file: f.location.file,
    service: f.location.file,
    resource: `${pkg.ecosystem}:${pkg.name}`,
    evidence: `${pkg.version} ${[...ids].sort().join(',')}`
  })
  return {
    ruleId: VULNERABLE_DEPENDENCY.id,
    title: VULNERABLE_DEPENDENCY.title,
    severity,
    message: `\`${pkg.name}\` ${pkg.version} has ${ids.length === 1 ? 'a known vulnerability' : `${ids.length} known vulnerabilities`} (${ids.join(', ')}): ${f.advice}`,
    service: f.location.file,
    resource: `${pkg.ecosystem}:${pkg.name}`,
    evidence,
    location: f.location,
    fingerprint: fingerprintOf(key, 0),
    status,
    dependency: {
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      direct: pkg.direct,
      dev: pkg.dev,
      fixedIn: f.fix.fixedIn,
      advice: f.advice,
      vulnerabilities: f.vulnerabilities.map(v => ({
        id: v.id,
        aliases: v.aliases,
        summary: v.summary,
        severity: v.effectiveLevel,
        score: v.severity.score,
        url: v.url,
        fixedIn: v.fix.fixedIn
      })),
      functions,
      ...(service ? { service } : {})
    }
  }
}

function rank(level: string): number {
  return ['critical', 'high', 'medium', 'low', 'none'].indexOf(level)
}

/** Functions whose nearest lockfile (at or above their code) is this one. */
function functionsShipping(model: Model, lockfile: string, lockfiles: string[]): string[] {
  const out: string[] = []
  for (const service of model.services) {
    for (const fn of service.functions) {
      if (linkedLockfiles(service, fn, lockfiles).includes(lockfile))
        out.push(`${service.id}#${fn.id}`)
    }
  }
  return out
}

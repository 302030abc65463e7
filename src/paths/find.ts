import type { Severity } from '../policy/config/enums.js'
import { PATH_RULES } from '../policy/rules/paths/index.js'
import { pathSeverity, type PathPart } from '../policy/rules/paths/matrix.js'
import type { PathNeed, PathRule } from '../policy/rules/paths/types.js'
import type { Capability, Entry, FunctionFacts, VulnerablePackage } from './types.js'

/** One attack path: a rule, the function, the ways in, and what it carries (best candidates first). */
export interface AttackPath {
  rule: PathRule
  severity: Severity
  facts: FunctionFacts
  /** The entries of the rule's reach; the first is the one reported. */
  entries: Entry[]
  /** For vulnerability paths: the high and critical packages, worst first. */
  packages: VulnerablePackage[]
  /** The grants that make it worth taking, strongest first (for vulnerability paths, may be none). */
  grants: Capability[]
}

export interface PathSettings {
  disabled: ReadonlySet<string>
  severities: ReadonlyMap<string, Severity>
}

/** Every enabled path rule over every function's facts. */
export function findPaths(facts: readonly FunctionFacts[], settings: PathSettings): AttackPath[] {
  const rules = PATH_RULES.filter(r => !settings.disabled.has(r.id))
  const out: AttackPath[] = []
  for (const f of facts) {
    const internet = f.reach.entries.some(e => e.level === 'internet')
    for (const rule of rules) {
      // Anyone on the internet includes every AWS account: the public path says it all.
      if (rule.reach === 'any-account' && internet) continue
      const path = pathOf(rule, f, settings.severities.get(rule.id))
      if (path) out.push(path)
    }
  }
  return out
}

function pathOf(rule: PathRule, f: FunctionFacts, override?: Severity): AttackPath | undefined {
  const entries = f.reach.entries.filter(e => e.level === rule.reach)
  if (entries.length === 0) return undefined
  const valuable = worthTaking(f.mayDo)
  if (rule.needs === 'vulnerable') {
    const packages = f.ships.known ? serious(f.ships.vulnerable) : []
    if (packages.length === 0) return undefined
    const part: PathPart =
      packages[0]?.severity === 'critical' ? 'vulnerable-critical' : 'vulnerable-high'
    const severity = override ?? pathSeverity(rule.reach, part, valuable.length > 0)
    return { rule, severity, facts: f, entries, packages, grants: valuable }
  }
  const grants = valuable.filter(c => NEED_OF[c.class] === rule.needs)
  if (grants.length === 0) return undefined
  const severity = override ?? pathSeverity(rule.reach, rule.needs)
  return { rule, severity, facts: f, entries, packages: [], grants }
}

const NEED_OF: Partial<Record<Capability['class'], PathNeed>> = {
  administrator: 'privileged',
  'privilege-escalation': 'privileged',
  'secrets-read': 'secrets',
  'data-write': 'data-write'
}

const CLASS_ORDER: Capability['class'][] = [
  'administrator',
  'privilege-escalation',
  'secrets-read',
  'data-write'
]

/**
 * The grants an attacker would come for, strongest first: administrator or escalation, and reads of
 * every secret or writes to every store (a grant scoped to named resources, or a write under a
 * condition, is what the function is for and forms no path).
 */
export function worthTaking(mayDo: readonly Capability[]): Capability[] {
  return mayDo
    .filter(c => {
      if (c.class === 'administrator' || c.class === 'privilege-escalation') return true
      if (c.class === 'secrets-read') return c.scope !== 'scoped'
      return c.class === 'data-write' && c.scope !== 'scoped' && !c.conditional
    })
    .sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class))
}

function serious(packages: readonly VulnerablePackage[]): VulnerablePackage[] {
  return packages
    .filter(p => p.severity === 'critical' || p.severity === 'high')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1))
}

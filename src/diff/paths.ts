import type { AttackPath, Entry, FunctionFacts, PathChange, PathPick } from '../paths/index.js'
import { defaultPick, pathFinding, worthTaking } from '../paths/index.js'
import { PATH_RULES } from '../policy/rules/paths/index.js'
import { SEVERITIES } from '../policy/config/enums.js'
import type { Finding } from '../policy/types.js'
import { NO_RENAMES, type Renames } from '../sources/renames.js'
import type { ClassifiedFinding, FindingStatus } from './findings.js'
import { alignMoved } from './moved.js'

export interface PathsOfSide {
  facts: readonly FunctionFacts[]
  paths: readonly AttackPath[]
}

/**
 * A pull request's paths: one on the head and not on the base is new even when each of its parts
 * existed, and sits on the part the change added; one on the base only was closed (fixed). A
 * function whose service the change moved is compared with itself where it was.
 */
export function pathFindingsOfDiff(
  base: PathsOfSide,
  head: PathsOfSide,
  renames: Renames = NO_RENAMES
): { head: { finding: Finding; status: FindingStatus }[]; fixed: Finding[] } {
  const plainHead = head.paths.map(p => pathFinding(p))
  const baseFindings = alignMoved(
    base.paths.map(p => pathFinding(p)),
    plainHead,
    renames
  )
  const onBase = new Set(baseFindings.map(f => f.fingerprint))
  const headOut = head.paths.map((p, i) => {
    const plain = plainHead[i] as Finding
    if (onBase.has(plain.fingerprint)) return { finding: plain, status: 'unchanged' as const }
    const opened = whatOpened(p, factsOf(base.facts, p.facts, renames))
    return { finding: pathFinding(p, opened.pick, opened.change), status: 'new' as const }
  })
  const onHead = new Set(headOut.map(h => h.finding.fingerprint))
  return { head: headOut, fixed: baseFindings.filter(f => !onHead.has(f.fingerprint)) }
}

function factsOf(
  all: readonly FunctionFacts[],
  f: FunctionFacts,
  renames: Renames
): FunctionFacts | undefined {
  return all.find(b => renames.toHead(b.service) === f.service && b.functionId === f.functionId)
}

const WHO = { internet: 'anyone on the internet', 'any-account': 'any AWS account' } as const

/** The part the change added: a way in, a vulnerable package, a grant, or the function itself. */
function whatOpened(
  path: AttackPath,
  before: FunctionFacts | undefined
): { pick: PathPick; change: PathChange } {
  const pick = defaultPick(path)
  const fn = path.facts.functionId
  if (!before)
    return { pick, change: { part: 'function', sentence: `this change adds function \`${fn}\`` } }
  const who = WHO[path.rule.reach]
  for (const entry of path.entries) {
    const was = before.reach.entries.find(e => e.key === entry.key)
    if (was?.level === entry.level) continue
    return {
      pick: { ...pick, entry },
      change: { part: 'entry', sentence: entrySentence(entry, was, who) }
    }
  }
  const hadPackage = (name: string, version: string): boolean =>
    before.ships.known &&
    before.ships.vulnerable.some(p => p.name === name && p.version === version)
  const pkg = path.packages.find(p => !hadPackage(p.name, p.version))
  if (pkg)
    return {
      pick: { ...pick, package: pkg },
      change: {
        part: 'package',
        sentence: `this change ships \`${pkg.name}\` ${pkg.version} with \`${fn}\`, which ${who} can call`
      }
    }
  const had = new Set(worthTaking(before.mayDo).map(c => `${c.class}|${c.action}|${c.resource}`))
  const grant = path.grants.find(c => !had.has(`${c.class}|${c.action}|${c.resource}`))
  if (grant && (path.rule.needs !== 'vulnerable' || path.packages.length > 0))
    return {
      pick: { ...pick, grant },
      change: {
        part: 'grant',
        sentence: `this change lets \`${fn}\`, which ${who} can call, \`${grant.action}\`${grant.resource ? ` on \`${grant.resource}\`` : ''}`
      }
    }
  return {
    pick,
    change: { part: 'function', sentence: `this change opens a path through function \`${fn}\`` }
  }
}

function entrySentence(entry: Entry, was: Entry | undefined, who: string): string {
  if (!was) return `this change adds ${entry.what}, which ${who} can call`
  if (was.auth)
    return `this change removes the ${was.auth} authorization of ${entry.what}: ${who} can call it`
  return `this change opens ${entry.what} to ${who}`
}

/**
 * One comment per opened path: several path rules on one function fold into the most telling, and
 * the findings of its parts on the same line (the public route, the wildcard grant) fold into it
 * too, so the reviewer reads the whole path once. Suppressed findings never fold.
 */
export function foldIntoPaths(findings: ClassifiedFinding[]): ClassifiedFinding[] {
  const order = (f: Finding): number => PATH_RULES.findIndex(r => r.id === f.ruleId)
  const primaries = new Map<string, ClassifiedFinding>()
  const folded = new Set<ClassifiedFinding>()
  const paths = findings.filter(f => f.path && !f.suppressed && f.status !== 'fixed')
  for (const f of [...paths].sort((a, b) => order(a) - order(b))) {
    const key = `${f.status}|${f.path?.function}`
    const primary = primaries.get(key)
    if (primary) {
      fold(primary, f)
      folded.add(f)
    } else primaries.set(key, f)
  }
  // The first path on each line takes that line's other findings.
  const byLine = new Map<string, ClassifiedFinding>()
  for (const p of primaries.values()) {
    const key = lineKey(p)
    if (!byLine.has(key)) byLine.set(key, p)
  }
  for (const f of findings) {
    if (f.path || f.suppressed || f.status === 'fixed') continue
    const primary = byLine.get(lineKey(f))
    if (!primary) continue
    fold(primary, f)
    folded.add(f)
  }
  return findings.filter(f => !folded.has(f))
}

function lineKey(f: ClassifiedFinding): string {
  return `${f.status}|${f.location.file}|${f.location.line}`
}

function fold(into: ClassifiedFinding, f: Finding): void {
  // Another path through the same function and entry: its title says what it adds.
  const message = f.path ? f.title.toLowerCase() : f.message
  into.also = [
    ...(into.also ?? []),
    { ruleId: f.ruleId, severity: f.severity, message },
    ...(f.also ?? [])
  ]
  if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(into.severity)) into.severity = f.severity
  // The package's vulnerabilities and fix travel with the path, so the comment still says how to fix it.
  if (f.dependency && !into.dependency) into.dependency = f.dependency
}

import type { SourceLocation } from '../model/location.js'
import { fingerprintKey, fingerprintOf } from '../policy/engine/fingerprint.js'
import type { Finding, PathStep } from '../policy/types.js'
import type { AttackPath } from './find.js'
import type { Capability, Entry, VulnerablePackage } from './types.js'

/** The parts of a path that a finding names: one entry, and the package and grant, if any. */
export interface PathPick {
  entry: Entry
  package?: VulnerablePackage
  grant?: Capability
}

/** What a pull request changed to open the path: the part, and the change in words. */
export interface PathChange {
  part: PathStep['kind']
  sentence: string
}

const WHO = { internet: 'anyone on the internet', 'any-account': 'any AWS account' } as const

export function defaultPick(path: AttackPath): PathPick {
  return { entry: path.entries[0] as Entry, package: path.packages[0], grant: path.grants[0] }
}

/**
 * A path as a finding. Its identity is the rule and the function (never the line or the route),
 * so a path that stays open keeps its fingerprint when its parts move or change. It sits on the
 * entry, or, in a pull request, on the part the change added.
 */
export function pathFinding(
  path: AttackPath,
  pick: PathPick = defaultPick(path),
  change?: PathChange
): Finding {
  const { rule, facts } = path
  const steps = stepsOf(path, pick)
  const at = steps.find(s => s.kind === change?.part) ?? (steps[0] as PathStep)
  const key = fingerprintKey({
    ruleId: rule.id,
    file: facts.service,
    service: facts.service,
    resource: facts.functionId,
    evidence: rule.reach
  })
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: path.severity,
    message: messageOf(path, steps, change),
    service: facts.service,
    resource: facts.functionId,
    evidence: rule.reach,
    location: at.location,
    fingerprint: fingerprintOf(key, 0),
    path: {
      reach: rule.reach,
      function: `${facts.service}#${facts.functionId}`,
      steps,
      ...(change ? { added: change.part } : {})
    }
  }
}

function stepsOf(path: AttackPath, pick: PathPick): PathStep[] {
  const fn = path.facts.functionId
  const steps: PathStep[] = [
    {
      kind: 'entry',
      message: `${WHO[path.rule.reach]} can call ${pick.entry.description}`,
      label: pick.entry.label,
      location: pick.entry.location
    },
    {
      kind: 'function',
      message: `function \`${fn}\` handles the call`,
      label: fn,
      location: path.facts.location
    }
  ]
  if (pick.package) steps.push(packageStep(pick.package))
  if (pick.grant) steps.push(grantStep(pick.grant))
  return steps
}

function packageStep(p: VulnerablePackage): PathStep {
  const fix = p.fixedIn ? `, fixed in ${p.fixedIn}` : ', no fix yet'
  return {
    kind: 'package',
    message: `it ships \`${p.name}\` ${p.version} (${listIds(p.ids)}, ${p.severity}${fix})`,
    label: `${p.name} ${p.version}`,
    location: p.location
  }
}

function grantStep(c: Capability): PathStep {
  const on = c.resource ? ` on \`${c.resource}\`` : ''
  return {
    kind: 'grant',
    message: `it may \`${c.action}\`${on} (${CLASS_WORDS[c.class]})`,
    label: `${c.action}${c.resource ? ` on ${c.resource}` : ''}`,
    location: c.location
  }
}

const CLASS_WORDS: Record<Capability['class'], string> = {
  administrator: 'administrator access',
  'privilege-escalation': 'privilege escalation',
  'secrets-read': 'reads every secret',
  'data-write': 'writes or deletes data',
  'data-read': 'reads data',
  network: 'network'
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 2).join(', ')
  return ids.length > 2 ? `${shown} and ${ids.length - 2} more` : shown
}

/** "this change …; function `f` … (file:line), …": every part named with where it is written. */
function messageOf(path: AttackPath, steps: PathStep[], change: PathChange | undefined): string {
  const parts = steps
    .filter(s => s.kind !== change?.part || s.kind === 'function')
    .map(s => `${s.message} (\`${where(s.location)}\`)`)
  const others = path.entries.length - 1
  const more = others > 0 ? `; ${others} other way${others === 1 ? '' : 's'} in` : ''
  const lead = change ? `${change.sentence}; ` : ''
  return `${lead}${parts.join('; ')}${more}`
}

function where(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}`
}

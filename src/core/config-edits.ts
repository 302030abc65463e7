import { isOpen, type ClassifiedFinding } from '../diff/findings.js'
import type { Diagnostic } from '../model/location.js'
import type { ConfigFile } from '../policy/config/schema.js'
import { levelRank, ruleLevel } from '../policy/config/strictest.js'
import { globMatcher } from '../sources/paths.js'
import type { FileSource } from '../sources/types.js'
import { atOrAbove } from './decision.js'

/** What a pull request does to the gate's configuration, for its report. */
export interface ConfigEditsInput {
  /** The base's configuration: what was reviewed. */
  base: ConfigFile
  /** The head's configuration: what the change proposes. */
  proposed: ConfigFile
  /** What this scan applied: the stricter of the two, setting by setting. */
  applied: ConfigFile
  findings: readonly ClassifiedFinding[]
  gating: readonly ClassifiedFinding[]
  errors: readonly Diagnostic[]
  /** The head's files, for the sizes a smaller `max-file-size` would refuse. */
  head: FileSource
  configPath: string
}

const WATCHED = [
  'fail-on-severity',
  'gate-on',
  'scanners',
  'on-error',
  'max-file-size',
  'paths',
  'exclude-paths',
  'rules',
  'allow-inline-suppressions',
  'custom-rules',
  'ignore',
  'vulnerabilities'
] as const
type Key = (typeof WATCHED)[number]

/**
 * One note per setting the change edits: a tightening applies now; a loosening is stated with what
 * it would hide, and applies once merged; other edits (ignores) are stated as they are.
 */
export async function configEdits(input: ConfigEditsInput): Promise<Diagnostic[]> {
  const notes: Diagnostic[] = []
  for (const key of WATCHED) {
    if (normal(key, input.base, input) === normal(key, input.proposed, input)) continue
    const [b, p, a] = [input.base, input.proposed, input.applied].map(c => direction(key, c, input))
    const loosens = p !== a
    const tightens = a !== b
    const change = `\`${key}\` (${describe(input.base[key])} → ${describe(input.proposed[key])})`
    let message = `this change edits ${change} in the gate's configuration`
    if (loosens) {
      const effect = await effectOf(key, input)
      message = `this change loosens ${change} in the gate's configuration: ${effect ? `with this pull request's configuration, ${effect}; ` : ''}it applies once merged, and this pull request is checked with ${describe(input.applied[key])}`
    } else if (tightens) {
      message = `this change tightens ${change} in the gate's configuration: it applies to this pull request`
    }
    notes.push({
      file: input.configPath,
      line: 1,
      column: 1,
      severity: 'warning',
      code: loosens ? 'config-loosened' : 'config-changed',
      message
    })
  }
  return notes
}

/** A setting's value in a form where equal meaning is equal text. */
function normal(key: Key, config: ConfigFile, input: ConfigEditsInput): string {
  switch (key) {
    case 'paths':
    case 'exclude-paths':
    case 'scanners':
      return JSON.stringify([...new Set(config[key])].sort())
    case 'rules': {
      const ids = [input.base, input.proposed, input.applied].flatMap(c => Object.keys(c.rules))
      return JSON.stringify([...new Set(ids)].sort().map(id => [id, ruleLevel(config.rules, id)]))
    }
    default:
      return JSON.stringify(config[key])
  }
}

/** The part of a setting that can loosen or tighten: reviewed exceptions are only stated. */
function direction(key: Key, config: ConfigFile, input: ConfigEditsInput): string {
  if (key === 'ignore') return ''
  if (key === 'vulnerabilities') return JSON.stringify({ ...config.vulnerabilities, ignore: [] })
  return normal(key, config, input)
}

/** What the head's value of `key` would hide, counted over this scan's open findings. */
async function effectOf(key: Key, input: ConfigEditsInput): Promise<string | undefined> {
  const open = input.findings.filter(isOpen)
  const proposed = input.proposed
  const hidden = (fs: readonly ClassifiedFinding[]) => count(fs.length, 'would not be reported')
  const ungated = (fs: readonly ClassifiedFinding[]) => count(fs.length, 'would not fail the gate')
  switch (key) {
    case 'max-file-size':
      return hidden(await inLargerFiles(open, proposed['max-file-size'], input.head))
    case 'paths':
    case 'exclude-paths': {
      const included = proposed.paths.length === 0 ? () => true : globMatcher([...proposed.paths])
      const excluded = globMatcher([...proposed['exclude-paths']])
      return hidden(open.filter(f => !included(f.location.file) || excluded(f.location.file)))
    }
    case 'scanners':
      return hidden(open.filter(f => !proposed.scanners.includes(f.dependency ? 'deps' : 'iac')))
    case 'rules':
      return rulesEffect(open, input)
    case 'custom-rules': {
      const kept = new Set(proposed['custom-rules'].map(r => r.id))
      const dropped = input.applied['custom-rules'].filter(r => !kept.has(r.id)).map(r => r.id)
      return hidden(open.filter(f => dropped.includes(f.ruleId)))
    }
    case 'allow-inline-suppressions':
      return count(
        input.findings.filter(f => f.suppressionNote?.includes('allow-inline-suppressions')).length,
        'would be suppressed by inline comments'
      )
    case 'fail-on-severity':
      return ungated(input.gating.filter(f => !atOrAbove(f.severity, proposed['fail-on-severity'])))
    case 'gate-on':
      return ungated(input.gating.filter(f => f.status !== 'new'))
    case 'on-error':
      return input.errors.length === 0
        ? undefined
        : `${input.errors.length} problem(s) that kept the gate from checking everything would not fail it`
    case 'vulnerabilities':
      return proposed.vulnerabilities['only-fixable']
        ? hidden(open.filter(f => f.dependency && !f.dependency.fixedIn))
        : undefined
    default:
      return undefined
  }
}

function rulesEffect(
  open: readonly ClassifiedFinding[],
  input: ConfigEditsInput
): string | undefined {
  const off = open.filter(f => ruleLevel(input.proposed.rules, f.ruleId) === 'off')
  const lowered = input.gating.filter(f => {
    const level = ruleLevel(input.proposed.rules, f.ruleId)
    return (
      level !== 'off' &&
      levelRank(level) > levelRank(ruleLevel(input.applied.rules, f.ruleId)) &&
      !atOrAbove(level, input.applied['fail-on-severity'])
    )
  })
  const parts = [
    off.length > 0 ? count(off.length, 'would not be reported') : '',
    lowered.length > 0 ? count(lowered.length, 'would not fail the gate') : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : count(0, 'would not be reported')
}

async function inLargerFiles(
  findings: readonly ClassifiedFinding[],
  limit: number,
  source: FileSource
): Promise<ClassifiedFinding[]> {
  const sizes = new Map<string, number>()
  for (const file of new Set(findings.map(f => f.location.file))) {
    const read = await source.read(file)
    if ('text' in read) sizes.set(file, Buffer.byteLength(read.text))
  }
  return findings.filter(f => (sizes.get(f.location.file) ?? 0) > limit)
}

function count(n: number, what: string): string {
  return `${n} finding${n === 1 ? '' : 's'} ${what}`
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? 'unset'
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

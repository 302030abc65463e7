import { SEVERITIES, type Severity } from '../../config/enums.js'

/**
 * Severities of attack paths come from one matrix, reach × what the function carries, never from
 * each rule: a path is as severe as who can start it and what they get at the end.
 */

/** Who can start the path: anyone on the internet, or any AWS account. */
export type PathReach = 'internet' | 'any-account'

/** What the function carries at the end of the path. */
export type PathPart =
  'privileged' | 'vulnerable-critical' | 'vulnerable-high' | 'secrets' | 'data-write'

export const PATH_SEVERITY_MATRIX: Readonly<
  Record<PathReach, Readonly<Record<PathPart, Severity>>>
> = {
  internet: {
    privileged: 'critical',
    'vulnerable-critical': 'critical',
    'vulnerable-high': 'critical',
    secrets: 'high',
    'data-write': 'high'
  },
  'any-account': {
    privileged: 'critical',
    'vulnerable-critical': 'high',
    'vulnerable-high': 'high',
    secrets: 'medium',
    'data-write': 'medium'
  }
}

/**
 * The severity of a path. A vulnerable function that may also do something worth taking
 * (administer, escalate, read secrets, write data) is one level more severe: the flaw is the way
 * in, the permission is what the attacker leaves with.
 */
export function pathSeverity(reach: PathReach, part: PathPart, alsoCapable = false): Severity {
  const base = PATH_SEVERITY_MATRIX[reach][part]
  if (!alsoCapable || !part.startsWith('vulnerable')) return base
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(base) - 1)] ?? base
}

const PART_LABEL: Record<PathPart, string> = {
  privileged: 'administrator or privilege escalation',
  'vulnerable-critical': 'ships a critical vulnerability',
  'vulnerable-high': 'ships a high vulnerability',
  secrets: 'reads any secret or key',
  'data-write': 'writes or deletes any data, no condition'
}

/** The matrix as a Markdown table, for the rules documentation and the README. */
export function pathMatrixMarkdown(): string {
  const parts = Object.keys(PART_LABEL) as PathPart[]
  return [
    `| reach | ${parts.map(p => PART_LABEL[p]).join(' | ')} |`,
    `|---|${parts.map(() => '---').join('|')}|`,
    ...(Object.keys(PATH_SEVERITY_MATRIX) as PathReach[]).map(
      r => `| ${r} | ${parts.map(p => PATH_SEVERITY_MATRIX[r][p]).join(' | ')} |`
    ),
    '',
    'A vulnerable function that may also administer, escalate, read secrets or write data is one level more severe. Only high and critical vulnerabilities form paths; reach by authenticated users, by other resources of the account or through a value not known before deployment forms none.'
  ].join('\n')
}

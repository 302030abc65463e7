import { CATALOG } from '../rules/index.js'
import { SCANNERS, SEVERITIES, THRESHOLDS, type Severity } from './enums.js'
import type { ConfigFile } from './schema.js'

/**
 * In a pull request the head's configuration is the change's own proposal: it may tighten the
 * gate, never loosen it. For every setting that decides what is read or how the gate decides, the
 * stricter of the base's and the head's value applies; what the head loosens applies once merged.
 * Settings that only shape the report (`comment-mode`) and the reviewed exceptions (`ignore`,
 * `vulnerabilities.ignore`, shown as added by the change) are the head's.
 */
export function strictestConfig(base: ConfigFile, head: ConfigFile): ConfigFile {
  return {
    ...head,
    'fail-on-severity': stricterThreshold(base['fail-on-severity'], head['fail-on-severity']),
    'gate-on': base['gate-on'] === 'all' || head['gate-on'] === 'all' ? 'all' : 'new',
    scanners: SCANNERS.filter(s => base.scanners.includes(s) || head.scanners.includes(s)),
    'on-error': base['on-error'] === 'fail' || head['on-error'] === 'fail' ? 'fail' : 'warn',
    'max-file-size': Math.max(base['max-file-size'], head['max-file-size']),
    // No `paths` means everything; otherwise a file either side would read is read.
    paths:
      base.paths.length === 0 || head.paths.length === 0
        ? []
        : [...new Set([...base.paths, ...head.paths])],
    'exclude-paths': base['exclude-paths'].filter(p => head['exclude-paths'].includes(p)),
    rules: stricterRules(base.rules, head.rules),
    'allow-inline-suppressions':
      base['allow-inline-suppressions'] && head['allow-inline-suppressions'],
    'custom-rules': stricterCustomRules(base['custom-rules'], head['custom-rules']),
    vulnerabilities: {
      ...head.vulnerabilities,
      'include-dev': base.vulnerabilities['include-dev'] || head.vulnerabilities['include-dev'],
      'only-fixable': base.vulnerabilities['only-fixable'] && head.vulnerabilities['only-fixable'],
      'unknown-severity-as': moreSevere(
        base.vulnerabilities['unknown-severity-as'],
        head.vulnerabilities['unknown-severity-as']
      )
    }
  }
}

type Threshold = ConfigFile['fail-on-severity']

/** `low` fails on more than `high`; `none` never fails. */
function stricterThreshold(a: Threshold, b: Threshold): Threshold {
  const rank = (t: Threshold) => (t === 'none' ? -1 : THRESHOLDS.indexOf(t))
  return rank(a) >= rank(b) ? a : b
}

function moreSevere<S extends Severity>(a: S, b: S): S {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b
}

type RuleLevel = Severity | 'off'

const DEFAULT_SEVERITY = new Map(CATALOG.map(r => [r.id, r.severity]))

/** What `rules:` makes of a catalog rule: off, or the severity it reports at. */
export function ruleLevel(rules: ConfigFile['rules'], id: string): RuleLevel {
  const setting = rules[id]
  if (setting === 'off') return 'off'
  return setting?.severity ?? DEFAULT_SEVERITY.get(id) ?? 'info'
}

/** Ranks levels, most severe first: `off` is the weakest. */
export function levelRank(level: RuleLevel): number {
  return level === 'off' ? SEVERITIES.length : SEVERITIES.indexOf(level)
}

function stricterRules(base: ConfigFile['rules'], head: ConfigFile['rules']): ConfigFile['rules'] {
  const out: ConfigFile['rules'] = {}
  for (const id of new Set([...Object.keys(base), ...Object.keys(head)])) {
    const level = [ruleLevel(base, id), ruleLevel(head, id)].sort(
      (a, b) => levelRank(a) - levelRank(b)
    )[0] as RuleLevel
    if (level === 'off') out[id] = 'off'
    else if (level !== DEFAULT_SEVERITY.get(id)) out[id] = { severity: level }
  }
  return out
}

/**
 * The base's custom rules still run; the head may add rules. A rule the head edits keeps the
 * base's definition until merged (an edited assertion cannot be ranked as stricter or looser).
 */
function stricterCustomRules(
  base: ConfigFile['custom-rules'],
  head: ConfigFile['custom-rules']
): ConfigFile['custom-rules'] {
  const ids = new Set(base.map(r => r.id))
  return [...base, ...head.filter(r => !ids.has(r.id))]
}

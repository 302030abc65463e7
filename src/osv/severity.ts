import type * as cvssModule from 'ae-cvss-calculator'
import type { OsvSeverityEntry, OsvVulnerability } from './schemas.js'

/**
 * How bad a vulnerability is. Scores come from the record's CVSS vectors, computed with
 * `ae-cvss-calculator` (maintained, Apache-2.0, the one npm library that scores CVSS 2.0, 3.0, 3.1
 * and 4.0 alike); OSV gives vectors, never numbers.
 */
export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown'

export interface Severity {
  level: SeverityLevel
  /** The highest CVSS base score, when a vector could be scored. */
  score?: number
  /** The vector that gave that score. */
  vector?: string
  /** Where the level comes from. */
  source: 'cvss' | 'advisory-label' | 'malicious-package' | 'none'
}

type CvssApi = typeof cvssModule

/** The calculator, once loaded: most scans find no vulnerability, and never need it. */
let cvss: CvssApi | undefined

/** Loads the CVSS calculator; `recordSeverity` needs it for records with a CVSS vector. */
export async function loadCvssScoring(): Promise<void> {
  const loaded = await import('ae-cvss-calculator')
  // The library ships a CommonJS bundle flagged `__esModule`: Node's ES loader exposes it as the
  // default export, CommonJS interop (bundlers, test runners) as the namespace itself.
  cvss ??=
    typeof (loaded as Record<string, unknown>)['fromVector'] === 'function'
      ? loaded
      : (loaded as unknown as { default: CvssApi }).default
}

/** Whether any of the records has a CVSS vector, at the top or in an `affected[]` entry. */
export function needsCvssScoring(records: readonly OsvVulnerability[]): boolean {
  return records.some(record =>
    [...(record.severity ?? []), ...(record.affected ?? []).flatMap(a => a.severity ?? [])].some(
      entry => CVSS_TYPES.has(entry.type)
    )
  )
}

/** `CVSS:x.y/` (optional for v2) then `Metric:Value` pairs; anything else is not scored. */
const VECTOR_SHAPE = /^(CVSS:[234]\.\d\/)?[A-Za-z]+:[A-Za-z]+(\/[A-Za-z]+:[A-Za-z]+)*$/

const LEVEL_ORDER: SeverityLevel[] = ['unknown', 'none', 'low', 'medium', 'high', 'critical']

export function severityRank(level: SeverityLevel): number {
  return LEVEL_ORDER.indexOf(level)
}

/** CVSS qualitative bands (the same cut-offs in CVSS 3.x and 4.0; used for 2.0 as well). */
export function levelForScore(score: number): SeverityLevel {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'none'
}

/** The base score of one CVSS vector; undefined when it is not a complete, known vector. */
export function cvssBaseScore(vector: string): number | undefined {
  const text = vector.trim()
  if (!VECTOR_SHAPE.test(text)) return undefined
  // Never "no score" because the calculator was not loaded: that could lower a severity.
  if (cvss === undefined) throw new Error('CVSS vectors are scored only after loadCvssScoring()')
  try {
    const parsed = cvss.fromVector(text) as InstanceType<typeof cvss.Cvss3P1> | null
    if (parsed === null || parsed === undefined || !parsed.isBaseFullyDefined()) return undefined
    const base = parsed.calculateScores().base
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined
  } catch {
    return undefined
  }
}

const CVSS_TYPES = new Set(['CVSS_V2', 'CVSS_V3', 'CVSS_V4'])

/** GitHub's advisory labels (and OSS-Fuzz's) mapped onto the levels. */
const LABELS: Record<string, SeverityLevel> = {
  LOW: 'low',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical'
}

/**
 * The severity of one record for the packages in `affectedNames` (all of the record's packages
 * when omitted): the highest CVSS base score over the top-level vectors and those of the matching
 * `affected[]` entries; else the advisory's own label (`database_specific.severity`); else
 * `unknown`. Malicious-package records (`MAL-*`) are always critical.
 */
export function recordSeverity(record: OsvVulnerability, affectedNames?: Set<string>): Severity {
  if (record.id.startsWith('MAL-')) return { level: 'critical', source: 'malicious-package' }
  const affected = (record.affected ?? []).filter(
    entry => affectedNames === undefined || affectedNames.has(entry.package?.name ?? '')
  )
  const entries = [...(record.severity ?? []), ...affected.flatMap(entry => entry.severity ?? [])]
  const scored = highestScore(entries)
  if (scored !== undefined) return scored
  const labels = [
    record.database_specific,
    ...affected.flatMap(a => [a.database_specific, a.ecosystem_specific])
  ]
  const level = highestLabel(labels.map(data => data?.['severity']))
  return level === undefined
    ? { level: 'unknown', source: 'none' }
    : { level, source: 'advisory-label' }
}

function highestScore(entries: OsvSeverityEntry[]): Severity | undefined {
  let best: Severity | undefined
  for (const entry of entries) {
    if (!CVSS_TYPES.has(entry.type)) continue
    const score = cvssBaseScore(entry.score)
    if (score === undefined || (best?.score !== undefined && best.score >= score)) continue
    best = { level: levelForScore(score), score, vector: entry.score, source: 'cvss' }
  }
  return best
}

function highestLabel(values: unknown[]): SeverityLevel | undefined {
  const levels = values
    .map(value => (typeof value === 'string' ? LABELS[value.toUpperCase()] : undefined))
    .filter((level): level is SeverityLevel => level !== undefined)
  return maxLevel(levels)
}

function maxLevel(levels: SeverityLevel[]): SeverityLevel | undefined {
  return levels.reduce<SeverityLevel | undefined>(
    (best, level) =>
      best === undefined || severityRank(level) > severityRank(best) ? level : best,
    undefined
  )
}

/** The most severe of several severities (records merged as one flaw). */
export function highestSeverity(severities: Severity[]): Severity {
  return severities.reduce<Severity>(
    (best, current) => {
      const rank = severityRank(current.level) - severityRank(best.level)
      if (rank > 0) return current
      if (rank === 0 && (current.score ?? -1) > (best.score ?? -1)) return current
      return best
    },
    { level: 'unknown', source: 'none' }
  )
}

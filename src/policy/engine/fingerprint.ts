import { createHash } from 'node:crypto'

export interface FingerprintInput {
  ruleId: string
  file: string
  service: string
  resource: string
  evidence: string
}

/**
 * A finding's identity across revisions: rule, file, logical resource and evidence, never the line,
 * so a finding keeps its fingerprint when lines move or other parts of the file change.
 */
export function fingerprintKey(f: FingerprintInput): string {
  return [f.ruleId, f.file, f.service, f.resource, f.evidence].join('\u0000')
}

export function fingerprintOf(key: string, occurrence: number): string {
  return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32)
}

import type { Model } from '../../model/types.js'
import { globMatcher } from '../../sources/paths.js'
import type { IgnoreEntry } from '../config/policy-schema.js'
import { fingerprintKey, fingerprintOf } from '../engine/fingerprint.js'
import type { Finding, Suppression } from '../types.js'
import { commentsOf, isJsonByName } from './comments.js'
import { InlineSuppressions } from './inline.js'
import { INVALID_SUPPRESSION } from './meta.js'
import { holdsMetadataSuppressions, metadataSuppressions } from './metadata.js'

export interface SuppressionOptions {
  ignores: readonly IgnoreEntry[]
  allowInline: boolean
  now: Date
  model: Model
  /** A scanned file's text, for its inline comments. */
  textOf(file: string): Promise<string | undefined>
}

/** Marks suppressed findings (they stay in every report) and reports suppressions that cannot take effect. */
export async function applySuppressions(
  findings: readonly Finding[],
  opts: SuppressionOptions
): Promise<Finding[]> {
  const inline = new InlineCache(opts.textOf)
  // Thousands of findings in a monorepo: each finds its service by id, not by a walk of all;
  // a service none of whose resources carries a Metadata suppression is not searched at all.
  const services = new Map<string, Model['services'][number]>()
  for (const s of opts.model.services) if (!services.has(s.id)) services.set(s.id, s)
  for (const [id, s] of services) if (!holdsMetadataSuppressions(s)) services.delete(id)
  const out: Finding[] = []
  const invalid: Finding[] = []
  const dated = { ...opts, today: opts.now.toISOString().slice(0, 10) }
  for (const finding of findings) {
    const result = await suppress(finding, dated, inline, services)
    out.push(result.finding)
    if (result.invalid) invalid.push(invalidFinding(finding, result.invalid))
  }
  return [...out, ...dedupe(invalid)]
}

interface Outcome {
  finding: Finding
  invalid?: { message: string; file: string; line: number }
}

async function suppress(
  f: Finding,
  opts: SuppressionOptions & { today: string },
  inline: InlineCache,
  services: ReadonlyMap<string, Model['services'][number]>
): Promise<Outcome> {
  const entry = opts.ignores.find(e => ignoreMatches(e, f))
  if (entry && entry.expires !== undefined && entry.expires < opts.today) {
    return {
      finding: {
        ...f,
        suppressionNote: `the config ignore for ${entry.rule} expired on ${entry.expires}`
      }
    }
  }
  if (entry)
    return suppressed(f, { reason: entry.reason, source: 'config', expires: entry.expires })
  const service = f.service === undefined ? undefined : services.get(f.service)
  const meta = service
    ? metadataSuppressions(service, f.resource, f.location).find(m => ruleMatches(m.rule, f))
    : undefined
  if (meta && meta.reason === '') {
    return {
      finding: f,
      invalid: {
        message: `the Metadata suppression of ${f.ruleId} has no reason`,
        file: meta.file,
        line: meta.line
      }
    }
  }
  if (meta)
    return suppressed(f, {
      reason: meta.reason,
      source: 'metadata',
      location: { file: meta.file, line: meta.line, column: 1 }
    })
  return inlineOutcome(f, opts, await inline.get(f.location.file))
}

function inlineOutcome(
  f: Finding,
  opts: SuppressionOptions,
  comments: InlineSuppressions | undefined
): Outcome {
  const hit = comments
    ?.applicableTo(f.location.line)
    .find(s => ruleMatches(s.scope ? `${s.ruleId}[${s.scope}]` : s.ruleId, f))
  if (!hit) return { finding: f }
  const at = { file: f.location.file, line: hit.line }
  if (hit.reason === '')
    return {
      finding: f,
      invalid: { ...at, message: `the inline suppression of ${f.ruleId} has no reason` }
    }
  if (!opts.allowInline) {
    const message = `inline suppressions are turned off (allow-inline-suppressions: false): ${f.ruleId} is not suppressed`
    return { finding: { ...f, suppressionNote: message }, invalid: { ...at, message } }
  }
  return suppressed(f, { reason: hit.reason, source: 'inline', location: { ...at, column: 1 } })
}

function suppressed(f: Finding, suppression: Suppression): Outcome {
  return { finding: { ...f, suppressed: suppression } }
}

/** `rule` or `rule[evidence]`: an unscoped suppression covers the rule on the resource, a scoped one only that evidence. */
export function ruleMatches(spec: string, f: Finding): boolean {
  const m = /^([a-z0-9-]+)(?:\[(.*)\])?$/.exec(spec.trim())
  if (!m || m[1] !== f.ruleId) return false
  return m[2] === undefined || m[2].trim() === f.evidence
}

function ignoreMatches(e: IgnoreEntry, f: Finding): boolean {
  if (!ruleMatches(e.rule, f)) return false
  if (e.resource !== undefined && e.resource !== f.resource) return false
  return pathMatcher(e.path)(f.location.file)
}

const pathMatchers = new Map<string, (path: string) => boolean>()

function pathMatcher(glob: string): (path: string) => boolean {
  let match = pathMatchers.get(glob)
  if (!match) {
    match = globMatcher([glob])
    pathMatchers.set(glob, match)
  }
  return match
}

function invalidFinding(f: Finding, bad: { message: string; file: string; line: number }): Finding {
  const key = fingerprintKey({
    ruleId: INVALID_SUPPRESSION.id,
    file: bad.file,
    service: f.service,
    resource: f.resource,
    evidence: `${f.ruleId}:${bad.line}`
  })
  return {
    ruleId: INVALID_SUPPRESSION.id,
    title: INVALID_SUPPRESSION.title,
    severity: INVALID_SUPPRESSION.severity,
    message: bad.message,
    service: f.service,
    resource: f.resource,
    evidence: `${f.ruleId}:${bad.line}`,
    location: { file: bad.file, line: bad.line, column: 1 },
    fingerprint: fingerprintOf(key, 0)
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(f => !seen.has(f.fingerprint) && seen.add(f.fingerprint))
}

class InlineCache {
  private cache = new Map<string, Promise<InlineSuppressions | undefined>>()
  constructor(private textOf: (file: string) => Promise<string | undefined>) {}
  get(file: string): Promise<InlineSuppressions | undefined> {
    let hit = this.cache.get(file)
    if (!hit) {
      // A JSON file has no comments: a large generated template is not read a second time.
      hit = isJsonByName(file)
        ? Promise.resolve(undefined)
        : this.textOf(file).then(async t =>
            t === undefined ? undefined : new InlineSuppressions(t, await commentsOf(file, t))
          )
      this.cache.set(file, hit)
    }
    return hit
  }
}

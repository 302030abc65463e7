import { gzipSync } from 'node:zlib'
import type { Invocation, Log, ReportingDescriptor, Result } from 'sarif'
import { uniqueDiagnostics, type Diagnostic } from '../model/location.js'
import type { ClassifiedFinding } from '../diff/findings.js'
import type { ScanResult } from './scan-result.js'
import type { Severity } from '../policy/config/schema.js'
import type { PathDetails, PathStep, RuleMeta } from '../policy/types.js'
import { clip, oneLine } from './plain-text.js'
import { ruleDocsUrl } from './rule-docs.js'
import { TOOL_NAME, TOOL_VERSION } from './tool.js'

const LEVEL: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
}

/** GitHub code scanning shows severities from this property (a CVSS-like score). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0'
}

const BASELINE: Record<
  Exclude<ClassifiedFinding['status'], 'fixed'>,
  Result.baselineState | undefined
> = {
  new: 'new',
  unchanged: 'unchanged',
  present: undefined
}

/**
 * SARIF 2.1.0 as code scanning accepts it: each rule once in `tool.driver.rules`, results with the
 * bare rule id, the exact start line, fingerprints, and in a diff the baseline state of each result.
 * A diff-native finding folded into a catalog finding (`also`) is named in the result's
 * `properties.alsoRuleIds`, and its rule is listed in `tool.driver.rules`.
 *
 * A finding the change fixes is no result: code scanning ignores `baselineState` and would open an
 * alert for it, at a line of the base that the head may not have. The JSON report and the
 * summaries list it as fixed.
 */
export function toSarif(
  result: Pick<ScanResult, 'findings' | 'mode'> & Partial<Pick<ScanResult, 'errors'>>,
  rules: RuleMeta[]
): Log {
  // A diff-native finding folded into a catalog finding keeps its rule listed, so it can be filtered on.
  const open = result.findings.filter(inHead)
  const used = new Set(open.flatMap(f => [f.ruleId, ...(f.also ?? []).map(a => a.ruleId)]))
  const descriptors = rules.filter(r => used.has(r.id)).map(descriptor)
  const index = new Map(descriptors.map((d, i) => [d.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: 'https://github.com/serverless-gate/serverless-gate',
            rules: descriptors
          }
        },
        results: open.map(f => sarifResult(f, index.get(f.ruleId), result.mode === 'diff')),
        invocations: [invocation(result.errors ?? [])]
      }
    ]
  }
}

function inHead(f: ClassifiedFinding): f is ClassifiedFinding & { status: keyof typeof BASELINE } {
  return f.status !== 'fixed'
}

/** The files the gate could not check, each once: the run did not execute successfully then. */
function invocation(errors: readonly Diagnostic[]): Invocation {
  return {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: uniqueDiagnostics(errors).map(d => ({
      level: 'error',
      descriptor: { id: d.code },
      message: { text: plainText(d.message) },
      // `(dependencies)` and the like name no file.
      locations: d.file.startsWith('(')
        ? []
        : [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file) },
                region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) }
              }
            }
          ]
    }))
  }
}

/**
 * Code scanning's limits on a rule's texts, in characters. A custom rule's title, message and id
 * come from the config; the help keeps the whole message.
 */
const MAX_RULE_NAME = 255
const MAX_RULE_DESCRIPTION = 1024

function descriptor(r: RuleMeta): ReportingDescriptor {
  return {
    id: r.id,
    name: clip(
      r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
      MAX_RULE_NAME
    ),
    shortDescription: { text: clip(r.title, MAX_RULE_DESCRIPTION) },
    fullDescription: { text: clip(r.rationale, MAX_RULE_DESCRIPTION) },
    help: {
      text: `${r.rationale}\n\nHow to fix: ${r.remediation.text}`,
      markdown: helpMarkdown(r)
    },
    helpUri: ruleDocsUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ['security', r.area, ...r.compliance],
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'high'
    }
  }
}

function helpMarkdown(r: RuleMeta): string {
  const snippets = Object.entries(r.remediation.snippets).map(
    ([format, s]) => `${format}:\n\n\`\`\`\n${s}\n\`\`\``
  )
  return [r.rationale, `**How to fix:** ${r.remediation.text}`, ...snippets].join('\n\n')
}

function sarifResult(
  f: ClassifiedFinding & { status: keyof typeof BASELINE },
  ruleIndex: number | undefined,
  diff: boolean
): Result {
  const also = f.also?.map(a => ` ${a.message}.`).join('') ?? ''
  const out: Result = {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: plainText(`${f.message}.${also}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.location.file) },
          region: { startLine: f.location.line, startColumn: f.location.column }
        },
        logicalLocations: [{ name: f.resource, fullyQualifiedName: `${f.service}#${f.resource}` }]
      }
    ],
    partialFingerprints: { 'serverlessGate/v1': f.fingerprint },
    properties: {
      severity: f.severity,
      evidence: f.evidence,
      'security-severity': SECURITY_SEVERITY[f.severity]
    }
  }
  if (f.also?.length) {
    out.properties = {
      ...out.properties,
      alsoRuleIds: [...new Set(f.also.map(a => a.ruleId))],
      also: f.also.map(a => ({ ruleId: a.ruleId, severity: a.severity, message: a.message }))
    }
  }
  if (f.dependency) out.properties = { ...out.properties, ...dependencyProperties(f.dependency) }
  if (f.path) Object.assign(out, pathFlow(f.path))
  if (diff) out.baselineState = BASELINE[f.status]
  if (f.suppressed)
    out.suppressions = [
      {
        kind: f.suppressed.source === 'inline' ? 'inSource' : 'external',
        justification: f.suppressed.reason
      }
    ]
  return out
}

/**
 * A message as SARIF plain text (section 3.11.6): `[text](target)` there is an embedded link, to a
 * URI or a related location, so square brackets, which messages only hold when they quote the
 * repository, are escaped to stay text. Code scanning shows the text as it is: line breaks,
 * controls and bidirectional overrides from the repository are made visible, as in every human
 * output, so none can forge or reorder what an alert says.
 */
function plainText(message: string): string {
  return oneLine(message).replace(/[[\]]/g, c => `\\${c}`)
}

/**
 * A repository path as an RFC 3986 relative reference: each segment percent-encoded (space, `#`,
 * `?`, `%`, `:`, `\\`, non-ASCII as UTF-8), so `a b#1.yml` stays one file for SARIF consumers.
 */
export function artifactUri(path: string): string {
  const wellFormed = path.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd'
  )
  return wellFormed.split('/').map(encodeURIComponent).join('/')
}

/** An attack path as code scanning shows it: the steps of one thread flow, and each step related. */
function pathFlow(path: PathDetails): Pick<Result, 'codeFlows' | 'relatedLocations'> {
  const physical = (s: PathStep) => ({
    artifactLocation: { uri: artifactUri(s.location.file) },
    region: { startLine: s.location.line, startColumn: s.location.column }
  })
  return {
    codeFlows: [
      {
        message: { text: plainText(`attack path to ${path.function}`) },
        threadFlows: [
          {
            locations: path.steps.map((s, i) => ({
              executionOrder: i + 1,
              kinds: [s.kind],
              location: { physicalLocation: physical(s), message: { text: plainText(s.message) } }
            }))
          }
        ]
      }
    ],
    relatedLocations: path.steps.map((s, i) => ({
      id: i + 1,
      physicalLocation: physical(s),
      message: { text: plainText(`${s.kind}: ${s.message}`) }
    }))
  }
}

/** A dependency finding's package, vulnerability ids with their aliases and scores, and fix. */
function dependencyProperties(
  d: NonNullable<ClassifiedFinding['dependency']>
): Record<string, unknown> {
  return {
    package: `${d.ecosystem}/${d.name}`,
    installedVersion: d.version,
    fixedVersion: d.fixedIn ?? null,
    vulnerabilities: d.vulnerabilities.map(v => ({
      id: v.id,
      aliases: v.aliases,
      severity: v.severity,
      score: v.score ?? null,
      fixedIn: v.fixedIn ?? null,
      url: v.url
    })),
    functions: d.functions
  }
}

/**
 * Code scanning's limits on an upload: it refuses a run of more than 25,000 results or a file over
 * 10 MB gzip-compressed, and keeps only the 5,000 most severe results of a run.
 */
export const CODE_SCANNING_LIMITS = {
  resultsPerRun: 25_000,
  keptResults: 5_000,
  compressedBytes: 10 * 1024 * 1024
} as const

/**
 * What code scanning will refuse or leave out of this report, said in words. The report itself is
 * never cut: a result left out of an upload closes its alert as if it were fixed.
 */
export function codeScanningLimitNotes(log: Log, text: string): string[] {
  const { resultsPerRun, keptResults, compressedBytes } = CODE_SCANNING_LIMITS
  const notes = log.runs.flatMap(run => {
    const n = run.results?.length ?? 0
    if (n > resultsPerRun)
      return [
        `the SARIF report holds ${n} results: code scanning refuses more than 25,000 in a run, so its upload will fail; the JSON report and the job summary hold every finding`
      ]
    if (n > keptResults)
      return [
        `the SARIF report holds ${n} results: code scanning keeps only the 5,000 most severe of a run; the JSON report holds every finding`
      ]
    return []
  })
  // Compressing is only worth it when the text itself is over the limit.
  if (Buffer.byteLength(text) <= compressedBytes) return notes
  const compressed = gzipSync(text).length
  if (compressed > compressedBytes)
    notes.push(
      `the SARIF report is ${(compressed / 1024 / 1024).toFixed(1)} MB compressed: code scanning refuses files over 10 MB, so its upload will fail; the JSON report holds every finding`
    )
  return notes
}

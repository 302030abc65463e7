import type { ClassifiedFinding } from '../diff/findings.js'
import { SEVERITIES } from '../policy/config/schema.js'
import type { DependencyDetails, RuleMeta } from '../policy/types.js'
import {
  code,
  escapeMarkdown,
  messageToMarkdown,
  withoutUnfinishedSpan
} from '../report/markdown/escape.js'
import { SEVERITY_ICON } from '../report/markdown/sections.js'
import { ruleDocsUrl } from '../report/rule-docs.js'
import { findingMarker } from './markers.js'

/** GitHub refuses comment, review and issue bodies longer than this. */
export const MAX_BODY_LENGTH = 65_536

const MAX_ALSO = 10
const MAX_VULNERABILITIES = 20
const MAX_FUNCTIONS = 10

/** "1 critical, 2 high": how many findings of each severity, most severe first. */
export function severityBreakdown(
  findings: readonly Pick<ClassifiedFinding, 'severity'>[]
): string {
  return SEVERITIES.map(s => [s, findings.filter(f => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * One finding's review comment: severity and rule, what is wrong here, how to fix it, a suggested
 * edit when the rule has one, and the hidden marker that keeps a later run from repeating it.
 * `line` is the head line the comment sits on: a suggestion replaces exactly that line.
 */
export function reviewCommentBody(
  finding: ClassifiedFinding,
  rule: RuleMeta | undefined,
  line: number
): string {
  const head = [
    findingMarker(finding.fingerprint),
    headline(finding),
    '',
    messageToMarkdown(finding.message)
  ]
  const details = [
    ...alsoSection(finding),
    ...noteSection(finding),
    ...fixSection(finding, rule),
    ...dependencySection(finding.dependency)
  ]
  const suggestion = suggestionSection(finding, line)
  const full = [...head, ...details, ...suggestion].join('\n')
  if (full.length <= MAX_BODY_LENGTH) return full
  // Never cut a suggestion in half: an edit that is cut would replace the line with the wrong text.
  return cut([...head, ...details].join('\n'), MAX_BODY_LENGTH)
}

function headline(f: ClassifiedFinding): string {
  const rule = `[${code(f.ruleId)}](${ruleDocsUrl(f.ruleId)})`
  return `${SEVERITY_ICON[f.severity] ?? ''} **${f.severity}** · ${rule} · ${escapeMarkdown(f.title)}`
}

/** Diff-rule findings folded into this one: what the change did, on the same line. */
function alsoSection(f: ClassifiedFinding): string[] {
  const also = f.also ?? []
  if (also.length === 0) return []
  const lines = also
    .slice(0, MAX_ALSO)
    .map(
      a =>
        `- ${SEVERITY_ICON[a.severity] ?? ''} **${a.severity}** ${code(a.ruleId)}: ${messageToMarkdown(a.message)}`
    )
  return ['', '**Also in this change:**', ...lines, ...more(also.length - MAX_ALSO)]
}

function noteSection(f: ClassifiedFinding): string[] {
  return f.suppressionNote ? ['', `⚠️ ${messageToMarkdown(f.suppressionNote)}`] : []
}

/** The rule's remediation (custom rules' texts come from the repository: escaped like the rest). */
function fixSection(f: ClassifiedFinding, rule: RuleMeta | undefined): string[] {
  const advice = f.dependency ? [messageToMarkdown(sentence(f.dependency.advice))] : []
  const remediation = rule?.remediation.text ? [messageToMarkdown(rule.remediation.text)] : []
  const text = [...advice, ...remediation].join(' ')
  return text ? ['', `**How to fix:** ${text}`] : []
}

/** "upgrade x" → "Upgrade x.": advice reads as a sentence before the rule's text. */
function sentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

function dependencySection(d: DependencyDetails | undefined): string[] {
  if (!d || d.vulnerabilities.length === 0) return []
  const vulns = d.vulnerabilities.slice(0, MAX_VULNERABILITIES).map(v => {
    const url = safeUrl(v.url)
    const id = url ? `[${code(v.id)}](${url})` : code(v.id)
    const fixed = v.fixedIn ? `, fixed in ${code(v.fixedIn)}` : ''
    const summary = v.summary ? `: ${escapeMarkdown(v.summary)}` : ''
    return `- ${id} (${escapeMarkdown(v.severity)}${fixed})${summary}`
  })
  const shipped = d.functions.length
    ? [
        '',
        `Shipped by ${d.functions.slice(0, MAX_FUNCTIONS).map(code).join(', ')}${d.functions.length > MAX_FUNCTIONS ? ` and ${d.functions.length - MAX_FUNCTIONS} more` : ''}.`
      ]
    : []
  return [
    '',
    '**Vulnerabilities:**',
    ...vulns,
    ...more(d.vulnerabilities.length - MAX_VULNERABILITIES),
    ...shipped
  ]
}

/** A suggestion GitHub can apply when it edits the commented line; otherwise shown as text. */
function suggestionSection(f: ClassifiedFinding, line: number): string[] {
  const s = f.suggestion
  if (!s) return []
  const fence = fenceFor(s.replacement)
  const text = s.replacement.replace(/\r?\n$/, '')
  if (s.line === line) return ['', `${fence}suggestion`, text, fence]
  return ['', `**Suggested edit of line ${s.line}:**`, '', fence, text, fence]
}

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}

function more(n: number): string[] {
  return n > 0 ? [`- … and ${n} more`] : []
}

/** Links only to http(s) addresses, with the characters that would end a Markdown link encoded. */
export function safeUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    return url.href.replace(/[()]/g, c => (c === '(' ? '%28' : '%29'))
  } catch {
    return undefined
  }
}

/**
 * Cuts a body to `max` UTF-16 units (never fewer than GitHub's characters), saying so; the marker
 * is at the start and survives. A surrogate pair is kept whole: half of one is not text, and a
 * code span or escape is never left open.
 */
export function cut(body: string, max: number): string {
  if (body.length <= max) return body
  const note = '\n\n… (cut to fit GitHub’s limit: the job summary has the full report)'
  const end = max - note.length
  const split = /[\ud800-\udbff]/.test(body.charAt(end - 1))
  return withoutUnfinishedSpan(body.slice(0, split ? end - 1 : end)) + note
}

import type { SecurityChange } from '../../diff/changes.js'
import type { ClassifiedFinding } from '../../diff/findings.js'
import type { Diagnostic } from '../../model/location.js'
import { SEVERITIES } from '../../policy/config/schema.js'
import { ruleDocsUrl } from '../rule-docs.js'
import { code, escapeMarkdown, messageToMarkdown } from './escape.js'

/** Builds a link to a file line of the head, when the report knows where the repository lives. */
export type LinkTo = (file: string, line: number) => string | undefined

/** The mark shown before a finding of each severity, in the summary and in review comments. */
export const SEVERITY_ICON: Readonly<Record<string, string>> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  info: '⬜'
}

/**
 * Links to the lines of files under `base` (a blob URL at one commit). Each path segment is
 * percent-encoded, parentheses and the other characters `encodeURIComponent` leaves included:
 * a `)` in a file name would end the Markdown link and leave the rest of the name as Markdown.
 */
export function blobLinks(base: string): LinkTo {
  const segment = (s: string) =>
    encodeURIComponent(s).replace(
      /[()'!*~]/g,
      c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  return (file, line) => `${base}/${file.split('/').map(segment).join('/')}#L${line}`
}

export function where(file: string, line: number, linkTo?: LinkTo): string {
  const text = code(`${file}:${line}`)
  const url = linkTo?.(file, line)
  return url ? `[${text}](${url})` : text
}

export function findingLine(f: ClassifiedFinding, linkTo?: LinkTo): string {
  const rule = `[${code(f.ruleId)}](${ruleDocsUrl(f.ruleId)})`
  const also = (f.also ?? [])
    .map(a => `<br>↳ ${code(a.ruleId)}: ${messageToMarkdown(a.message)}`)
    .join('')
  const note = f.suppressionNote ? `<br>⚠️ ${messageToMarkdown(f.suppressionNote)}` : ''
  return `- ${SEVERITY_ICON[f.severity]} **${f.severity}** ${rule} ${messageToMarkdown(f.message)} (${where(f.location.file, f.location.line, linkTo)})${also}${note}`
}

export function suppressedLine(f: ClassifiedFinding, linkTo?: LinkTo): string {
  const s = f.suppressed
  const added = s?.addedInPr ? ' **(suppression added in this change)**' : ''
  const expires = s?.expires ? `, until ${escapeMarkdown(s.expires)}` : ''
  return `- ${code(f.ruleId)} ${messageToMarkdown(f.message)} (${where(f.location.file, f.location.line, linkTo)}): ${s?.source} suppression, “${escapeMarkdown(s?.reason ?? '')}”${expires}${added}`
}

/** Changes located in the base: what the head no longer has. */
const REMOVALS: ReadonlySet<SecurityChange['kind']> = new Set([
  'function-removed',
  'endpoint-removed',
  'permission-revoked'
])

/** A removal's line is the base's: a link to the head would show other code, or no file. */
export function changeLine(c: SecurityChange, linkTo?: LinkTo): string {
  const at = REMOVALS.has(c.kind)
    ? `${where(c.location.file, c.location.line)} in the base`
    : where(c.location.file, c.location.line, linkTo)
  return `- ${messageToMarkdown(c.summary)} (${at})`
}

export function diagnosticLine(d: Diagnostic): string {
  return `- ${where(d.file, d.line)} ${d.severity}: ${messageToMarkdown(d.message)}`
}

export function severityTable(counts: Record<string, number>): string {
  return [
    `| ${SEVERITIES.join(' | ')} |`,
    `|${SEVERITIES.map(() => '---').join('|')}|`,
    `| ${SEVERITIES.map(s => counts[s] ?? 0).join(' | ')} |`
  ].join('\n')
}

export function bySeverity(findings: readonly ClassifiedFinding[]): ClassifiedFinding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line
  )
}

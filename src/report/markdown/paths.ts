import type { ClassifiedFinding } from '../../diff/findings.js'
import type { PathDetails } from '../../policy/types.js'
import { clip } from '../plain-text.js'
import { messageToMarkdown } from './escape.js'
import { bySeverity, findingLine, where, type LinkTo } from './sections.js'

/** Findings that are attack paths, opened (new or present) and closed (fixed). */
export function pathFindings(findings: readonly ClassifiedFinding[]): {
  open: ClassifiedFinding[]
  closed: ClassifiedFinding[]
} {
  const paths = findings.filter(f => f.path && !f.suppressed)
  return {
    open: bySeverity(paths.filter(f => f.status === 'new' || f.status === 'present')),
    closed: bySeverity(paths.filter(f => f.status === 'fixed'))
  }
}

/**
 * The "Attack paths" section: each path with its steps, then a Mermaid flowchart (GitHub renders
 * it in comments and job summaries) of the paths opened and closed.
 */
export function attackPathsSection(
  findings: readonly ClassifiedFinding[],
  diff: boolean,
  linkTo?: LinkTo
): string[] {
  const { open, closed } = pathFindings(findings)
  if (open.length === 0 && closed.length === 0) return []
  const title = diff
    ? `Attack paths (${open.length} opened, ${closed.length} closed)`
    : `Attack paths (${open.length})`
  return [
    '',
    `### ${title}`,
    '',
    ...open.slice(0, MAX_LISTED).flatMap(f => [findingLine(f, linkTo), ...stepLines(f, linkTo)]),
    ...closed.slice(0, MAX_LISTED).map(f => `- ✅ closed: ${messageToMarkdown(f.message)}`),
    ...more(
      open.length +
        closed.length -
        Math.min(open.length, MAX_LISTED) -
        Math.min(closed.length, MAX_LISTED)
    ),
    '',
    '```mermaid',
    pathsFlowchart(open, closed),
    '```'
  ]
}

/** Each step of a path, linked to its line. */
function stepLines(f: ClassifiedFinding, linkTo?: LinkTo): string[] {
  return (f.path?.steps ?? []).map(
    s =>
      `  - ${s.kind}${f.path?.added === s.kind ? ' (added by this change)' : ''}: ${messageToMarkdown(s.message)} (${where(s.location.file, s.location.line, linkTo)})`
  )
}

/** Paths listed with their steps before the rest is only counted (the JSON and SARIF have all). */
const MAX_LISTED = 30

function more(n: number): string[] {
  return n > 0 ? [`- … and ${n} more attack path(s) in the JSON and SARIF reports`] : []
}

/** At most this many paths are drawn: the list above has them all. */
const MAX_DRAWN = 20

/**
 * `flowchart LR`: entry point → function → vulnerable package / grant. Node ids are generated,
 * never taken from the repository; labels are quoted with every character that could end the
 * label, the fence or the diagram written as a Mermaid entity code.
 */
export function pathsFlowchart(
  open: readonly ClassifiedFinding[],
  closed: readonly ClassifiedFinding[]
): string {
  const lines = ['flowchart LR']
  const ids = new Map<string, string>()
  const node = (key: string, label: string, cls: string): string => {
    let id = ids.get(key)
    if (!id) {
      id = `n${ids.size + 1}`
      ids.set(key, id)
      lines.push(`  ${id}["${mermaidLabel(label)}"]:::${cls}`)
    }
    return id
  }
  const draw = (path: PathDetails, state: 'opened' | 'closed'): void => {
    const [entry, fn, ...rest] = path.steps
    if (!entry || !fn) return
    const from = node(`entry|${path.function}|${entry.label}`, entry.label, 'entry')
    const to = node(`fn|${path.function}`, fn.label, 'fn')
    const who = path.reach === 'internet' ? 'internet' : 'any AWS account'
    lines.push(`  ${from} -->|${mermaidLabel(`${who}, ${state}`)}| ${to}`)
    for (const step of rest) {
      const part = node(`${step.kind}|${path.function}|${step.label}`, step.label, step.kind)
      lines.push(`  ${to} --> ${part}`)
    }
  }
  for (const f of open.slice(0, MAX_DRAWN)) if (f.path) draw(f.path, 'opened')
  for (const f of closed.slice(0, MAX_DRAWN)) if (f.path) draw(f.path, 'closed')
  lines.push(
    '  classDef entry fill:#fde2e1,stroke:#b42318',
    '  classDef fn fill:#eef2ff,stroke:#3538cd',
    '  classDef package fill:#fef0c7,stroke:#b54708',
    '  classDef grant fill:#f4ebff,stroke:#6941c6'
  )
  return lines.join('\n')
}

/** Letters, digits, spaces and `./:_*-` as they are; every other character as `#<code>;`. */
export function mermaidLabel(text: string): string {
  return [...clip(text, 60)]
    .map(c => (/[A-Za-z0-9 ./:_*-]/.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('')
}

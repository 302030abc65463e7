/**
 * Inline suppressions: `# serverless-gate:ignore <rule-id>[<evidence>] <reason>` (or `//` in HCL),
 * one rule per comment. A comment applies to the line it ends, or, in the comment block directly
 * above a line, to that line's node; nodes are found by indentation, so a comment above an IAM
 * statement's `- Effect:` item or above a resource key covers everything inside it.
 */

export interface InlineSuppression {
  ruleId: string
  /** Evidence scope: `iam-wildcard-action[s3:*]` covers only the `s3:*` finding. */
  scope?: string
  reason: string
  line: number
}

const MARKER = /(?:#|\/\/)\s*serverless-gate:ignore\s+([a-z0-9-]+)(?:\[([^\]]*)\])?\s*(.*)$/

export class InlineSuppressions {
  private lines: string[]
  private byLine = new Map<number, InlineSuppression[]>()

  constructor(text: string) {
    // Most files (every lockfile) have none: no copy of a large file's lines for nothing.
    this.lines = text.includes('serverless-gate:ignore') ? text.split(/\r?\n/) : []
    this.lines.forEach((line, i) => {
      const m = MARKER.exec(line)
      if (!m) return
      const [, ruleId, scope, reason] = m
      this.byLine.set(i + 1, [
        {
          ruleId: ruleId as string,
          scope: scope?.trim() || undefined,
          reason: (reason ?? '').trim(),
          line: i + 1
        }
      ])
    })
  }

  /** Every suppression in the file, for auditing. */
  all(): InlineSuppression[] {
    return [...this.byLine.values()].flat()
  }

  /** The suppressions that apply to a finding reported at `line`, nearest first. */
  applicableTo(line: number): InlineSuppression[] {
    const out: InlineSuppression[] = []
    let current: number | undefined = line
    while (current !== undefined) {
      out.push(...(this.byLine.get(current) ?? []), ...this.commentBlockAbove(current))
      current = this.parentOf(current)
    }
    return out
  }

  private commentBlockAbove(line: number): InlineSuppression[] {
    const out: InlineSuppression[] = []
    for (let l = line - 1; l >= 1 && isComment(this.lines[l - 1] ?? ''); l--)
      out.push(...(this.byLine.get(l) ?? []))
    return out
  }

  /** The nearest line above with less indentation that is code: the enclosing node. */
  private parentOf(line: number): number | undefined {
    const own = indentOf(this.lines[line - 1] ?? '')
    if (own === 0) return undefined
    for (let l = line - 1; l >= 1; l--) {
      const text = this.lines[l - 1] ?? ''
      if (text.trim() === '' || isComment(text)) continue
      if (indentOf(text) < own) return l
    }
    return undefined
  }
}

function isComment(text: string): boolean {
  const t = text.trimStart()
  return t.startsWith('#') || t.startsWith('//')
}

function indentOf(text: string): number {
  return /^\s*/.exec(text)?.[0].length ?? 0
}

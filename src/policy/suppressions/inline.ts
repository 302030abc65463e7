import type { Comments } from './comments.js'

/**
 * Inline suppressions: `# serverless-gate:ignore <rule-id>[<evidence>] <reason>` (or `//` in HCL),
 * one rule per comment. A comment applies to the line it ends, or, in the comment block directly
 * above a line, to that line's node; nodes are found by indentation, so a comment above an IAM
 * statement's `- Effect:` item or above a resource key covers everything inside it. Only real
 * comments of the file's syntax count (see `commentsOf`): the marker inside a string is text.
 */

export interface InlineSuppression {
  ruleId: string
  /** Evidence scope: `iam-wildcard-action[s3:*]` covers only the `s3:*` finding. */
  scope?: string
  reason: string
  line: number
}

const MARKER = /^(?:#|\/\/|\/\*)\s*serverless-gate:ignore\s+([a-z0-9-]+)(?:\[([^\]]*)\])?\s*(.*)$/

export class InlineSuppressions {
  private lines: string[]
  private byLine = new Map<number, InlineSuppression[]>()

  constructor(
    text: string,
    private comments: Comments
  ) {
    // Most files (every lockfile) have none: no copy of a large file's lines for nothing.
    this.lines = text.includes('serverless-gate:ignore') ? text.split(/\r?\n/) : []
    for (const comment of comments.values()) {
      const m = MARKER.exec(comment.text.split(/\r?\n/)[0] ?? '')
      if (!m) continue
      const [, ruleId, scope, reason] = m
      this.byLine.set(comment.line, [
        {
          ruleId: ruleId as string,
          scope: scope?.trim() || undefined,
          reason: (reason ?? '').replace(/\*\/\s*$/, '').trim(),
          line: comment.line
        }
      ])
    }
  }

  /** Every suppression in the file, for auditing. */
  all(): InlineSuppression[] {
    return [...this.byLine.values()].flat()
  }

  /** The suppressions that apply to a finding reported at `line`, nearest first. */
  applicableTo(line: number): InlineSuppression[] {
    // Most files hold none: no walk up their lines for each finding.
    if (this.byLine.size === 0) return []
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
    for (let l = line - 1; l >= 1 && this.isCommentLine(l); l--)
      out.push(...(this.byLine.get(l) ?? []))
    return out
  }

  /** A line that holds only a comment. */
  private isCommentLine(line: number): boolean {
    const comment = this.comments.get(line)
    const text = this.lines[line - 1] ?? ''
    return comment !== undefined && text.slice(0, comment.column - 1).trim() === ''
  }

  /** The nearest line above with less indentation that is code: the enclosing node. */
  private parentOf(line: number): number | undefined {
    const own = indentOf(this.lines[line - 1] ?? '')
    if (own === 0) return undefined
    for (let l = line - 1; l >= 1; l--) {
      const text = this.lines[l - 1] ?? ''
      if (text.trim() === '' || this.isCommentLine(l)) continue
      if (indentOf(text) < own) return l
    }
    return undefined
  }
}

function indentOf(text: string): number {
  return /^\s*/.exec(text)?.[0].length ?? 0
}

/**
 * A part of a Markdown report that can be cut: its opening lines (title, `<details>`), its items,
 * and its closing lines. When the report is too long, the space goes to the parts in order of
 * priority (lowest number first), and each cut part says how many of its items were left out.
 */
export interface BudgetedSection {
  priority: number
  open: string[]
  items: string[]
  close: string[]
}

export interface Budget {
  /** Longest report allowed, in UTF-8 bytes (never fewer than its characters). */
  maxBytes: number
  /** Where the items left out can be found, e.g. "see the job summary of this run". */
  hint: string
}

/** Room kept for the line breaks and the final notice that a whole part was left out. */
const MARGIN = 256

/** The head, then each section as much as fits, in the order given. */
export function renderWithinBudget(
  head: string[],
  sections: BudgetedSection[],
  budget?: Budget
): string {
  const kept = budget ? share(head, sections, budget) : sections.map(s => s.items.length)
  const lines = [...head]
  let dropped = 0
  sections.forEach((s, i) => {
    const n = kept[i] as number
    if (n < 0) {
      dropped += s.items.length
      return
    }
    lines.push(...s.open, ...s.items.slice(0, n))
    if (n < s.items.length) lines.push(notice(s.items.length - n, budget?.hint))
    lines.push(...s.close)
  })
  if (dropped > 0) lines.push('', notice(dropped, budget?.hint))
  return [...lines, ''].join('\n')
}

/** How many items of each section fit (-1: not even its title): by priority, each leaving the later ones room for their title and count. */
function share(head: string[], sections: BudgetedSection[], budget: Budget): number[] {
  const minimum = sections.map(s =>
    s.items.length === 0
      ? 0
      : size(s.open) + size(s.close) + bytes(notice(s.items.length, budget.hint)) + 1
  )
  let left = budget.maxBytes - size(head) - MARGIN
  const kept = sections.map(() => -1)
  const order = sections
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (sections[a] as BudgetedSection).priority - (sections[b] as BudgetedSection).priority
    )
  order.forEach((index, rank) => {
    const s = sections[index] as BudgetedSection
    const reserved = order.slice(rank + 1).reduce((n, j) => n + (minimum[j] as number), 0)
    const room = left - reserved
    const frame = size(s.open) + size(s.close)
    const full = frame + size(s.items)
    if (full <= room) {
      kept[index] = s.items.length
      left -= full
      return
    }
    if ((minimum[index] as number) > room) return
    let used = frame + bytes(notice(s.items.length, budget.hint)) + 1
    let n = 0
    while (n < s.items.length && used + bytes(s.items[n] as string) + 1 <= room)
      used += bytes(s.items[n++] as string) + 1
    kept[index] = n
    left -= used
  })
  return kept
}

function notice(count: number, hint = 'see the full report'): string {
  return `- … and ${count} more: ${hint}`
}

function size(lines: readonly string[]): number {
  let n = 0
  for (const l of lines) n += bytes(l) + 1
  return n
}

function bytes(line: string): number {
  return Buffer.byteLength(line, 'utf8')
}

import type * as z from 'zod'

/**
 * Turns zod issues into sentences that name the key path and what was expected, with a
 * "did you mean" for misspelt keys: `rules.iam-wildcard-action.severity: expected one of ...`.
 */
export interface IssueText {
  path: PropertyKey[]
  message: string
}

export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  known: (path: PropertyKey[]) => string[]
): IssueText[] {
  return issues.flatMap((issue): IssueText[] => {
    if (issue.code === 'invalid_union') {
      const deeper = issue.errors.find(branch => branch.some(i => i.path.length > 0))
      if (deeper) {
        const nested = deeper.map(
          i => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue
        )
        return describeIssues(nested, known)
      }
    }
    const at = issue.path.map(String).join('.')
    const prefix = at === '' ? '' : `\`${at}\`: `
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(key => {
        const where = at === '' ? key : `${at}.${key}`
        const hint = closest(key, known(issue.path))
        const message = `\`${where}\`: unknown key${hint ? ` (did you mean \`${hint}\`?)` : ''}`
        return { path: [...issue.path, key], message }
      })
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return [
        {
          path: issue.path,
          message: `${prefix}expected one of ${issue.values.map(String).join(', ')}`
        }
      ]
    }
    return [{ path: issue.path, message: `${prefix}${issue.message}` }]
  })
}

/** The candidate nearest to `word` by edit distance, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost
      )
    }
    prev = cur
  }
  return prev[b.length] as number
}

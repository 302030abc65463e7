/**
 * PHP's `version_compare()`, which Composer uses to order normalized versions: the version is
 * split into parts at `.`, `-`, `_`, `+` and at digit/letter switches; numbers compare
 * numerically, and words by their special-form rank: any other word < dev < alpha = a <
 * beta = b < RC = rc < a number < pl = p (a word matches a form it starts with).
 */

const SPECIAL_FORMS: [string, number][] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5]
]

const NUMBER_RANK = 4

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

/** Splits into parts the way PHP's canonicalization does. */
export function phpVersionParts(version: string): string[] {
  const parts: string[] = []
  let current = ''
  for (const char of version) {
    const alphanumeric = /[0-9A-Za-z]/.test(char)
    const switches = current !== '' && isDigit(char) !== isDigit(current[current.length - 1])
    if (!alphanumeric || switches) {
      if (current !== '') parts.push(current)
      current = alphanumeric ? char : ''
    } else {
      current += char
    }
  }
  if (current !== '') parts.push(current)
  return parts
}

function specialRank(part: string): number {
  if (isDigit(part[0])) return NUMBER_RANK
  return SPECIAL_FORMS.find(([form]) => part.startsWith(form))?.[1] ?? -1
}

function comparePart(a: string, b: string): number {
  if (isDigit(a[0]) && isDigit(b[0])) {
    const order = BigInt(a) - BigInt(b)
    return order === 0n ? 0 : order < 0n ? -1 : 1
  }
  return Math.sign(specialRank(a) - specialRank(b))
}

export function phpVersionCompare(a: string, b: string): number {
  const left = phpVersionParts(a)
  const right = phpVersionParts(b)
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = comparePart(left[i] as string, right[i] as string)
    if (order !== 0) return order
  }
  // The longer version wins if its next part is a number or a post-release word (pl, p).
  if (left.length > right.length) return tailOrder(left[right.length] as string)
  if (right.length > left.length) return -tailOrder(right[left.length] as string)
  return 0
}

function tailOrder(part: string): number {
  return isDigit(part[0]) ? 1 : Math.sign(specialRank(part) - NUMBER_RANK)
}

import { ownValue } from '../../model/own.js'
import { comparatorFrom, type VersionComparator } from './types.js'

/**
 * Maven's version order, written from the specification in the POM reference
 * (https://maven.apache.org/pom.html#version-order-specification), since no maintained npm package
 * implements it:
 * - the version is split into tokens at `.`, `-` and at every switch between digits and letters
 *   (a switch counts as `-`); an empty token is `0`;
 * - `a`, `b`, `m` directly followed by a digit mean alpha, beta, milestone; `cr` is `rc`; `ga`,
 *   `final` and `release` equal the empty qualifier;
 * - trailing "null" tokens (`0`, empty qualifier) are dropped at the end and before each `-`;
 * - tokens compare by prefix first (`.qualifier` = `-qualifier` < `-number` < `.number`), then
 *   numbers numerically and qualifiers as alpha < beta < milestone < rc < snapshot < "" < sp <
 *   any other qualifier (those in lexical order); a missing token is a null of the other's kind.
 */

interface Token {
  hyphen: boolean
  value: bigint | string
}

const KNOWN_QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const QUALIFIER_ALIASES: Record<string, string> = { cr: 'rc', ga: '', final: '', release: '' }
const SHORT_QUALIFIERS: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone' }

export function parseMavenVersion(version: string): Token[] | undefined {
  const text = version.trim().toLowerCase()
  if (text === '' || text.length > 256 || /\s/.test(text)) return undefined
  return trimNulls(tokenize(text))
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let start = 0
  let hyphen = false
  const flush = (end: number, followedByDigit: boolean) => {
    tokens.push(makeToken(text.slice(start, end), hyphen, followedByDigit))
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (char === '.' || char === '-') {
      flush(i, false)
      hyphen = char === '-'
      start = i + 1
    } else if (i > start && isDigit(char) !== isDigit(text[i - 1] as string)) {
      flush(i, isDigit(char))
      hyphen = true
      start = i
    }
  }
  flush(text.length, false)
  return tokens
}

function makeToken(raw: string, hyphen: boolean, followedByDigit: boolean): Token {
  if (raw === '') return { hyphen, value: 0n }
  if (/^\d+$/.test(raw)) return { hyphen, value: BigInt(raw) }
  const expanded = followedByDigit ? (ownValue(SHORT_QUALIFIERS, raw) ?? raw) : raw
  // A qualifier sorts the same whichever separator precedes it.
  return { hyphen: true, value: ownValue(QUALIFIER_ALIASES, expanded) ?? expanded }
}

/** Drops null tokens at the end of every `-` group, from the last group to the first. */
function trimNulls(tokens: Token[]): Token[] {
  const groups: Token[][] = []
  for (const token of tokens) {
    if (token.hyphen || groups.length === 0) groups.push([])
    groups[groups.length - 1]?.push(token)
  }
  return groups.flatMap(group => {
    const kept = [...group]
    while (kept.length > 0 && isNull(kept[kept.length - 1] as Token)) kept.pop()
    return kept
  })
}

function isNull(token: Token): boolean {
  return token.value === 0n || token.value === ''
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9'
}

/** `.qualifier` = `-qualifier` < `-number` < `.number`. */
function prefixRank(token: Token): number {
  if (typeof token.value === 'string') return 0
  return token.hyphen ? 1 : 2
}

function qualifierKey(qualifier: string): [number, string] {
  const known = KNOWN_QUALIFIERS.indexOf(qualifier)
  return known >= 0 ? [known, ''] : [KNOWN_QUALIFIERS.length, qualifier]
}

function compareTokens(a: Token, b: Token): number {
  const rank = prefixRank(a) - prefixRank(b)
  if (rank !== 0) return rank
  if (typeof a.value === 'bigint' && typeof b.value === 'bigint') {
    return a.value === b.value ? 0 : a.value < b.value ? -1 : 1
  }
  const [ka, sa] = qualifierKey(a.value as string)
  const [kb, sb] = qualifierKey(b.value as string)
  return ka !== kb ? ka - kb : sa.localeCompare(sb, 'en')
}

/** The null token a missing position stands for, of the same kind as the token it meets. */
function nullLike(token: Token): Token {
  return { hyphen: token.hyphen, value: typeof token.value === 'bigint' ? 0n : '' }
}

function compareTokenLists(a: Token[], b: Token[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i] ?? nullLike(b[i] as Token)
    const right = b[i] ?? nullLike(left)
    const order = compareTokens(left, right)
    if (order !== 0) return order
  }
  return 0
}

export const mavenOrdering: VersionComparator = comparatorFrom(
  'Maven',
  parseMavenVersion,
  compareTokenLists
)

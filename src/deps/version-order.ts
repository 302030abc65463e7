import type { Ecosystem } from './types.js'

/**
 * Orders two versions of one ecosystem: negative when `a` is older than `b`, 0 when they are
 * the same version, positive when `a` is newer. Ecosystem-exact comparators can be passed to
 * the diff; `fallbackCompare` is the default.
 */
export type VersionComparator = (ecosystem: Ecosystem, a: string, b: string) => number

/**
 * A generic order that is right for the common shapes of every ecosystem: numeric parts
 * compared as numbers (`1.10 > 1.9`), a leading `v` ignored, build metadata (`+x`) ignored,
 * and a pre-release (`1.0.0-rc.1`, `1.0a1`, `1.0.0.beta`) older than its release.
 */
export const fallbackCompare: VersionComparator = (_ecosystem, a, b) => {
  if (a === b) return 0
  const [mainA, preA] = splitPre(a)
  const [mainB, preB] = splitPre(b)
  const main = compareTokens(tokens(mainA), tokens(mainB))
  if (main !== 0) return main
  if (preA === undefined || preB === undefined)
    return preA === preB ? 0 : preA === undefined ? 1 : -1
  return compareTokens(tokens(preA), tokens(preB))
}

function splitPre(version: string): [string, string | undefined] {
  const bare = version.replace(/^[vV]/, '').replace(/\+.*$/, '')
  const dash = bare.indexOf('-')
  return dash === -1 ? [bare, undefined] : [bare.slice(0, dash), bare.slice(dash + 1)]
}

/** `1.10.0rc1` → [1, 10, 0, 'rc', 1]. */
function tokens(text: string): (number | string)[] {
  return (text.match(/\d+|[a-zA-Z]+/g) ?? []).map(t =>
    /^\d/.test(t) ? Number(t) : t.toLowerCase()
  )
}

/**
 * Token by token. When one runs out, a following number means a later version (`1.0 < 1.0.1`)
 * and a following word a pre-release (`1.0a1 < 1.0`).
 */
function compareTokens(a: (number | string)[], b: (number | string)[]): number {
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    // A missing part counts as 0 (`1.0` is `1.0.0`); a missing part before a word is newer.
    if (x === undefined) {
      if (y === 0) continue
      return typeof y === 'number' ? -1 : 1
    }
    if (y === undefined) {
      if (x === 0) continue
      return typeof x === 'number' ? 1 : -1
    }
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return 1
    if (typeof y === 'number') return -1
    return x < y ? -1 : 1
  }
  return 0
}

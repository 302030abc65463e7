import { comparatorFrom, type VersionComparator } from './types.js'

/**
 * NuGet's version order (https://learn.microsoft.com/nuget/concepts/package-versioning), written by
 * hand because the npm packages for it mis-order numeric pre-release labels and accept any text:
 * - one to four numeric parts, missing parts are 0 (`1.0` = `1.0.0.0`, `01.2` = `1.2`);
 * - a release sorts after its pre-releases;
 * - pre-release labels compare dot by dot, SemVer 2.0 style but ignoring case: numbers
 *   numerically and before text, text ordinally, and a longer label wins a tie;
 * - build metadata (`+...`) is ignored.
 */

interface NuGetVersion {
  parts: bigint[]
  prerelease: string[]
}

const PATTERN =
  /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/

export function parseNuGetVersion(version: string): NuGetVersion | undefined {
  const match = PATTERN.exec(version.trim())
  if (match === null) return undefined
  const parts = [1, 2, 3, 4].map(i => BigInt(match[i] ?? '0'))
  return { parts, prerelease: match[5] === undefined ? [] : match[5].split('.') }
}

function compareBig(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1
}

function compareLabel(a: string, b: string): number {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA && numericB) return compareBig(BigInt(a), BigInt(b))
  if (numericA !== numericB) return numericA ? -1 : 1
  const upperA = a.toUpperCase()
  const upperB = b.toUpperCase()
  return upperA === upperB ? 0 : upperA < upperB ? -1 : 1
}

function comparePrerelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareLabel(a[i] as string, b[i] as string)
    if (order !== 0) return order
  }
  return a.length - b.length
}

function compareNuGet(a: NuGetVersion, b: NuGetVersion): number {
  for (let i = 0; i < 4; i++) {
    const order = compareBig(a.parts[i] as bigint, b.parts[i] as bigint)
    if (order !== 0) return order
  }
  return comparePrerelease(a.prerelease, b.prerelease)
}

export const nugetOrdering: VersionComparator = comparatorFrom(
  'NuGet',
  parseNuGetVersion,
  compareNuGet
)

import { phpVersionCompare } from './php-version-compare.js'
import { comparatorFrom, type VersionComparator } from './types.js'

/**
 * Composer's version order: versions are normalized as Composer's `VersionParser::normalize` does
 * (optional `v`, four numeric parts, stability suffix `-alpha`/`-beta`/`-RC`/`-patch` with its
 * number, `-dev`), then ordered with PHP's `version_compare`. Branch names (`dev-main`, `2.x-dev`)
 * are not versions and are rejected.
 */

const MODIFIER = '[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?'
const CLASSICAL = new RegExp(`^(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i')
const DATE = new RegExp(`^(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i')

const STABILITY_NAMES: Record<string, string> = {
  a: 'alpha',
  alpha: 'alpha',
  b: 'beta',
  beta: 'beta',
  rc: 'RC',
  p: 'patch',
  pl: 'patch',
  patch: 'patch'
}

export function normalizeComposerVersion(version: string): string | undefined {
  const text = version
    .trim()
    .replace(/^([^,\s+]+)\+\S+$/, '$1')
    .replace(/^v/i, '')
  const classical = CLASSICAL.exec(text)
  if (classical !== null) {
    const base = [
      classical[1],
      classical[2] ?? '.0',
      classical[3] ?? '.0',
      classical[4] ?? '.0'
    ].join('')
    return withModifier(base, classical[5], classical[6], classical[7])
  }
  const date = DATE.exec(text)
  if (date !== null) {
    return withModifier((date[1] as string).replace(/\D/g, '.'), date[2], date[3], date[4])
  }
  return undefined
}

function withModifier(
  base: string,
  stability: string | undefined,
  number: string | undefined,
  dev: string | undefined
): string {
  const name = stability?.toLowerCase()
  if (name === 'stable') return base
  let version = base
  if (name !== undefined)
    version += `-${STABILITY_NAMES[name] ?? name}${(number ?? '').replace(/^[.-]/, '')}`
  if (dev !== undefined) version += '-dev'
  return version
}

export const packagistOrdering: VersionComparator = comparatorFrom(
  'Packagist',
  normalizeComposerVersion,
  phpVersionCompare
)

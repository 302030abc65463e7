/**
 * Orders the versions of one ecosystem the way its package manager does. One implementation per
 * ecosystem, all behind this interface.
 */
export interface VersionComparator {
  /** The ordering's name, for messages (`npm`, `PyPI`, `SEMVER`...). */
  readonly name: string
  /** Whether `version` is a version this ordering understands. */
  isValid(version: string): boolean
  /** Negative, zero or positive as `a` sorts before, with or after `b`. */
  compare(a: string, b: string): number
}

export class InvalidVersionError extends Error {
  override readonly name = 'InvalidVersionError'
  constructor(
    readonly ordering: string,
    readonly version: string
  ) {
    super(`"${version}" is not a valid ${ordering} version`)
  }
}

/**
 * Builds a comparator from a parser: `parse` returns undefined for text that is not a version,
 * `order` compares two parsed versions. Parsed forms are cached, since the same few versions are
 * compared many times while walking ranges.
 */
export function comparatorFrom<P>(
  name: string,
  parse: (version: string) => P | undefined,
  order: (a: P, b: P) => number
): VersionComparator {
  const cache = new Map<string, P | undefined>()
  const parsed = (version: string): P | undefined => {
    if (!cache.has(version)) {
      if (cache.size > 10_000) cache.clear()
      cache.set(version, parse(version))
    }
    return cache.get(version)
  }
  const require = (version: string): P => {
    const value = parsed(version)
    if (value === undefined) throw new InvalidVersionError(name, version)
    return value
  }
  return {
    name,
    isValid: version => parsed(version) !== undefined,
    compare: (a, b) => Math.sign(order(require(a), require(b)))
  }
}

import type { AliasGroup } from './aliases.js'
import { isExpired, type IgnoreEntry } from './config.js'
import { normalizedName } from './match.js'
import type { PackageKey } from './package-ref.js'

export interface ExpiredIgnore {
  entry: IgnoreEntry
  /** Vulnerabilities it would still cover if it had not expired. */
  matched: string[]
}

/**
 * The configured ignores, and what each of them matched during one scan. An ignore matches a
 * vulnerability under any of its ids (GHSA, CVE, PYSEC...); an expired ignore no longer applies.
 */
export class IgnoreBook {
  private readonly used = new Set<IgnoreEntry>()
  private readonly expiredMatches = new Map<IgnoreEntry, Set<string>>()

  constructor(
    private readonly entries: readonly IgnoreEntry[],
    private readonly now: Date
  ) {}

  /** The ignore that covers this vulnerability in this package, if a live one does. */
  match(group: AliasGroup, pkg: PackageKey): IgnoreEntry | undefined {
    const ids = new Set([group.id, ...group.aliases].map(id => id.toUpperCase()))
    let live: IgnoreEntry | undefined
    for (const entry of this.entries) {
      if (!ids.has(entry.id.toUpperCase()) || !coversPackage(entry, pkg)) continue
      if (isExpired(entry, this.now)) {
        const matched = this.expiredMatches.get(entry) ?? new Set<string>()
        this.expiredMatches.set(entry, matched.add(group.id))
        continue
      }
      this.used.add(entry)
      live ??= entry
    }
    return live
  }

  /** The last expired ignore that matched this vulnerability (to say it no longer applies). */
  expiredFor(group: AliasGroup): IgnoreEntry | undefined {
    return [...this.expiredMatches].findLast(([, matched]) => matched.has(group.id))?.[0]
  }

  /** Live ignores that matched nothing: probably stale, worth removing. */
  unused(): IgnoreEntry[] {
    return this.entries.filter(entry => !isExpired(entry, this.now) && !this.used.has(entry))
  }

  /** Every expired ignore, with what it would have covered. */
  expired(): ExpiredIgnore[] {
    return this.entries
      .filter(entry => isExpired(entry, this.now))
      .map(entry => ({ entry, matched: [...(this.expiredMatches.get(entry) ?? [])].sort() }))
  }
}

function coversPackage(entry: IgnoreEntry, pkg: PackageKey): boolean {
  return (
    entry.package === undefined ||
    normalizedName(pkg.ecosystem, entry.package) === normalizedName(pkg.ecosystem, pkg.name)
  )
}

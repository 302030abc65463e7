/**
 * The loopback OSV server's own matching, deliberately independent of the code under test: a
 * version matches a record when it is listed in `affected[].versions`, when a tiny SemVer walk
 * puts it inside a `SEMVER` range, or when it sits inside an `ECOSYSTEM` range according to the
 * package's ordered list of published releases (as OSV.dev enumerates versions from registries).
 */

export interface ServedRecord {
  id: string
  modified: string
  withdrawn?: string
  affected?: {
    package?: { ecosystem: string; name: string }
    versions?: string[]
    ranges?: { type: string; events: Record<string, unknown>[] }[]
  }[]
}

/** `ecosystem/name` → every published version of the package, oldest first. */
export type ReleaseTable = Record<string, string[]>

export interface VulnRef {
  id: string
  modified: string
}

function normalize(ecosystem: string, name: string): string {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name
}

/** SemVer 2.0 precedence, small and strict: `major.minor.patch[-pre][+build]`. */
export function compareSemver(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v)
    if (m === null) throw new Error(`test server: "${v}" is not SemVer`)
    return { core: [m[1], m[2], m[3]].map(Number), pre: m[4]?.split('.') ?? [] }
  }
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < 3; i++)
    if (x.core[i] !== y.core[i]) return (x.core[i] ?? 0) - (y.core[i] ?? 0)
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i] as string
    const q = y.pre[i] as string
    if (p === q) continue
    const pn = /^\d+$/.test(p)
    const qn = /^\d+$/.test(q)
    if (pn && qn) return Number(p) - Number(q)
    if (pn !== qn) return pn ? -1 : 1
    return p < q ? -1 : 1
  }
  return x.pre.length - y.pre.length
}

/** The event walk over events sorted by `compare` ("0" is before everything). */
function walk(
  events: Record<string, unknown>[],
  compare: (a: string, b: string) => number,
  version: string
): boolean {
  const zero = (e: { kind: string; version: string }) =>
    e.kind === 'introduced' && e.version === '0'
  const placed = events
    .map(event => {
      const [kind, at] = Object.entries(event).find(([, v]) => typeof v === 'string') as [
        string,
        string
      ]
      return { kind, version: at }
    })
    .filter(event => event.kind !== 'limit')
    .sort((a, b) => (zero(a) ? -1 : zero(b) ? 1 : compare(a.version, b.version)))
  let affected = false
  for (const event of placed) {
    const order = zero(event) ? 1 : compare(version, event.version)
    if (event.kind === 'introduced' && order >= 0) affected = true
    if (event.kind === 'fixed' && order >= 0) affected = false
    if (event.kind === 'last_affected' && order > 0) affected = false
  }
  return affected
}

export class ServerIndex {
  /** Live (not withdrawn) records by `ecosystem/normalized name`. */
  private readonly byPackage = new Map<string, ServedRecord[]>()

  constructor(
    records: ServedRecord[],
    private readonly releases: ReleaseTable = {}
  ) {
    for (const record of records.filter(r => r.withdrawn === undefined)) {
      const keys = new Set(
        (record.affected ?? []).map(
          a =>
            `${a.package?.ecosystem}/${normalize(a.package?.ecosystem ?? '', a.package?.name ?? '')}`
        )
      )
      for (const key of keys) this.byPackage.set(key, [...(this.byPackage.get(key) ?? []), record])
    }
  }

  hits(ecosystem: string, name: string, version: string): VulnRef[] {
    return (this.byPackage.get(`${ecosystem}/${normalize(ecosystem, name)}`) ?? [])
      .filter(record =>
        (record.affected ?? []).some(
          entry =>
            entry.package?.ecosystem === ecosystem &&
            normalize(ecosystem, entry.package.name) === normalize(ecosystem, name) &&
            this.entryMatches(entry, `${ecosystem}/${entry.package.name}`, version)
        )
      )
      .map(record => ({ id: record.id, modified: record.modified }))
      .sort((a, b) => a.id.localeCompare(b.id))
  }

  private entryMatches(
    entry: NonNullable<ServedRecord['affected']>[number],
    key: string,
    version: string
  ): boolean {
    if (entry.versions?.includes(version)) return true
    return (entry.ranges ?? []).some(range => {
      if (range.type === 'SEMVER') {
        if (!/^\d+\.\d+\.\d+/.test(version)) return false
        return walk(range.events, compareSemver, version)
      }
      if (range.type !== 'ECOSYSTEM') return false
      const list = this.releases[key]
      if (list === undefined || !list.includes(version)) return false
      return walk(
        range.events,
        (a, b) => releaseIndex(list, key, a) - releaseIndex(list, key, b),
        version
      )
    })
  }
}

function releaseIndex(list: string[], key: string, version: string): number {
  const index = list.indexOf(version)
  if (index < 0) throw new Error(`test server: the release list of ${key} lacks ${version}`)
  return index
}

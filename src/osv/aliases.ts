import type { OsvVulnerability } from './schemas.js'

/** One flaw as OSV's databases describe it, possibly under several ids. */
export interface AliasGroup {
  /** The id the flaw is reported under: a GHSA record when there is one. */
  id: string
  /** Every other id of the flaw (record ids and their aliases), sorted. */
  aliases: string[]
  records: OsvVulnerability[]
}

/** Which record id to show first: GitHub's advisories, then the ecosystems' own databases. */
const PREFERENCE = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'RUBYSEC-', 'MAL-']

function preference(id: string): number {
  const rank = PREFERENCE.findIndex(prefix => id.startsWith(prefix))
  if (rank >= 0) return rank
  return id.startsWith('CVE-') ? PREFERENCE.length + 1 : PREFERENCE.length
}

function preferredId(ids: string[]): string {
  return [...ids].sort((a, b) => preference(a) - preference(b) || a.localeCompare(b))[0] as string
}

/**
 * Groups records that describe the same flaw: OSV aliases are symmetric and transitive, so two
 * records sharing any id (their own or an alias) are one flaw, reported once.
 */
export function groupByAlias(records: OsvVulnerability[]): AliasGroup[] {
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root))
      root = up
    parent.set(id, root)
    return root
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  for (const record of records) {
    for (const id of [record.id, ...(record.aliases ?? [])]) if (!parent.has(id)) parent.set(id, id)
    for (const alias of record.aliases ?? []) union(record.id, alias)
  }
  const groups = new Map<string, OsvVulnerability[]>()
  for (const record of records) {
    const root = find(record.id)
    const members = groups.get(root) ?? []
    if (!members.some(member => member.id === record.id)) members.push(record)
    groups.set(root, members)
  }
  return [...groups.values()].map(members => {
    const id = preferredId(members.map(member => member.id))
    const all = new Set(members.flatMap(member => [member.id, ...(member.aliases ?? [])]))
    all.delete(id)
    return { id, aliases: [...all].sort(), records: members }
  })
}

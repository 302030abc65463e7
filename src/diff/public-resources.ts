import type { Resource, Service } from '../model/types.js'
import { publicStatementsOf } from '../policy/rules/lib/resource-policies.js'
import type { SecurityChange } from './changes.js'
import { byKey } from '../policy/engine/pairing.js'

/** Resources that can be opened to anyone through a resource policy. */
const POLICY_KINDS = new Set(['bucket', 'queue', 'topic', 'kms-key', 'event-bus', 'layer'])

/** Resources public on the head that were not (or did not exist) on the base: new exposure. */
export function newlyPublicResources(
  service: string,
  base: Service | undefined,
  head: Service
): SecurityChange[] {
  const before = byKey(base?.resources ?? [], r => `${r.kind}:${r.id}`)
  const out: SecurityChange[] = []
  for (const r of head.resources) {
    if (!POLICY_KINDS.has(r.kind)) continue
    const open = publicStatementsOf(r).open
    if (open.length === 0) continue
    const was = before.get(`${r.kind}:${r.id}`)
    if (was && publicStatementsOf(was).open.length > 0) continue
    const first = open[0] as (typeof open)[number]
    out.push({
      kind: 'resource-public',
      service,
      resource: r.id,
      summary: `${kindName(r)} \`${r.id}\` ${was ? 'becomes' : 'is new and'} public: its policy allows anyone`,
      location: first.statement.loc
    })
  }
  return out
}

function kindName(r: Resource): string {
  const names: Record<string, string> = { 'kms-key': 'KMS key', 'event-bus': 'event bus' }
  return names[r.kind] ?? r.kind
}

import { formatLocation } from '../model/location.js'
import type { FunctionInventory, Inventory, ModuleInventory, StageInventory } from './inventory.js'
import { oneLine, withoutWorkflowCommands } from './plain-text.js'

/** The inventory as plain text for a terminal: one line per entry, repository strings made plain. */
export function renderInventoryText(inv: Inventory): string {
  const out: string[] = []
  for (const s of inv.services) {
    const c = s.counts
    out.push(`${s.id}  [${s.format}] ${s.name}`)
    out.push(
      `  ${c.functions} functions, ${c.endpoints} endpoints, ${c.roles} roles, ${c.resources} other resources`
    )
    for (const f of s.functions) out.push(...functionLines(f))
    for (const p of s.principals) {
      const where = p.defined ? '' : ' (defined elsewhere)'
      out.push(`  - IAM ${p.kind} ${p.id}${where}  ${p.location}`)
      out.push(...p.permissions.map(permissionLine))
    }
    if (s.stages.length > 0) out.push('  API stages:')
    for (const st of s.stages) out.push(...stageLines(st))
    for (const m of s.modules ?? []) out.push(...moduleLines(m))
    if (s.external.length > 0) out.push('  set on resources defined elsewhere:')
    for (const e of s.external) out.push(`  - ${e.kind} ${e.target}  by ${e.id}  ${e.location}`)
    out.push('')
  }
  if (inv.services.length === 0) out.push('No serverless infrastructure found.', '')
  if (inv.diagnostics.length > 0) {
    out.push(`Not scanned (${inv.diagnostics.length}):`)
    for (const d of inv.diagnostics) out.push(`  ${formatLocation(d)}  ${d.severity}: ${d.message}`)
  }
  return withoutWorkflowCommands(out.map(oneLine).join('\n'))
}

function moduleLines(m: ModuleInventory): string[] {
  const version = m.version ? ` ${m.version}` : ''
  const lines = [`  - module ${m.id} (${m.source}${version})  ${m.location}`]
  if (m.installedAt !== undefined)
    lines.push(`      read from the installed source at ${m.installedAt}`)
  if (m.modelled.length > 0) lines.push(`      modelled: ${m.modelled.join(', ')}`)
  for (const u of m.undecided) lines.push(`      undecided ${u.input}: ${u.reason}  ${u.location}`)
  return lines
}

function functionLines(f: FunctionInventory): string[] {
  const head = [f.runtime, f.handler].filter(Boolean).join('  ')
  const lines = [`  - ${f.id}${head ? `  (${head})` : ''}  ${f.location}`]
  for (const t of f.triggers) {
    const auth = t.auth ? `  auth: ${t.auth}` : ''
    lines.push(`      on ${t.kind}${t.source ? ` ${t.source}` : ''}${auth}`)
  }
  if (f.reach) lines.push(`      reach: ${f.reach.level}`)
  if (f.ships)
    lines.push(
      f.ships.known
        ? `      ships: ${f.ships.vulnerable.length === 0 ? 'no known vulnerable package' : f.ships.vulnerable.map(p => `${p.package} (${p.severity}, ${p.location})`).join(', ')}`
        : `      ships: unknown (${f.ships.reason})`
    )
  for (const c of f.mayDo ?? [])
    lines.push(
      `      may ${c.class}: ${c.action}${c.resource ? ` on ${c.resource}` : ''}  ${c.location}`
    )
  if (f.role) lines.push(`      role ${f.role}`)
  lines.push(...f.permissions.map(permissionLine))
  return lines
}

function permissionLine(p: FunctionInventory['permissions'][number]): string {
  const on = p.resources.length > 0 ? ` on ${p.resources.join(', ')}` : ''
  return `        ${p.effect} ${p.actions.join(', ')}${on}`
}

function stageLines(st: StageInventory): string[] {
  const name = [st.protocol, st.stage ? `stage ${st.stage}` : undefined].filter(Boolean).join(' ')
  const lines = [`  - ${st.id}${name ? `  (${name})` : ''}  ${st.location}`]
  lines.push(
    st.throttle
      ? `      throttling: ${limits(st.throttle)}, for every request`
      : '      throttling: none on the stage or its methods (the account default holds)'
  )
  const plan = st.usagePlan
  if (plan) {
    const quota = plan.quota ? `, quota ${plan.quota}` : ''
    lines.push(
      `      usage plan ${plan.id}: ${limits(plan) || 'no throttle'}${quota}  ${plan.location}`,
      '        (a usage plan limits only requests that carry one of its API keys)'
    )
  }
  return lines
}

function limits(l: { rate?: string; burst?: string }): string {
  return [l.rate ? `rate ${l.rate}/s` : undefined, l.burst ? `burst ${l.burst}` : undefined]
    .filter(Boolean)
    .join(', ')
}

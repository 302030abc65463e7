import { display } from '../model/attr.js'
import type { SourceLocation } from '../model/location.js'
import type { Endpoint, LambdaFunction, Model, Service } from '../model/types.js'
import { describeEndpoint } from '../policy/rules/lib/endpoints.js'
import { grantKey, roleGrants, type Grant } from '../policy/rules/lib/grants.js'
import { byKey, pairEndpoints, pairServices } from '../policy/engine/pairing.js'
import { newlyPublicResources } from './public-resources.js'
import { NO_RENAMES, type Renames } from '../sources/renames.js'

export type ChangeKind =
  | 'function-added'
  | 'function-removed'
  | 'permission-granted'
  | 'permission-revoked'
  | 'endpoint-added'
  | 'endpoint-removed'
  | 'auth-changed'
  | 'runtime-changed'
  | 'environment-added'
  | 'resource-public'

/** A change to the attack surface, reported whether or not a rule fires on it. */
export interface SecurityChange {
  kind: ChangeKind
  service: string
  resource: string
  summary: string
  /** Where it is in the head (the base, for removals). */
  location: SourceLocation
}

/** What the change does to each service; a service it moved is compared with itself where it was. */
export function securityChanges(
  base: Model,
  head: Model,
  renames: Renames = NO_RENAMES
): SecurityChange[] {
  return pairServices(base, head, renames).flatMap(({ id, base: b, head: h }) => [
    ...functionChanges(id, b, h),
    ...(h ? roleChanges(id, b, h) : []),
    ...(h ? newlyPublicResources(id, b, h) : []),
    ...endpointChanges(id, b?.endpoints ?? [], h?.endpoints ?? [])
  ])
}

function functionChanges(
  service: string,
  base: Service | undefined,
  head: Service | undefined
): SecurityChange[] {
  const out: SecurityChange[] = []
  const before = byKey(base?.functions ?? [], f => f.id)
  const after = byKey(head?.functions ?? [], f => f.id)
  for (const [id, fn] of after) {
    const was = before.get(id)
    if (!was)
      out.push(
        change(
          'function-added',
          service,
          fn,
          `function \`${id}\` added${runtimeOf(fn)}${roleOf(fn)}`,
          fn.loc
        )
      )
    out.push(...functionDelta(service, was, fn))
  }
  out.push(...sharedEnvironment(service, before, after))
  for (const [id, fn] of before) {
    if (!after.has(id))
      out.push(change('function-removed', service, fn, `function \`${id}\` removed`, fn.loc))
  }
  return out
}

function functionDelta(
  service: string,
  was: LambdaFunction | undefined,
  fn: LambdaFunction
): SecurityChange[] {
  const out: SecurityChange[] = []
  const r0 = was?.runtime ? display(was.runtime) : undefined
  const r1 = fn.runtime ? display(fn.runtime) : undefined
  if (was && r0 !== r1) {
    out.push(
      change(
        'runtime-changed',
        service,
        fn,
        `function \`${fn.id}\` runtime ${r0 ?? '(default)'} → ${r1 ?? '(default)'}`,
        fn.runtime?.loc ?? fn.loc
      )
    )
  }
  const names = new Set(was?.environment.map(e => e.name))
  for (const env of fn.environment) {
    if (!names.has(env.name) && env.origin === 'function') {
      out.push(
        change(
          'environment-added',
          service,
          fn,
          `function \`${fn.id}\` gets environment variable \`${env.name}\``,
          env.loc
        )
      )
    }
  }
  return out
}

/** A variable added to the shared environment (provider, Globals) is one change, not one per function. */
function sharedEnvironment(
  service: string,
  before: Map<string, LambdaFunction>,
  after: Map<string, LambdaFunction>
): SecurityChange[] {
  const had = new Set(
    [...before.values()].flatMap(f =>
      f.environment.filter(e => e.origin === 'shared').map(e => e.name)
    )
  )
  const added = new Map<string, SourceLocation>()
  for (const fn of after.values())
    for (const e of fn.environment)
      if (e.origin === 'shared' && !had.has(e.name)) added.set(e.name, e.loc)
  return [...added].map(([name, loc]) => ({
    kind: 'environment-added' as const,
    service,
    resource: name,
    summary: `every function gets environment variable \`${name}\``,
    location: loc
  }))
}

/** Permissions granted and revoked, per role, naming the functions that run as it. */
function roleChanges(service: string, base: Service | undefined, head: Service): SecurityChange[] {
  const out: SecurityChange[] = []
  for (const role of head.roles) {
    const was = base?.roles.find(r => r.id === role.id)
    const before = was ? roleGrants(was) : []
    const after = roleGrants(role)
    const had = new Set(before.map(grantKey))
    const has = new Set(after.map(grantKey))
    const who = holder(head, role.id)
    for (const g of after.filter(g => !had.has(grantKey(g))))
      out.push(change('permission-granted', service, role, `${who} may now ${grantText(g)}`, g.loc))
    for (const g of before.filter(g => !has.has(grantKey(g))))
      out.push(
        change('permission-revoked', service, role, `${who} may no longer ${grantText(g)}`, g.loc)
      )
  }
  return out
}

function holder(service: Service, roleId: string): string {
  const fns = service.functions.filter(f => f.roleId === roleId).map(f => `\`${f.id}\``)
  return fns.length === 0 ? `role \`${roleId}\`` : `role \`${roleId}\` (${fns.join(', ')})`
}

function roleOf(fn: LambdaFunction): string {
  return fn.roleId ? `, role \`${fn.roleId}\`` : ''
}

function grantText(g: Grant): string {
  if (g.kind === 'managed-policy')
    return `use managed policy \`${g.action.replace(/^policy\//, '')}\``
  const verb = g.kind === 'not-action' ? `do anything except \`${g.action}\`` : `\`${g.action}\``
  return `${verb} on \`${g.resource}\``
}

function endpointChanges(
  service: string,
  base: readonly Endpoint[],
  head: readonly Endpoint[]
): SecurityChange[] {
  const out: SecurityChange[] = []
  for (const { base: was, head: e } of pairEndpoints(base, head)) {
    if (!e) {
      if (was)
        out.push(
          change('endpoint-removed', service, was, `${describeEndpoint(was)} removed`, was.loc)
        )
    } else if (!was) {
      const summary = `${describeEndpoint(e)} added (auth: ${authText(e)})`
      out.push(change('endpoint-added', service, e, summary, e.loc))
    } else if (authText(was) !== authText(e)) {
      const summary = `${describeEndpoint(e)} auth ${authText(was)} → ${authText(e)}`
      out.push(change('auth-changed', service, e, summary, e.auth.loc ?? e.loc))
    }
  }
  return out
}

function authText(e: Endpoint): string {
  const by = e.auth.authorizer ? ` ${display(e.auth.authorizer)}` : ''
  return e.auth.type === 'none' ? 'none (public)' : `${e.auth.type}${by}`
}

function runtimeOf(fn: LambdaFunction): string {
  return fn.runtime ? ` (${display(fn.runtime)})` : ''
}

function change(
  kind: ChangeKind,
  service: string,
  node: { id: string },
  summary: string,
  location: SourceLocation
): SecurityChange {
  return { kind, service, resource: node.id, summary, location }
}

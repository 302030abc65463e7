import { display, literal } from '../model/attr.js'
import type { Endpoint, InvokePermission, LambdaFunction, Service } from '../model/types.js'
import {
  apiResource,
  isPreflight,
  isPrivateApi,
  resourcePolicyGate,
  routeOpening
} from '../policy/rules/lib/api.js'
import { hasSourceCondition, isUrlCompanion } from '../policy/rules/lib/permissions.js'
import { openEventSource, openSourceSentence } from './event-sources.js'
import { guestEntries } from './guest-access.js'
import type { Entry, Reach, ReachLevel } from './types.js'

const ORDER: readonly ReachLevel[] = ['internet', 'any-account', 'authenticated', 'account', 'none']

/**
 * Who can invoke a function: its routes, URL, invoke permissions, event sources, and the guests of
 * identity pools whose role may invoke it.
 */
export function reachOf(service: Service, fn: LambdaFunction): Reach {
  const entries = [
    ...service.endpoints
      .filter(e => e.functionIds.includes(fn.id) && !isPreflight(e))
      .map(e => endpointEntry(service, e)),
    ...service.permissions
      .filter(p => p.functionId === fn.id && !isUrlCompanion(p, service.permissions))
      .map(permissionEntry),
    ...fn.triggers.filter(t => t.endpointId === undefined).map(t => eventEntry(service, t)),
    ...guestEntries(service, fn)
  ]
  return { level: levelOf(entries), entries }
}

/** The strongest known level; unknown when an undecided entry could be stronger than it. */
function levelOf(entries: Entry[]): Reach['level'] {
  const known = entries.map(e => e.level).filter((l): l is ReachLevel => l !== 'unknown')
  const best = ORDER.find(l => known.includes(l)) ?? 'none'
  const undecided = entries.some(e => e.level === 'unknown')
  return undecided && ORDER.indexOf(best) > ORDER.indexOf('any-account') ? 'unknown' : best
}

export function routeLabel(e: Endpoint): string {
  if (e.kind === 'function-url') return 'function URL'
  const method = e.method ? display(e.method).toUpperCase() : ''
  return `${method} ${e.path ? display(e.path) : ''}`.trim()
}

function endpointEntry(service: Service, e: Endpoint): Entry {
  const label = routeLabel(e)
  const what = e.kind === 'function-url' ? 'its function URL' : `route \`${label}\``
  const base = {
    key: `${e.kind}:${e.apiId ?? ''}:${label}`,
    label,
    what,
    location: e.auth.loc ?? e.loc
  }
  const auth = websocketAuth(service, e) ?? e.auth
  if (auth.type === 'unknown')
    return { ...base, level: 'unknown', description: `${what} (authorization not known)` }
  if (auth.type !== 'none') {
    const by = auth.authorizer ? ` (\`${display(auth.authorizer)}\`)` : ''
    return {
      ...base,
      level: 'authenticated',
      auth: `${auth.type}${by}`,
      description: `${what} (${auth.type} authorization)`
    }
  }
  if (isPrivateApi(service, e)) return privateEntry(service, e, base)
  const gate = resourcePolicyGate(service, e)
  if (gate === 'undecided')
    return { ...base, level: 'unknown', description: `${what} (resource policy not known)` }
  if (gate === 'restricted')
    return {
      ...base,
      level: 'account',
      description: `${what} (no authorization, only callers its API's resource policy names)`
    }
  const keyOnly = literal(e.apiKeyRequired) === true
  return {
    ...base,
    level: 'internet',
    description: `${what} (${keyOnly ? 'API key only' : 'no authorization'})`
  }
}

/** A websocket route is as open as its API's `$connect` route, where authorization happens. */
function websocketAuth(service: Service, e: Endpoint): Endpoint['auth'] | undefined {
  if (e.kind !== 'websocket' || literal(e.path) === '$connect') return undefined
  const connect = service.endpoints.find(
    c => c.kind === 'websocket' && c.apiId === e.apiId && literal(c.path) === '$connect'
  )
  return connect?.auth ?? { type: 'none' }
}

/**
 * A private API is reached through VPC endpoints; a resource policy that lets anyone invoke it,
 * with no condition naming the endpoints or accounts, admits the endpoints of any AWS account.
 */
function privateEntry(
  service: Service,
  e: Endpoint,
  base: Pick<Entry, 'key' | 'label' | 'what' | 'location'>
): Entry {
  const api = apiResource(service, e.apiId)
  const open = api && routeOpening(api, e)
  if (open === 'unknown')
    return { ...base, level: 'unknown', description: `${base.what} (resource policy not known)` }
  if (!open)
    return {
      ...base,
      level: 'account',
      description: `${base.what} (private API, no authorization)`
    }
  return {
    ...base,
    level: 'any-account',
    description: `${base.what} (private API whose resource policy lets the VPC endpoints of any AWS account call it, no authorization)`,
    location: open.statement.loc
  }
}

function permissionEntry(p: InvokePermission): Entry {
  const base = {
    key: `permission:${p.id}`,
    label: `permission ${p.id}`,
    what: `permission \`${p.id}\``,
    location: p.principal.loc
  }
  const principal = literal(p.principal)?.trim()
  if (principal === undefined)
    return {
      ...base,
      level: 'unknown',
      description: `permission \`${p.id}\` (principal not known)`
    }
  if (principal !== '*' || hasSourceCondition(p) || p.principalOrgId) {
    // A named account, service or organisation: callers the template trusts.
    return {
      ...base,
      level: 'account',
      description: `permission \`${p.id}\` (principal \`${principal}\`)`
    }
  }
  const viaUrl = literal(p.functionUrlAuthType)?.toUpperCase() === 'NONE'
  return {
    ...base,
    level: viaUrl ? 'internet' : 'any-account',
    description: viaUrl
      ? `permission \`${p.id}\` (principal \`*\` through a function URL with auth NONE)`
      : `permission \`${p.id}\` (principal \`*\`, no source condition)`
  }
}

function eventEntry(service: Service, t: LambdaFunction['triggers'][number]): Entry {
  const source = t.source ? display(t.source) : t.kind
  const base = {
    key: `event:${t.kind}:${source}`,
    label: `${t.kind} ${source}`,
    what: `${t.kind} event \`${source}\``
  }
  const open = openEventSource(service, t)
  if (open) {
    // Whoever may put an event into the source invokes the function: open where the policy is.
    return {
      ...base,
      level: 'any-account',
      description: `${base.what} from ${openSourceSentence(open)}`,
      location: open.statement.statement.loc
    }
  }
  return { ...base, level: 'account', description: base.what, location: t.loc }
}

import { literal } from '../../../model/attr.js'
import type { Attr, Endpoint, PolicyStatement } from '../../../model/types.js'
import { arnText, UNKNOWN } from './arn-wildcards.js'
import { actionMatches } from './iam-actions.js'
import { isWildcardPrincipal } from './resource-policies.js'

/**
 * Which routes of a REST API a resource policy statement covers. API Gateway matches a request
 * against `arn:aws:execute-api:region:account:api-id/stage/METHOD/path` (`execute-api:/stage/...`
 * for short), so an Allow for `execute-api:/*\/GET/public` opens `GET /public` and no other route.
 * `match` when some request to the route is covered, `none` when none is, `unknown` when a
 * Resource is not known before deployment.
 */
export type RouteCoverage = 'match' | 'none' | 'unknown'

/** A route part that may be any text within one path segment (`{id}`, a stage, `ANY`)... */
const SEGMENT = Symbol('segment')
/** ...or any text at all (`{proxy+}`). */
const REST = Symbol('rest')
type Token = string | typeof SEGMENT | typeof REST

export function statementCoversRoute(st: PolicyStatement, endpoint: Endpoint): RouteCoverage {
  const route = routeTokens(endpoint)
  if (st.notResources.length > 0) {
    // Everything but the listed resources: claimed only when none of them can touch the route.
    const excluded = coverageOf(st.notResources, route)
    return excluded === 'none' ? 'match' : 'unknown'
  }
  // API Gateway requires a Resource; a statement without one is taken at its widest.
  if (st.resources.length === 0) return 'match'
  return coverageOf(st.resources, route)
}

/**
 * Whether an unconditioned Deny to everyone takes in every request to the route: API Gateway
 * then refuses them all, whatever an Allow says. Only literal Resources are read.
 */
export function statementDeniesRoute(st: PolicyStatement, endpoint: Endpoint): boolean {
  if (literal(st.effect) !== 'Deny' || st.condition !== undefined) return false
  if (!st.principals.some(isWildcardPrincipal) || st.notActions.length > 0) return false
  const invoke = st.actions.some(a => {
    const action = literal(a)
    return action !== undefined && actionMatches(action, 'execute-api:Invoke')
  })
  if (!invoke || st.notResources.length > 0) return false
  // Every part of the route a request fills in (stage, `ANY`, `{id}`) must be matched by `*`.
  const generic = routeTokens(endpoint).map(t => (typeof t === 'string' ? t : FILLED))
  return st.resources.some(r => {
    const text = literal(r)
    if (text === '*') return true
    const pattern = text === undefined ? undefined : routePattern(text)
    return (
      pattern !== undefined && pattern.length <= MAX_PATTERN && intersects([...pattern], generic)
    )
  })
}

/** A route part a request fills in: only `*` is sure to match whatever it is. */
const FILLED = '\u0001'

function coverageOf(resources: Attr<string>[], route: Token[]): RouteCoverage {
  const each = resources.map(r => resourceCovers(r, route))
  if (each.includes('match')) return 'match'
  return each.includes('unknown') ? 'unknown' : 'none'
}

function resourceCovers(resource: Attr<string>, route: Token[]): RouteCoverage {
  const text = arnText(resource.value)
  if (text === undefined) return 'unknown'
  if (text === '*') return 'match'
  const pattern = routePattern(text)
  if (pattern === undefined) return text.includes(UNKNOWN) ? 'unknown' : 'none'
  if (pattern === EVERY_ROUTE) return 'match'
  if (pattern.includes(UNKNOWN) || pattern.length > MAX_PATTERN) return 'unknown'
  return intersects([...pattern], route) ? 'match' : 'none'
}

/** A pattern the API id's trailing `*` makes cover every route (`arn:aws:execute-api:*:*:*`). */
const EVERY_ROUTE = '*'

/**
 * The `stage/METHOD/path` pattern of an execute-api Resource; `*` when the API id alone is
 * written with a trailing `*`; undefined when it names no route of an API.
 */
function routePattern(text: string): string | undefined {
  const at = text.indexOf('execute-api:')
  // `${aws_api_gateway_rest_api.api.execution_arn}/*/GET/public`: the API's ARN, then the route.
  const apiArnFirst = text.startsWith(`${UNKNOWN}/`)
  if (at < 0 && !apiArnFirst) return undefined
  const last = apiArnFirst ? text : afterService(text, at)
  const slash = last.indexOf('/')
  if (slash < 0) return last.endsWith('*') ? EVERY_ROUTE : undefined
  return last.slice(slash + 1)
}

/** The resource part of an execute-api ARN (`api-id/stage/METHOD/path`, `/stage/...` for short). */
function afterService(text: string, at: number): string {
  return (
    text
      .slice(at + 'execute-api:'.length)
      .split(':')
      .pop() ?? ''
  )
}

/** `stage/METHOD/path` of the route, its parameters, stage and `ANY` method standing for any text. */
function routeTokens(endpoint: Endpoint): Token[] {
  const method = literal(endpoint.method)?.toUpperCase()
  const path = literal(endpoint.path)
  const methodTokens: Token[] =
    method === undefined || method === 'ANY' || method === '*' ? [SEGMENT] : [...method]
  const pathTokens: Token[] =
    path === undefined ? [REST] : pathTemplateTokens(path.replace(/^\/+/, ''))
  return [SEGMENT, '/', ...methodTokens, '/', ...pathTokens]
}

function pathTemplateTokens(path: string): Token[] {
  const out: Token[] = []
  for (const part of path.split(/(\{[^}]*\})/)) {
    if (/^\{.*\+\}$/.test(part)) out.push(REST)
    else if (/^\{.*\}$/.test(part)) out.push(SEGMENT)
    else out.push(...part)
  }
  return out
}

/** Longer route patterns than any API writes are not read: the route stays undecided. */
const MAX_PATTERN = 4096

/**
 * Whether some request path matches both the policy pattern (`*` any text, `?` one character)
 * and the route (its parameters any text within a segment, a greedy one any text). Decided from
 * the ends backwards, without recursion: a hostile Resource of any length cannot exhaust the stack.
 */
function intersects(pattern: string[], route: Token[]): boolean {
  const width = route.length + 1
  // can[i * width + j]: whether pattern[i..] and route[j..] can both match the rest of one path.
  const can = new Uint8Array((pattern.length + 1) * width)
  const at = (i: number, j: number): boolean => can[i * width + j] === 1
  const step = (i: number, j: number): boolean => {
    const p = pattern[i]
    const r = route[j]
    if (p === undefined && r === undefined) return true
    if (p === '*') return at(i + 1, j) || (r !== undefined && at(i, j + 1))
    if (r === SEGMENT || r === REST) {
      const fits = p !== undefined && (r === REST || p !== '/')
      return at(i, j + 1) || (fits && at(i + 1, j))
    }
    if (p === undefined || r === undefined) return false
    return ((p === '?' && r !== FILLED) || p === r) && at(i + 1, j + 1)
  }
  for (let i = pattern.length; i >= 0; i--)
    for (let j = route.length; j >= 0; j--) can[i * width + j] = step(i, j) ? 1 : 0
  return at(0, 0)
}

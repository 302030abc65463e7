import { literal } from '../model/attr.js'
import { ownValue } from '../model/own.js'
import { exactName } from '../model/stack-arn.js'
import type { Attr, LambdaFunction, Policy, Resource, Service } from '../model/types.js'
import { actionMatches, managedPolicyName } from '../policy/rules/lib/iam-actions.js'
import { hasCondition } from '../policy/rules/lib/iam-scope.js'
import { resourcesOfKind } from '../policy/rules/lib/resource-settings.js'
import { policiesOf } from '../policy/rules/lib/role-grants.js'
import { isAllow } from '../policy/rules/lib/statements.js'
import type { Entry } from './types.js'

/** AWS managed policies by the action they grant on every resource. */
const MANAGED_ACTIONS: Readonly<Record<string, string>> = {
  administratoraccess: '*',
  awslambdarole: 'lambda:InvokeFunction',
  awslambda_fullaccess: 'lambda:*',
  awslambdafullaccess: 'lambda:*',
  amazonapigatewayinvokefullaccess: 'execute-api:*'
}

/** A way a role's grant reaches the function: the action it takes, on which resources. */
interface Door {
  action: string
  covers(resource: Attr<string>): boolean
}

/**
 * Ways in through a Cognito identity pool that hands out credentials to unauthenticated users:
 * when its unauthenticated role may invoke the function (`lambda:InvokeFunction`), or call its
 * function URL or a route that accepts IAM authorization (`lambda:InvokeFunctionUrl`,
 * `execute-api:Invoke`), anyone on the internet can get those credentials and do it. Located where
 * the pool allows unauthenticated identities, the switch that opens it.
 */
export function guestEntries(service: Service, fn: LambdaFunction): Entry[] {
  const out: Entry[] = []
  const doors = doorsOf(service, fn)
  for (const pool of resourcesOfKind(service, 'identity-pool')) {
    const allowed = pool.attributes.allowUnauthenticated
    if (literal(allowed) !== true || !allowed) continue
    const role = unauthenticatedRole(service, pool)
    const grant =
      role &&
      policiesOf(service, role)
        .map(p => grantIn(p, doors))
        .find(Boolean)
    if (!grant) continue
    const what = `unauthenticated identities of identity pool \`${pool.id}\``
    out.push({
      level: 'internet',
      key: `guest:${pool.id}`,
      label: `guests of ${pool.id}`,
      what,
      description: `${what} (its unauthenticated role may \`${grant}\`)`,
      location: allowed.loc
    })
  }
  return out
}

/** The pool's unauthenticated role: by reference, or by its exact ARN. */
function unauthenticatedRole(service: Service, pool: Resource) {
  const written = pool.attributes.unauthenticatedRole?.value
  if (written === undefined) return undefined
  const refs = new Set(typeof written === 'object' ? written.refs : [])
  const name = exactName(written, 'role')
  return service.roles.find(r => refs.has(r.id) || isNamed(name, r.name))
}

/**
 * The doors a guest may use: invoking the function, and calling each of its endpoints that
 * accepts IAM authorization (with credentials, a signed request passes).
 */
function doorsOf(service: Service, fn: LambdaFunction): Door[] {
  const doors: Door[] = [{ action: 'lambda:InvokeFunction', covers: r => namesFunction(r, fn) }]
  for (const e of service.endpoints) {
    if (!e.functionIds.includes(fn.id) || e.auth.type !== 'iam') continue
    if (e.kind === 'function-url')
      doors.push({ action: 'lambda:InvokeFunctionUrl', covers: r => namesFunction(r, fn) })
    else if (e.apiId !== undefined) {
      const apiId = e.apiId
      doors.push({ action: 'execute-api:Invoke', covers: r => namesApi(r, apiId) })
    }
  }
  return doors
}

/** What in the policy opens a door, as written (`lambda:*` on `*`); undefined when nothing. */
function grantIn(policy: Policy, doors: readonly Door[]): string | undefined {
  if (policy.kind === 'aws-managed') {
    const name = managedPolicyName(literal(policy.arn) ?? '')
    const action = ownValue(MANAGED_ACTIONS, name.toLowerCase())
    const opens = action !== undefined && doors.some(d => actionMatches(action, d.action))
    return opens ? `${name}` : undefined
  }
  for (const statement of policy.document?.statements ?? []) {
    // A condition may narrow who uses the grant: not claimed.
    if (!isAllow(statement) || hasCondition(statement) || statement.notActions.length > 0) continue
    for (const written of statement.actions) {
      const action = literal(written)
      if (action === undefined) continue
      const door = doors.find(d => actionMatches(action, d.action))
      if (door && statement.resources.some(r => door.covers(r))) return action
    }
  }
  return undefined
}

/** `*`, every function, or the function by reference or by its exact name or ARN. */
function namesFunction(r: Attr<string>, fn: LambdaFunction): boolean {
  const value = literal(r)
  if (value === '*' || /^arn:[^:]+:lambda:[^:]*:[^:]*:function:\*$/.test(value ?? '')) return true
  return refersTo(r, fn.id) || isNamed(exactName(r.value, 'function'), fn.name)
}

/** Whether an exact name is the literal name of a resource of the template. */
function isNamed(name: string | undefined, own: Attr<string> | undefined): boolean {
  return name !== undefined && literal(own) === name
}

/** `*`, every API (`arn:aws:execute-api:*:*:*`), or the API by reference. */
function namesApi(r: Attr<string>, apiId: string): boolean {
  const value = literal(r)
  if (value !== undefined)
    return value === '*' || /^arn:[^:]+:execute-api:[^:]*:[^:]*:\*/.test(value)
  return refersTo(r, apiId)
}

function refersTo(r: Attr<string>, id: string): boolean {
  return typeof r.value === 'object' && r.value !== null && r.value.refs.includes(id)
}

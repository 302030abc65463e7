import { literal } from '../model/attr.js'
import type { LambdaFunction, Policy, PolicyStatement, Resource, Service } from '../model/types.js'
import { actionMatches, managedPolicyName } from '../policy/rules/lib/iam-actions.js'
import { hasCondition } from '../policy/rules/lib/iam-scope.js'
import { resourcesOfKind } from '../policy/rules/lib/resource-settings.js'
import { policiesOf } from '../policy/rules/lib/role-grants.js'
import { isAllow } from '../policy/rules/lib/statements.js'
import type { Entry } from './types.js'

const INVOKE = 'lambda:InvokeFunction'

/** AWS managed policies that let their holder invoke every function. */
const INVOKING_MANAGED =
  /^(AdministratorAccess|AWSLambdaRole|AWSLambda_FullAccess|AWSLambdaFullAccess)$/i

/**
 * Ways in through a Cognito identity pool that hands out credentials to unauthenticated users:
 * when its unauthenticated role may invoke the function (`lambda:InvokeFunction` on it or on
 * `*`), anyone on the internet can get those credentials and invoke it. Located where the pool
 * allows unauthenticated identities, the switch that opens it.
 */
export function guestEntries(service: Service, fn: LambdaFunction): Entry[] {
  const out: Entry[] = []
  for (const pool of resourcesOfKind(service, 'identity-pool')) {
    const allowed = pool.attributes.allowUnauthenticated
    if (literal(allowed) !== true || !allowed) continue
    const role = unauthenticatedRole(service, pool)
    const grant =
      role &&
      policiesOf(service, role)
        .map(p => invokeGrant(p, fn))
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

function unauthenticatedRole(service: Service, pool: Resource) {
  const written = pool.attributes.unauthenticatedRole?.value
  if (typeof written !== 'object' || written === null) return undefined
  const refs = new Set(written.refs)
  return service.roles.find(r => refs.has(r.id))
}

/** What in the policy lets its holder invoke the function, as written; undefined when nothing. */
function invokeGrant(policy: Policy, fn: LambdaFunction): string | undefined {
  if (policy.kind === 'aws-managed') {
    const name = managedPolicyName(literal(policy.arn) ?? '')
    return INVOKING_MANAGED.test(name) ? `${name} on *` : undefined
  }
  for (const statement of policy.document?.statements ?? []) {
    const action = invokingAction(statement)
    if (action && namesFunction(statement, fn)) return action
  }
  return undefined
}

/** The action of an unconditional Allow statement that covers `lambda:InvokeFunction`. */
function invokingAction(statement: PolicyStatement): string | undefined {
  // A condition may narrow who uses the grant: not claimed.
  if (!isAllow(statement) || hasCondition(statement) || statement.notActions.length > 0)
    return undefined
  return statement.actions
    .map(a => literal(a))
    .find(a => a !== undefined && actionMatches(a, INVOKE))
}

/** Whether the statement's resources include the function: `*`, every function, or it by reference. */
function namesFunction(statement: PolicyStatement, fn: LambdaFunction): boolean {
  return statement.resources.some(r => {
    const value = literal(r)
    if (value !== undefined)
      return value === '*' || /^arn:[^:]+:lambda:[^:]*:[^:]*:function:\*$/.test(value)
    return typeof r.value === 'object' && r.value !== null && r.value.refs.includes(fn.id)
  })
}

import { literal } from '../../../model/attr.js'
import type {
  Attr,
  IamPrincipal,
  LambdaFunction,
  Policy,
  PolicyStatement,
  Role,
  Service
} from '../../../model/types.js'

/** A statement with the policy and role it belongs to, for messages and locations. */
export interface PlacedStatement {
  statement: PolicyStatement
  policy: Policy
  /** The role the policy is attached to; absent for resource policies and unattached policies. */
  role?: Role
  /** The IAM user or group the policy is attached to, when it is not a role's. */
  principal?: IamPrincipal
}

const STATEMENTS_OF = new WeakMap<Service, readonly PlacedStatement[]>()

/**
 * Every identity-policy statement of the service: role policies, and standalone policies once.
 * Several rules walk them in each service: they are gathered once per service.
 */
export function identityStatements(service: Service): readonly PlacedStatement[] {
  let known = STATEMENTS_OF.get(service)
  if (!known) STATEMENTS_OF.set(service, (known = placedStatements(service)))
  return known
}

function placedStatements(service: Service): PlacedStatement[] {
  const out: PlacedStatement[] = []
  const seen = new Set<PolicyStatement>()
  const add = (policy: Policy, role?: Role, principal?: IamPrincipal): void => {
    for (const statement of policy.document?.statements ?? []) {
      if (seen.has(statement)) continue
      seen.add(statement)
      out.push({ statement, policy, role, principal })
    }
  }
  for (const role of service.roles) for (const policy of role.policies) add(policy, role)
  for (const p of service.principals ?? [])
    for (const policy of p.policies) add(policy, undefined, p)
  for (const policy of service.policies)
    add(
      policy,
      service.roles.find(r => policy.attachedTo?.includes(r.id))
    )
  return out
}

export function isAllow(st: PolicyStatement): boolean {
  return literal(st.effect) === 'Allow'
}

/** The literal strings of a list of attributes; symbolic items are left out. */
export function literals(attrs: Attr<string>[]): string[] {
  return attrs.map(a => literal(a)).filter((s): s is string => s !== undefined)
}

export function hasSymbolic(attrs: Attr<string>[]): boolean {
  return attrs.some(a => literal(a) === undefined)
}

/** The functions that run as a role. */
export function functionsUsing(service: Service, roleId: string): LambdaFunction[] {
  return service.functions.filter(f => f.roleId === roleId)
}

/** Who holds a role, for messages: "function `createOrder`'s role", "role `Admin`". */
export function holderOf(service: Service, role: Role | undefined): string {
  if (!role) return 'a policy'
  const fns = functionsUsing(service, role.id)
  if (fns.length === 1) return `function \`${fns[0]?.id}\`'s role`
  if (fns.length > 1)
    return `the role of ${fns.length} functions (${fns.map(f => `\`${f.id}\``).join(', ')})`
  return `role \`${role.id}\``
}

import { isSymbolicValue, literal } from '../../../model/attr.js'
import type { PolicyStatement } from '../../../model/types.js'
import { asList, isMap, type Value } from '../../../model/value.js'
import {
  actionMatches,
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  managedPolicyIn
} from './iam-actions.js'

/**
 * Conditions that keep IAM-writing actions from escalating, from the IAM user guide:
 * - `iam:PermissionsBoundary` pinned to a boundary policy: AWS's pattern for delegating role and
 *   user administration. Whatever the holder attaches or writes stays within the boundary, and a
 *   request that carries no boundary (any other action) does not match, so it is denied. A
 *   boundary that is itself an administrator or escalation policy (`AdministratorAccess`) bounds
 *   nothing.
 * - `iam:PolicyARN` pinned to AWS managed policies that are neither administrator nor escalation
 *   policies (`ReadOnlyAccess`): only those can be attached, and any other action is denied.
 * A test counts only with a positive operator (`StringEquals`, `ArnEquals`, their `Like` forms)
 * and values without wildcards; `...IfExists` and negated operators also match requests without
 * the key or with any other value, so they bound nothing. A statement that may also delete
 * permissions boundaries is not bounded: removing a role's boundary unbounds what it already has.
 */

const POSITIVE = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike'
])

const BOUNDARY_REMOVAL = ['iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary']

/** Whether a statement's Condition keeps its IAM-writing actions from escalating. */
export function conditionBoundsEscalation(statement: PolicyStatement): boolean {
  const removesBoundary = statement.actions.some(a => {
    const name = literal(a)
    return name === undefined || BOUNDARY_REMOVAL.some(r => actionMatches(name, r))
  })
  return !removesBoundary && boundingTest(statement.condition)
}

function boundingTest(condition: Value | undefined): boolean {
  if (!isMap(condition)) return false
  for (const test of condition.entries.values()) {
    if (!POSITIVE.has(test.key.toLowerCase()) || !isMap(test.value)) continue
    for (const e of test.value.entries.values()) {
      const key = e.key.toLowerCase()
      const values = pinnedValues(e.value)
      if (values === undefined) continue
      if (key === 'iam:permissionsboundary' && !values.some(isPowerfulManagedPolicy)) return true
      if (key === 'iam:policyarn' && values.every(isHarmlessManagedPolicy)) return true
    }
  }
  return false
}

/**
 * The values of a test when each names one thing: literals without wildcards, and expressions
 * (`!Sub arn:...:policy/boundary`) standing for one ARN. Undefined when any could match more.
 */
function pinnedValues(v: Value): (string | undefined)[] | undefined {
  const items = asList(v)
  if (items.length === 0) return undefined
  const out: (string | undefined)[] = []
  for (const item of items) {
    if (isSymbolicValue(item)) out.push(undefined)
    else if (item.kind === 'scalar' && typeof item.value === 'string' && !/[*?]/.test(item.value))
      out.push(item.value)
    else return undefined
  }
  return out
}

/** An AWS managed policy ARN that grants neither administrator access nor escalation actions. */
function isHarmlessManagedPolicy(arn: string | undefined): boolean {
  const name = awsManagedPolicyName(arn)
  return name !== undefined && !isPowerfulName(name)
}

/** An AWS managed policy ARN that grants administrator access or escalation actions. */
function isPowerfulManagedPolicy(arn: string | undefined): boolean {
  const name = awsManagedPolicyName(arn)
  return name !== undefined && isPowerfulName(name)
}

function awsManagedPolicyName(arn: string | undefined): string | undefined {
  if (arn === undefined) return undefined
  return /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1]
}

function isPowerfulName(name: string): boolean {
  return (
    managedPolicyIn([...ADMIN_MANAGED_POLICIES, ...ESCALATION_MANAGED_POLICIES], name) !== undefined
  )
}

import { literal } from '../../../model/attr.js'
import type { Policy, Role, Service } from '../../../model/types.js'
import { canWrite, managedPolicyName } from './iam-actions.js'
import { isAllow } from './statements.js'

/**
 * What a role lets its holder change: the first write or wildcard action its policies allow,
 * leaving out the plumbing every function role has (writing its own logs and traces, managing VPC
 * network interfaces), which says nothing about the application's data.
 */

const PLUMBING_ACTIONS = new Set(
  [
    'logs:CreateLogGroup',
    'logs:CreateLogStream',
    'logs:PutLogEvents',
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'ec2:CreateNetworkInterface',
    'ec2:DeleteNetworkInterface',
    'ec2:AssignPrivateIpAddresses',
    'ec2:UnassignPrivateIpAddresses'
  ].map(a => a.toLowerCase())
)

/** AWS managed policies for the same plumbing. */
const PLUMBING_POLICIES = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
  'AWSXRayDaemonWriteAccess',
  'AWSLambdaENIManagementAccess'
])

/** AWS managed policy names that grant writes. */
const WRITE_POLICY = /FullAccess|Admin|PowerUser|Write|Crud/i

export interface RoleGrant {
  /** The write action or policy name, as written; empty when the role grants no write. */
  evidence: string
  /** The grant in words: "allows `s3:PutObject`". */
  phrase: string
  /** Whether some grant could not be read (symbolic documents or actions, external policies). */
  undecided: boolean
}

/** A role's policies: its own, and standalone policies attached to it. */
export function policiesOf(service: Service, role: Role): Policy[] {
  const attached = service.policies.filter(p => p.attachedTo?.includes(role.id))
  return [...role.policies, ...attached.filter(p => !role.policies.includes(p))]
}

/** A write grant found, or `undecided` when a policy could not be read. */
type Found = Omit<RoleGrant, 'undecided'> | 'undecided' | undefined

/** The first write grant of a role, and whether some of its grants could not be read. */
export function writeGrantOf(service: Service, role: Role): RoleGrant {
  let undecided = false
  for (const policy of policiesOf(service, role)) {
    const found =
      policy.kind === 'aws-managed' || policy.kind === 'external'
        ? managedGrant(policy)
        : documentGrant(policy)
    if (found === 'undecided') undecided = true
    else if (found) return { ...found, undecided }
  }
  return { evidence: '', phrase: '', undecided }
}

/** An AWS managed policy known to write; a policy we cannot see is undecided. */
function managedGrant(policy: Policy): Found {
  const arn = policy.arn && literal(policy.arn)
  if (policy.kind === 'external' || arn === undefined) return 'undecided'
  const name = managedPolicyName(arn)
  if (!WRITE_POLICY.test(name) || PLUMBING_POLICIES.has(name)) return undefined
  return { evidence: name, phrase: `has the AWS managed policy \`${name}\`` }
}

/** The first Allow of a write or wildcard action (or a NotAction) in a policy document. */
function documentGrant(policy: Policy): Found {
  let found: Found = policy.document?.symbolic ? 'undecided' : undefined
  for (const st of policy.document?.statements ?? []) {
    if (!isAllow(st)) continue
    if (st.notActions.length > 0) {
      return { evidence: 'NotAction', phrase: 'allows every action but those in NotAction' }
    }
    for (const action of st.actions) {
      const name = literal(action)
      if (name === undefined) found = 'undecided'
      else if (isApplicationWrite(name)) return { evidence: name, phrase: `allows \`${name}\`` }
    }
  }
  return found
}

function isApplicationWrite(action: string): boolean {
  return !PLUMBING_ACTIONS.has(action.toLowerCase()) && (canWrite(action) || action.includes('*'))
}

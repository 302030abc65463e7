import { isSymbolicValue, literal } from '../../../model/attr.js'
import type { Attr, PolicyStatement, Service } from '../../../model/types.js'
import { actionMatches, isAnyResource } from './iam-actions.js'
import { holderOf, type PlacedStatement } from './statements.js'

/** Resource scoping of IAM statements: `*` resources and the actions that can only be granted on `*`. */

/** The statement's literal `*` resource (or one matching every resource), if it lists one. */
export function anyResourceOf(statement: PolicyStatement): Attr<string> | undefined {
  return statement.resources.find(r => isAnyResource(literal(r) ?? ''))
}

/**
 * Whether a resource is `*` or could still turn out to be `*` once deployed: a symbolic value that
 * is neither an ARN being built (`!Sub arn:...`), nor a resource's attribute (`!GetAtt Table.Arn`,
 * `aws_sqs_queue.jobs.arn`), nor a `Ref` to a resource of the template (only parameters vary).
 */
export function mayBeAnyResource(resource: Attr<string>, service: Service): boolean {
  const v = resource.value
  if (!isSymbolicValue(v)) return isAnyResource(v)
  if (v.fn === 'Fn::GetAtt' || v.expr.includes('arn:')) return false
  if (v.fn === 'Ref') return v.refs.some(r => service.parameters.some(p => p.name === r))
  return !/\.arn\b|\.Arn\b/.test(v.expr)
}

/**
 * How far a statement's resources reach: `any` when one is `*` (`at` is that one), `unknown` when
 * one is symbolic and could be `*` (`at` is that one), else `scoped`.
 */
export function resourceReach(
  statement: PolicyStatement,
  service: Service
): { reach: 'any' | 'unknown' | 'scoped'; at?: Attr<string> } {
  const any = anyResourceOf(statement)
  if (any) return { reach: 'any', at: any }
  const unknown = statement.resources.find(r => mayBeAnyResource(r, service))
  return unknown ? { reach: 'unknown', at: unknown } : { reach: 'scoped' }
}

/**
 * Actions AWS does not let you scope to a resource (or, for VPC functions, that the Lambda service
 * itself requires on `*`): granting them on `*` is the only way to grant them, so it is no finding.
 * - `xray:Put*`: sending trace segments and telemetry has no resource type.
 * - `cloudwatch:PutMetricData`: metrics have no ARN; only the `cloudwatch:namespace` condition scopes it.
 * - `ec2:*NetworkInterface*`, `ec2:*PrivateIpAddresses`: what a VPC function's role needs for
 *   Lambda to attach it to the VPC (AWS's own `AWSLambdaVPCAccessExecutionRole` grants them on `*`).
 * - `logs:CreateLogGroup`: only creates an empty group, no data access; AWS's basic execution
 *   policy grants it on `*` and many templates copy it.
 */
export const UNSCOPABLE_ACTIONS = [
  'xray:Put*',
  'cloudwatch:PutMetricData',
  'ec2:CreateNetworkInterface',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  'logs:CreateLogGroup'
] as const

/** Whether a granted action (as written) is one that can only be granted on `*`. */
export function isUnscopable(action: string): boolean {
  return UNSCOPABLE_ACTIONS.some(allowed => actionMatches(allowed, action))
}

/** Whether the statement carries a non-empty Condition block (which may scope it, e.g. by tag). */
export function hasCondition(statement: PolicyStatement): boolean {
  const c = statement.condition
  if (c === undefined) return false
  return !(c.kind === 'map' && c.entries.size === 0)
}

/** "`a`, `b`, `c` and 2 more", for messages. */
export function listForMessage(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map(i => `\`${i}\``)
  const rest = items.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}

/**
 * Who a statement's finding is about: the role, user or group holding it, or the standalone
 * policy when none of the service has it attached.
 */
export function statementOwner(
  service: Service,
  { policy, role, principal }: Pick<PlacedStatement, 'policy' | 'role' | 'principal'>
): { resource: string; holder: string } {
  if (role) return { resource: role.id, holder: holderOf(service, role) }
  if (principal) {
    const where = principal.defined ? '' : ' (defined elsewhere)'
    return { resource: principal.id, holder: `IAM ${principal.kind} \`${principal.id}\`${where}` }
  }
  return { resource: policy.id, holder: `policy \`${policy.id}\`` }
}

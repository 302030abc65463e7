import { display, literal } from '../model/attr.js'
import type { LambdaFunction, Policy, PolicyStatement, Service } from '../model/types.js'
import {
  actionMatches,
  ADMIN_MANAGED_POLICIES,
  ESCALATION_MANAGED_POLICIES,
  managedPolicyIn,
  canWrite,
  escalationActionsIn,
  isAnyResource,
  isFullWildcard,
  managedPolicyName
} from '../policy/rules/lib/iam-actions.js'
import {
  escalationTargetIn,
  everyOfType,
  type EveryOfType
} from '../policy/rules/lib/arn-wildcards.js'
import { hasCondition } from '../policy/rules/lib/iam-scope.js'
import { policiesOf } from '../policy/rules/lib/role-grants.js'
import { isAllow } from '../policy/rules/lib/statements.js'
import type { Capability, CapabilityClass, FunctionFacts } from './types.js'

/** Actions that read secrets, parameters or decrypt with keys. */
const SECRET_READS = [
  'secretsmanager:GetSecretValue',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'kms:Decrypt'
]

/** Services whose resources store application data (not messaging, logs or orchestration). */
const DATA_SERVICES = new Set([
  's3',
  'dynamodb',
  'sqs',
  'kinesis',
  'firehose',
  'rds',
  'rds-data',
  'elasticfilesystem',
  'es',
  'timestream'
])

const STORE_POLICY =
  '(?:S3|DynamoDB|SQS|Kinesis|KinesisFirehose|RDS|RDSData|ElasticFileSystem|OpenSearchService|Timestream)'

/** AWS managed policies by what they grant (the names, not their documents, which we cannot see). */
const MANAGED_CLASSES: [RegExp, CapabilityClass][] = [
  [/^SecretsManagerReadWrite$|^AmazonSSMReadOnlyAccess$|^AmazonSSMFullAccess$/i, 'secrets-read'],
  [new RegExp(`^Amazon${STORE_POLICY}FullAccess(?:_v\\d+)?$`, 'i'), 'data-write'],
  [new RegExp(`^Amazon${STORE_POLICY}ReadOnlyAccess$`, 'i'), 'data-read']
]

/** What a function's role lets it do, by class, with the statement or policy granting each. */
export function capabilitiesOf(
  service: Service,
  fn: LambdaFunction
): Pick<FunctionFacts, 'mayDo' | 'undecidedGrants'> {
  const role = service.roles.find(r => r.id === fn.roleId)
  const mayDo: Capability[] = []
  const undecidedGrants: FunctionFacts['undecidedGrants'] = []
  for (const policy of role ? policiesOf(service, role) : []) {
    if (policy.kind === 'aws-managed' || policy.kind === 'external') {
      const found = managedCapability(policy)
      if (found) mayDo.push(found)
      else if (!policy.arn || literal(policy.arn) === undefined) undecidedGrants.push(policy.loc)
      continue
    }
    if (policy.document?.symbolic) undecidedGrants.push(policy.document.loc)
    for (const st of policy.document?.statements ?? []) mayDo.push(...statementCapabilities(st))
  }
  mayDo.push(networkOf(fn))
  return { mayDo, undecidedGrants }
}

function managedCapability(policy: Policy): Capability | undefined {
  const arn = policy.arn && literal(policy.arn)
  if (!arn || !policy.arn) return undefined
  const name = managedPolicyName(arn)
  const cls = managedPolicyIn(ADMIN_MANAGED_POLICIES, name)
    ? 'administrator'
    : managedPolicyIn(ESCALATION_MANAGED_POLICIES, name)
      ? 'privilege-escalation'
      : MANAGED_CLASSES.find(([re]) => re.test(name))?.[1]
  if (!cls) return undefined
  return {
    class: cls,
    action: name,
    resource: '*',
    scope: 'any',
    conditional: false,
    location: policy.arn.loc
  }
}

function statementCapabilities(st: PolicyStatement): Capability[] {
  if (!isAllow(st)) return []
  const resources = st.resources.map(r => literal(r))
  const everything = st.notResources.length > 0 || resources.some(r => isAnyResource(r ?? ''))
  const scope: Capability['scope'] = everything
    ? 'any'
    : resources.some(r => r !== undefined && isWildcardArn(r)) ||
        st.resources.some(r => everyOfType(r) !== undefined)
      ? 'wildcard'
      : 'scoped'
  const at = (action: string, loc: Capability['location'], cls: CapabilityClass): Capability => ({
    class: cls,
    action,
    resource: everything ? '*' : st.resources.map(display).join(', '),
    scope,
    conditional: hasCondition(st),
    location: loc
  })
  const out: Capability[] = []
  if (st.notActions.length > 0 && everything && st.notActions[0]) {
    out.push(
      at(
        `NotAction ${st.notActions.map(display).join(', ')}`,
        st.notActions[0].loc,
        'administrator'
      )
    )
  }
  const wildcards = st.resources.flatMap(r => everyOfType(r) ?? [])
  for (const a of st.actions) {
    const action = literal(a)
    if (action === undefined) continue
    const cls = escalatesOn(action, wildcards) ? 'privilege-escalation' : classOf(action, scope)
    if (cls) out.push(at(action, a.loc, cls))
  }
  return out
}

/** The class of one granted action; `*` and escalation actions count as privileged only on `*`. */
function classOf(action: string, scope: Capability['scope']): CapabilityClass | undefined {
  if (isFullWildcard(action)) return scope === 'any' ? 'administrator' : 'data-write'
  if (scope === 'any' && escalationActionsIn(action).length > 0) return 'privilege-escalation'
  if (SECRET_READS.some(s => actionMatches(action, s))) return 'secrets-read'
  const service = action.split(':')[0]?.toLowerCase() ?? ''
  if (!DATA_SERVICES.has(service)) return undefined
  return canWrite(action) ? 'data-write' : 'data-read'
}

/** Whether `action` covers an escalation action on every resource one of `wildcards` names (`iam:PassRole` on `role/*`). */
function escalatesOn(action: string, wildcards: EveryOfType[]): boolean {
  if (isFullWildcard(action)) return false
  return escalationActionsIn(action).some(e =>
    wildcards.some(w => escalationTargetIn(e, w) !== undefined)
  )
}

/** `arn:aws:s3:::*`, `arn:aws:dynamodb:*:*:table/*`: a pattern covering every store of a kind. */
function isWildcardArn(resource: string): boolean {
  return /^arn:[^:]*:[^:]*:[^:]*:[^:]*:(?:\*|[a-z-]+[/:]\*)$|^arn:[^:]*:s3:::\*/i.test(resource)
}

function networkOf(fn: LambdaFunction): Capability {
  return {
    class: 'network',
    action: fn.vpc ? 'runs in a VPC' : 'internet egress (no VPC)',
    resource: '',
    scope: 'scoped',
    conditional: false,
    location: fn.vpc?.loc ?? fn.loc
  }
}

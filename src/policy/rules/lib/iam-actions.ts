/**
 * IAM action classification for rules: wildcard matching as IAM does it (case-insensitive `*`
 * and `?`), and access levels from the action's verb, so `s3:*` counts as write and `s3:Get*` as read.
 */

export function actionMatches(pattern: string, action: string): boolean {
  return actionPattern(pattern).test(action)
}

/** Patterns compiled once: every statement of every service is matched against the same lists. */
const ACTION_PATTERNS = new Map<string, RegExp>()

function actionPattern(pattern: string): RegExp {
  let re = ACTION_PATTERNS.get(pattern)
  if (!re) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
    ACTION_PATTERNS.set(pattern, (re = new RegExp(`^${source}$`, 'i')))
  }
  return re
}

/**
 * Every action, however written: `*`, `*:*`, or any spelling IAM matches the same way (`*:**`,
 * `?*:*`), wildcards alone on each side of the colon.
 */
export function isFullWildcard(action: string): boolean {
  if (action === '*' || action === '*:*') return true
  const sides = action.split(':')
  return sides.length <= 2 && sides.every(matchesAnyName)
}

/**
 * Every resource, however written: `*`, wildcards alone (`**`), or an ARN whose six parts are
 * wildcards but for a literal partition (`arn:aws:*:*:*:*`, which every resource of the account's
 * partition matches).
 */
export function isAnyResource(resource: string): boolean {
  if (resource === '*' || matchesAnyName(resource)) return true
  const [arn, partition, ...rest] = resource.split(':')
  return (
    arn === 'arn' &&
    rest.length === 4 &&
    (matchesAnyName(partition ?? '') || /^aws(-[a-z]+)*$/.test(partition ?? '')) &&
    rest.every(matchesAnyName)
  )
}

/** `s3:*`: every action of one service, also when written `s?:*` or `s3:**`. */
export function isServiceWildcard(action: string): boolean {
  const [service, name, ...rest] = action.split(':')
  return (
    rest.length === 0 &&
    name !== undefined &&
    /^[a-z0-9*?-]*[a-z0-9-][a-z0-9*?-]*$/i.test(service ?? '') &&
    matchesAnyName(name)
  )
}

/** Wildcards only, one `*` at least, and no more `?` than the shortest name has characters. */
function matchesAnyName(side: string): boolean {
  return /^[*?]*\*[*?]*$/.test(side) && side.split('?').length <= 2
}

const READ_VERBS = [
  'Get',
  'List',
  'Describe',
  'Query',
  'Scan',
  'BatchGet',
  'Head',
  'Select',
  'Lookup',
  'Search',
  'View',
  'Check',
  'Read',
  'Receive',
  'Filter',
  'Test',
  'Validate',
  'Estimate',
  'Preview',
  // Rekognition, Comprehend and Textract analysis (`DetectLabels`, `BatchDetectEntities`): Read in IAM.
  'Detect',
  'BatchDetect'
]

/** The part after `service:`, e.g. `PutObject`. */
function verbOf(action: string): string {
  const i = action.indexOf(':')
  return i < 0 ? action : action.slice(i + 1)
}

/** Whether an action (or pattern) can write: anything not known to be read-only. */
export function canWrite(action: string): boolean {
  if (isFullWildcard(action)) return true
  const verb = verbOf(action)
  if (verb === '*' || verb === '') return true
  const literalPrefix = verb.split(/[*?]/)[0] ?? ''
  if (literalPrefix === '') return true
  return !READ_VERBS.some(v => literalPrefix.toLowerCase().startsWith(v.toLowerCase()))
}

/** Permissions-management actions: whoever holds them can grant themselves more. */
export function isPermissionsManagement(action: string): boolean {
  const service = action.split(':')[0]?.toLowerCase()
  return (
    isFullWildcard(action) ||
    ((service === 'iam' || service === 'sts' || service === 'organizations') && canWrite(action))
  )
}

/**
 * Actions that let a role escalate its own privileges when granted on `*` (Rhino Security's list,
 * abridged), each with the resource type it acts on as `service:type` (IAM service authorization
 * reference): on every resource of that type it is as good as on `*`.
 */
export const ESCALATION_TARGETS: Readonly<Record<string, string>> = {
  'iam:PassRole': 'iam:role',
  'iam:CreatePolicyVersion': 'iam:policy',
  'iam:SetDefaultPolicyVersion': 'iam:policy',
  'iam:AttachRolePolicy': 'iam:role',
  'iam:AttachUserPolicy': 'iam:user',
  'iam:AttachGroupPolicy': 'iam:group',
  'iam:PutRolePolicy': 'iam:role',
  'iam:PutUserPolicy': 'iam:user',
  'iam:PutGroupPolicy': 'iam:group',
  'iam:CreateAccessKey': 'iam:user',
  'iam:CreateLoginProfile': 'iam:user',
  'iam:UpdateLoginProfile': 'iam:user',
  'iam:AddUserToGroup': 'iam:group',
  'iam:UpdateAssumeRolePolicy': 'iam:role',
  'lambda:UpdateFunctionCode': 'lambda:function',
  'lambda:UpdateFunctionConfiguration': 'lambda:function',
  'lambda:CreateFunction': 'lambda:function',
  'sts:AssumeRole': 'iam:role',
  'glue:UpdateDevEndpoint': 'glue:devendpoint',
  'cloudformation:CreateStack': 'cloudformation:stack'
}

export const PRIVILEGE_ESCALATION_ACTIONS: readonly string[] = Object.keys(ESCALATION_TARGETS)

/** The escalation actions a granted action (or pattern such as `iam:*`) covers. */
export function escalationActionsIn(action: string): string[] {
  if (isFullWildcard(action)) return []
  return PRIVILEGE_ESCALATION_ACTIONS.filter(a => actionMatches(action, a))
}

/** AWS managed policies that amount to administrator or near-administrator access. */
/** AWS managed policies that allow every action (`PowerUserAccess`: every one outside IAM) on `*`. */
export const ADMIN_MANAGED_POLICIES = ['AdministratorAccess', 'PowerUserAccess']

/**
 * AWS managed policies whose grants include privilege escalation on `*`, as the same actions
 * written inline do: `iam:*` (`IAMFullAccess`), `lambda:*` with `iam:PassRole` to Lambda
 * (`AWSLambda_FullAccess` and its deprecated `AWSLambdaFullAccess`).
 */
export const ESCALATION_MANAGED_POLICIES = [
  'IAMFullAccess',
  'AWSLambda_FullAccess',
  'AWSLambdaFullAccess'
]

/**
 * An AWS managed `*FullAccess` policy, also in a later version AWS publishes under a suffixed name
 * (`AmazonDynamoDBFullAccess_v2`).
 */
export const FULL_ACCESS_POLICY = /FullAccess(?:_v\d+)?$/i

/** The name as AWS spells it, if `name` is one of `policies` (names are matched without case). */
export function managedPolicyIn(policies: readonly string[], name: string): string | undefined {
  return policies.find(p => p.toLowerCase() === name.toLowerCase())
}

/** The policy name of an AWS managed policy ARN or bare name (`arn:aws:iam::aws:policy/service-role/X` → `X`). */
export function managedPolicyName(arnOrName: string): string {
  return arnOrName.split('/').pop() ?? arnOrName
}

export function isAwsManagedArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)
}

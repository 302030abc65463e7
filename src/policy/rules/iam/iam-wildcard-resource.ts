import { isSymbolicValue } from '../../../model/attr.js'
import type { Attr, PolicyStatement } from '../../../model/types.js'
import type { Rule, RuleContext } from '../../types.js'
import { everyOfType } from '../lib/arn-wildcards.js'
import { canWrite, isFullWildcard, isPermissionsManagement } from '../lib/iam-actions.js'
import {
  hasCondition,
  isUnscopable,
  listForMessage,
  resourceReach,
  statementOwner
} from '../lib/iam-scope.js'
import {
  hasSymbolic,
  identityStatements,
  isAllow,
  literals,
  type PlacedStatement
} from '../lib/statements.js'

export const iamWildcardResource: Rule = {
  id: 'iam-wildcard-resource',
  title: 'IAM statement allows write actions on every resource',
  severity: 'medium',
  area: 'iam',
  rationale:
    "Write actions granted on `*`, or on an ARN that names every resource of their service (`arn:aws:s3:::*`, `arn:aws:sqs:*:*:*`), apply to every bucket, table, queue or function in the account, not only the ones the function owns. A compromised function can then overwrite or delete other teams' data and change resources it never needed to touch.",
  remediation: {
    text: 'Name the resources the function writes to (their ARNs, or a `!GetAtt`/`!Ref`/Terraform reference) instead of `*`. Actions that AWS cannot scope to a resource (such as `xray:PutTraceSegments`) are not reported.',
    snippets: {
      serverless:
        'provider:\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: [sqs:SendMessage]\n          Resource: !GetAtt OrdersQueue.Arn',
      sam: 'Policies:\n  - SQSSendMessagePolicy:\n      QueueName: !GetAtt OrdersQueue.QueueName',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action: [sqs:SendMessage]\n    Resource: !GetAtt OrdersQueue.Arn',
      terraform:
        'statement {\n  actions   = ["sqs:SendMessage"]\n  resources = [aws_sqs_queue.orders.arn]\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-4'],
  equivalents: {
    checkov: ['CKV_AWS_111', 'CKV_AWS_290', 'CKV_AWS_355'],
    kics: ['575a2155'],
    cfnNag: ['W11', 'W12', 'W13'],
    cdkNag: ['AwsSolutions-IAM5']
  },
  check(ctx) {
    for (const placed of identityStatements(ctx.service)) {
      const { statement } = placed
      // A Condition often scopes a `*` resource (by tag, by namespace): not reported.
      if (!isAllow(statement) || hasCondition(statement)) continue
      const { reach, at } = resourceReach(statement, ctx.service)
      if (at) checkEveryResource(ctx, placed, reach === 'any', at)
      else checkWholeService(ctx, placed)
    }
  }
}

/** Write actions on `*`, or on a resource that could turn out to be `*`. */
function checkEveryResource(
  { service, report, undecidable }: RuleContext,
  placed: PlacedStatement,
  any: boolean,
  at: Attr<string>
): void {
  const { statement } = placed
  const { resource, holder } = statementOwner(service, placed)
  const writes = writeActionsOf(statement)
  if (any && writes.length > 0) {
    report({
      resource,
      evidence: writes.join(', '),
      location: at.loc,
      message: `${holder} allows ${writeWords(writes)} on every resource (\`*\`)`
    })
  } else if (writes.length > 0 || hasSymbolic(statement.actions)) {
    undecidable({
      resource,
      reason: any
        ? 'the actions granted on `*` are not known before deployment'
        : 'whether the write actions are granted on `*` is not known before deployment',
      location: at.loc
    })
  }
}

/** Write actions on an ARN naming every resource of their own service: `*` written longer. */
function checkWholeService({ service, report }: RuleContext, placed: PlacedStatement): void {
  const whole = wholeServiceResource(placed.statement, writeActionsOf(placed.statement))
  if (!whole) return
  const { resource, holder } = statementOwner(service, placed)
  report({
    resource,
    evidence: `${whole.writes.join(', ')} on ${whole.arn}`,
    location: whole.at.loc,
    message: `${holder} allows ${writeWords(whole.writes)} on every \`${whole.service}\` resource (\`${whole.arn}\`)`
  })
}

function writeWords(writes: string[]): string {
  return `${writes.length > 1 ? 'write actions' : 'the write action'} ${listForMessage(writes)}`
}

/**
 * The statement's literal write and permissions-management actions, sorted. `*` alone is left to
 * `iam-admin-access`, and actions that can only be granted on `*` are skipped.
 */
function writeActionsOf(statement: PolicyStatement): string[] {
  const writes = literals(statement.actions).filter(
    a => !isFullWildcard(a) && !isUnscopable(a) && (canWrite(a) || isPermissionsManagement(a))
  )
  return [...new Set(writes)].sort((a, b) => a.localeCompare(b))
}

/**
 * A resource ARN that names every resource of a service (`arn:aws:s3:::*`,
 * `arn:aws:dynamodb:*:*:*`) and the write actions of that same service granted on it: for them
 * it is `*` written longer.
 */
function wholeServiceResource(
  statement: PolicyStatement,
  writes: string[]
): { at: Attr<string>; arn: string; service: string; writes: string[] } | undefined {
  for (const at of statement.resources) {
    const covered = everyOfType(at)
    if (!covered || covered.prefix !== '') continue
    const own = writes.filter(a => (a.split(':')[0] ?? '').toLowerCase() === covered.service)
    if (own.length === 0) continue
    const arn = isSymbolicValue(at.value) ? at.value.expr : at.value
    return { at, arn, service: covered.service, writes: own }
  }
  return undefined
}

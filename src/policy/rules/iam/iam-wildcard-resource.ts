import type { PolicyStatement } from '../../../model/types.js'
import type { Rule } from '../../types.js'
import { canWrite, isFullWildcard, isPermissionsManagement } from '../lib/iam-actions.js'
import {
  hasCondition,
  isUnscopable,
  listForMessage,
  resourceReach,
  statementOwner
} from '../lib/iam-scope.js'
import { hasSymbolic, identityStatements, isAllow, literals } from '../lib/statements.js'

export const iamWildcardResource: Rule = {
  id: 'iam-wildcard-resource',
  title: 'IAM statement allows write actions on every resource',
  severity: 'medium',
  area: 'iam',
  rationale:
    "Write actions granted on `*` apply to every bucket, table, queue or function in the account, not only the ones the function owns. A compromised function can then overwrite or delete other teams' data and change resources it never needed to touch.",
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
  check({ service, report, undecidable }) {
    for (const placed of identityStatements(service)) {
      const { statement } = placed
      const { reach, at } = resourceReach(statement, service)
      // A Condition often scopes a `*` resource (by tag, by namespace): not reported.
      if (!isAllow(statement) || !at || hasCondition(statement)) continue
      const { resource, holder } = statementOwner(service, placed)
      const writes = writeActionsOf(statement)
      if (reach === 'any' && writes.length > 0) {
        report({
          resource,
          evidence: writes.join(', '),
          location: at.loc,
          message: `${holder} allows ${writes.length > 1 ? 'write actions' : 'the write action'} ${listForMessage(writes)} on every resource (\`*\`)`
        })
      } else if (writes.length > 0 || hasSymbolic(statement.actions)) {
        undecidable({
          resource,
          reason:
            reach === 'any'
              ? 'the actions granted on `*` are not known before deployment'
              : 'whether the write actions are granted on `*` is not known before deployment',
          location: at.loc
        })
      }
    }
  }
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

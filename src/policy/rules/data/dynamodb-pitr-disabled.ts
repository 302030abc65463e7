import type { Resource, Service } from '../../../model/types.js'
import { asBoolean, asList, getPath, isMap, isSymbolic } from '../../../model/value.js'
import type { Rule, RuleContext } from '../../types.js'
import {
  flagState,
  rawPropertiesOf,
  reportSetting,
  resourceLabel,
  resourcesOfKind,
  type SettingState
} from '../lib/resource-settings.js'

const EVIDENCE = 'point-in-time recovery off'
const PITR_ENABLED = ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled']

export const dynamodbPitrDisabled: Rule = {
  id: 'dynamodb-pitr-disabled',
  title: 'DynamoDB table without point-in-time recovery',
  severity: 'low',
  area: 'data',
  rationale:
    'Without point-in-time recovery a table cannot be restored to the state it was in before a bad deployment, a buggy batch job or a compromised function overwrote or deleted items. With it, DynamoDB keeps continuous backups for 35 days and any second in that window can be restored.',
  remediation: {
    text: 'Turn on point-in-time recovery for the table. A SAM `AWS::Serverless::SimpleTable` cannot enable it: declare an `AWS::DynamoDB::Table` instead.',
    snippets: {
      serverless:
        'resources:\n  Resources:\n    OrdersTable:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: true',
      sam: 'OrdersTable:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    PointInTimeRecoverySpecification:\n      PointInTimeRecoveryEnabled: true',
      cloudformation:
        'Type: AWS::DynamoDB::Table\nProperties:\n  PointInTimeRecoverySpecification:\n    PointInTimeRecoveryEnabled: true',
      terraform:
        'resource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}'
    }
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'
  ],
  compliance: ['OWASP-Serverless-Top10:SAS-3'],
  equivalents: {
    checkov: ['CKV_AWS_28'],
    kics: ['0f04217d', '741f1291'],
    cfnNag: ['W78'],
    cdkNag: ['AwsSolutions-DDB3']
  },
  check(ctx) {
    for (const table of resourcesOfKind(ctx.service, 'table')) {
      if (table.type === 'AWS::DynamoDB::GlobalTable') checkGlobalTable(ctx, table)
      else checkTable(ctx, table)
    }
  }
}

function checkTable(ctx: RuleContext, table: Resource): void {
  const attr = table.attributes.pointInTimeRecovery
  const simple = table.type === 'AWS::Serverless::SimpleTable'
  reportSetting(
    ctx,
    table,
    flagState(attr),
    attr,
    {
      evidence: EVIDENCE,
      message: simple
        ? `${resourceLabel(table)} is a SimpleTable, which cannot turn on point-in-time recovery: its data cannot be restored after an accidental write or delete`
        : `${resourceLabel(table)} has point-in-time recovery off: its data cannot be restored after an accidental write or delete`
    },
    'whether point-in-time recovery is on is not known before deployment'
  )
}

/**
 * A global table sets point-in-time recovery per replica (`Replicas[].PointInTimeRecoverySpecification`):
 * the table is covered only when every replica turns it on.
 */
function checkGlobalTable(ctx: RuleContext, table: Resource): void {
  const state = table.attributes.pointInTimeRecovery
    ? flagState(table.attributes.pointInTimeRecovery)
    : replicasState(ctx.service, table)
  reportSetting(
    ctx,
    table,
    state,
    table.attributes.pointInTimeRecovery,
    {
      evidence: EVIDENCE,
      message: `global table \`${table.id}\` has a replica without point-in-time recovery: its data there cannot be restored after an accidental write or delete`
    },
    'whether every replica turns on point-in-time recovery is not known before deployment'
  )
}

function replicasState(service: Service, table: Resource): SettingState {
  const replicas = getPath(rawPropertiesOf(service, table), ['Replicas'])
  if (replicas === undefined) return 'off'
  if (isSymbolic(replicas)) return 'unknown'
  let state: SettingState = 'on'
  for (const replica of asList(replicas)) {
    const enabled = isMap(replica) ? getPath(replica, PITR_ENABLED) : replica
    if (isSymbolic(enabled)) state = 'unknown'
    else if (asBoolean(enabled) !== true) return 'off'
  }
  return state
}

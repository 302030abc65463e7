import { describe, expect, it } from '@jest/globals'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import type { Attr, Service } from '../../../src/model/types.js'
import { getPath } from '../../../src/model/value.js'
import { buildFixture, byId } from '../cloudformation/fixtures.js'

/** What an ARN reads as: the literal, or the symbolic expression as written. */
function shown(a: Attr<string>): string {
  const v = literal(a)
  return v ?? (typeof a.value === 'object' ? a.value.expr : '')
}

/** A role's statements as [actions, resources, line]. */
function statementsOf(service: Service, roleId: string) {
  return byId(service.roles, roleId)
    .policies.flatMap(p => p.document?.statements ?? [])
    .map(s => [s.actions.map(a => literal(a)), s.resources.map(shown), s.loc.line])
}

describe('SAM connectors', () => {
  it("add the destination's read and write permissions to the source function's role", async () => {
    const { service, diagnostics } = await buildFixture(samFormat, 'sam/connectors.yaml')
    const granted = byId(service.roles, 'ApiRole')
      .policies.flatMap(p => p.document?.statements ?? [])
      .map(s => ({
        actions: s.actions.map(a => literal(a)),
        resources: s.resources.map(shown),
        line: s.loc.line
      }))
    expect(granted).toEqual([
      {
        actions: expect.arrayContaining(['s3:GetObject', 's3:ListBucket']),
        resources: ['!GetAtt Uploads.Arn', '!Sub ${Uploads.Arn}/*'],
        line: 22
      },
      {
        actions: expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']),
        resources: ['!GetAtt Orders.Arn', '!Sub ${Orders.Arn}/index/*'],
        line: 37
      },
      {
        actions: expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:DeleteItem']),
        resources: ['!GetAtt Orders.Arn', '!Sub ${Orders.Arn}/index/*'],
        line: 38
      },
      {
        actions: ['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'],
        resources: ['arn:aws:sqs:us-east-1:123456789012:jobs'],
        line: 37
      },
      {
        actions: expect.arrayContaining(['sqs:SendMessage', 'sqs:PurgeQueue']),
        resources: ['arn:aws:sqs:us-east-1:123456789012:jobs'],
        line: 38
      }
    ])
    expect(diagnostics.map(d => [d.line, d.code])).toEqual([[46, 'connector-not-modelled']])
  })

  it('embedded in a CloudFormation function of the template, add to the role it names', async () => {
    const { service } = await buildFixture(samFormat, 'sam/connectors.yaml')
    expect(statementsOf(service, 'NotifierRole')).toEqual([[['sns:Publish'], ['!Ref Alerts'], 67]])
  })

  it('written before the function, add to the role the function names', async () => {
    const { service } = await buildFixture(samFormat, 'sam/connectors.yaml')
    expect(statementsOf(service, 'WriterRole')).toEqual([[['sns:Publish'], ['!Ref Alerts'], 81]])
  })

  describe('from sources other than a function', () => {
    const built = () => buildFixture(samFormat, 'sam/connector-directions.yaml')

    it('give the service of a topic, bucket or API a Lambda permission scoped to the source', async () => {
      const { service } = await built()
      expect(
        service.permissions.map(p => ({
          id: p.id,
          functionId: p.functionId,
          principal: literal(p.principal),
          sourceArn: p.sourceArn && shown(p.sourceArn),
          sourceAccount: p.sourceAccount && shown(p.sourceAccount),
          line: p.principal.loc.line
        }))
      ).toEqual([
        {
          id: 'TopicToWorkerWriteLambdaPermission',
          functionId: 'Worker',
          principal: 'sns.amazonaws.com',
          sourceArn: '!Ref Alerts',
          sourceAccount: undefined,
          line: 34
        },
        {
          id: 'BucketToWorkerWriteLambdaPermission',
          functionId: 'Worker',
          principal: 's3.amazonaws.com',
          sourceArn: '!GetAtt Uploads.Arn',
          sourceAccount: '!Ref AWS::AccountId',
          line: 42
        },
        {
          id: 'ApiToWorkerWriteLambdaPermission',
          functionId: 'Worker',
          principal: 'apigateway.amazonaws.com',
          sourceArn:
            '!Sub arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/prod/GET/orders',
          sourceAccount: undefined,
          line: 51
        },
        {
          id: 'AuditToWorkerWriteLambdaPermission',
          functionId: 'Worker',
          principal: 'sns.amazonaws.com',
          sourceArn: '!Ref Audit',
          sourceAccount: undefined,
          line: 103
        },
        {
          id: 'AdminToWorkerWriteLambdaPermission',
          functionId: 'Worker',
          principal: 'apigateway.amazonaws.com',
          sourceArn:
            '!Sub arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Admin}/*/POST/admin',
          sourceAccount: undefined,
          line: 114
        }
      ])
    })

    it("give the destination function's role what it needs to poll a queue or table stream", async () => {
      const { service } = await built()
      expect(statementsOf(service, 'WorkerRole').slice(-3)).toEqual([
        [['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], ['!GetAtt Jobs.Arn'], 60],
        [['sqs:DeleteMessage'], ['!GetAtt Jobs.Arn'], 60],
        [
          [
            'dynamodb:DescribeStream',
            'dynamodb:GetRecords',
            'dynamodb:GetShardIterator',
            'dynamodb:ListStreams'
          ],
          ['!Sub ${Orders.Arn}/stream/*'],
          68
        ]
      ])
    })

    it('give a topic a place in the queue policy, for that topic only', async () => {
      const { service } = await built()
      const [statement, ...more] = byId(service.resources, 'Jobs').policies.flatMap(
        d => d.statements
      )
      expect(more).toEqual([])
      expect(statement?.actions.map(a => literal(a))).toEqual(['sqs:SendMessage'])
      expect(statement?.resources.map(shown)).toEqual(['!GetAtt Jobs.Arn'])
      expect(statement?.principals.map(p => [p.type, literal(p.value)])).toEqual([
        ['Service', 'sns.amazonaws.com']
      ])
      expect(getPath(statement?.condition, ['ArnEquals', 'aws:SourceArn'])).toMatchObject({
        kind: 'symbolic',
        refs: ['Alerts']
      })
    })

    it("add a state machine's grants to the role SAM generates for it", async () => {
      const { service } = await built()
      expect(statementsOf(service, 'FlowRole')).toEqual([
        [['lambda:InvokeAsync', 'lambda:InvokeFunction'], ['!GetAtt Worker.Arn'], 86],
        [
          expect.arrayContaining(['s3:PutObject', 's3:DeleteObject']),
          ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
          86
        ]
      ])
    })

    it('warn, located, of a connection SAM does not support, granting nothing', async () => {
      const { diagnostics } = await built()
      expect(diagnostics.map(d => [d.line, d.code])).toEqual([[94, 'connector-not-modelled']])
    })
  })
})

import { describe, expect, it } from '@jest/globals'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import type { Attr } from '../../../src/model/types.js'
import { buildFixture, byId } from '../cloudformation/fixtures.js'

/** What an ARN reads as: the literal, or the symbolic expression as written. */
function shown(a: Attr<string>): string {
  const v = literal(a)
  return v ?? (typeof a.value === 'object' ? a.value.expr : '')
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
    const statements = byId(service.roles, 'NotifierRole').policies.flatMap(
      p => p.document?.statements ?? []
    )
    expect(
      statements.map(s => [s.actions.map(literal), s.resources.map(shown), s.loc.line])
    ).toEqual([[['sns:Publish'], ['!Ref Alerts'], 67]])
  })
})

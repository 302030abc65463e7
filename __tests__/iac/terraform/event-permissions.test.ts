import { describe, expect, it } from '@jest/globals'
import type { PolicyStatement } from '../../../src/model/types.js'
import { buildFiles, byId, shown } from './support.js'

function summary(s: PolicyStatement | undefined) {
  return {
    sid: s?.sid,
    effect: shown(s?.effect),
    actions: s?.actions.map(shown),
    principals: s?.principals.map(p => [p.type, shown(p.value), p.value.loc.line]),
    line: s?.loc.line
  }
}

describe('Terraform EventBridge permissions', () => {
  it('adds each permission as a statement of the bus it names', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_cloudwatch_event_bus" "orders" {', // 1
        '  name = "orders"', // 2
        '}', // 3
        'resource "aws_cloudwatch_event_permission" "anyone" {', // 4
        '  principal      = "*"', // 5
        '  statement_id   = "AnyonePuts"', // 6
        '  event_bus_name = aws_cloudwatch_event_bus.orders.name', // 7
        '}', // 8
        'resource "aws_cloudwatch_event_permission" "org" {', // 9
        '  principal      = "*"', // 10
        '  statement_id   = "OrgPuts"', // 11
        '  event_bus_name = "orders"', // 12
        '  condition {', // 13
        '    key   = "aws:PrincipalOrgID"', // 14
        '    type  = "StringEquals"', // 15
        '    value = "o-abc123"', // 16
        '  }', // 17
        '}', // 18
        'resource "aws_cloudwatch_event_permission" "partner" {', // 19
        '  principal    = "123456789012"', // 20
        '  statement_id = "Partner"', // 21
        '  action       = "events:PutEvents"', // 22
        '}' // 23
      ].join('\n')
    })
    expect(diagnostics).toEqual([])
    const bus = byId(service.resources, 'aws_cloudwatch_event_bus.orders')
    expect(bus.policies.map(p => p.loc.line)).toEqual([4, 9])
    const [anyone, org] = bus.policies.map(p => p.statements[0])
    expect(summary(anyone)).toEqual({
      sid: 'AnyonePuts',
      effect: 'Allow',
      actions: ['events:PutEvents'],
      principals: [['*', '*', 5]],
      line: 4
    })
    expect(anyone?.condition).toBeUndefined()
    expect(summary(org).sid).toBe('OrgPuts')
    // The condition block reads as IAM writes it.
    const condition = org?.condition
    expect(condition?.kind).toBe('map')
    const test = condition?.kind === 'map' ? condition.entries.get('StringEquals') : undefined
    expect(test?.keyLoc.line).toBe(15)
    const key =
      test?.value.kind === 'map' ? test.value.entries.get('aws:PrincipalOrgID') : undefined
    expect(key).toMatchObject({ keyLoc: { line: 14 }, value: { value: 'o-abc123' } })

    // The account's default bus is not in the folder: the permission stands for it.
    const partner = byId(service.resources, 'aws_cloudwatch_event_permission.partner')
    expect(partner).toMatchObject({
      kind: 'event-bus',
      type: 'aws_cloudwatch_event_permission',
      name: { value: 'default', loc: { line: 19 } },
      loc: { file: 'mod/main.tf', line: 19, column: 1 }
    })
    expect(summary(partner.policies[0]?.statements[0])).toEqual({
      sid: 'Partner',
      effect: 'Allow',
      actions: ['events:PutEvents'],
      principals: [['AWS', '123456789012', 20]],
      line: 19
    })
  })

  it('keeps a condition whose operator or key is an expression undecided', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'resource "aws_cloudwatch_event_permission" "p" {',
        '  principal      = var.principal',
        '  statement_id   = "P"',
        '  event_bus_name = var.bus',
        '  condition {',
        '    key   = var.condition_key',
        '    type  = "StringEquals"',
        '    value = "o-abc123"',
        '  }',
        '}'
      ].join('\n')
    })
    const resource = byId(service.resources, 'aws_cloudwatch_event_permission.p')
    expect(shown(resource.name)).toBe('{var.bus}')
    const statement = resource.policies[0]?.statements[0]
    expect(statement?.principals.map(p => [p.type, shown(p.value)])).toEqual([
      ['AWS', '{var.principal}']
    ])
    expect(statement?.condition).toMatchObject({
      kind: 'symbolic',
      fn: 'condition',
      refs: ['var.condition_key'],
      loc: { line: 5 }
    })
  })
})

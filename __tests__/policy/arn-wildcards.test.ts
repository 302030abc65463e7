import { describe, expect, it } from '@jest/globals'
import { escalationTargetIn, everyOfType } from '../../src/policy/rules/lib/arn-wildcards.js'
import type { SymbolicValue } from '../../src/model/value.js'

const loc = { file: 'template.yaml', line: 1, column: 1 }
const literal = (value: string) => ({ value, loc })
const sub = (template: string) => {
  const value: SymbolicValue = {
    kind: 'symbolic',
    fn: 'Fn::Sub',
    expr: `!Sub ${template}`,
    refs: [],
    args: { kind: 'scalar', value: template, loc },
    loc
  }
  return { value, loc }
}

describe('ARNs naming every resource of a type', () => {
  it.each([
    ['arn:aws:iam::*:role/*', 'role/'],
    ['arn:aws:iam::123456789012:role*', 'role'],
    ['arn:aws:iam::123456789012:*', ''],
    ['arn:aws:lambda:us-east-1:123456789012:function:*', 'function:'],
    ['arn:aws:secretsmanager:*:*:secret:*', 'secret:']
  ])('%s covers %s', (arn, prefix) => {
    expect(everyOfType(literal(arn))).toEqual({ service: arn.split(':')[2], prefix })
  })

  it('reads partition, region and account left to deployment as any', () => {
    expect(everyOfType(sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*'))).toEqual({
      service: 'iam',
      prefix: 'role/'
    })
  })

  it.each([
    'arn:aws:iam::123456789012:role/service-role/*',
    'arn:aws:iam::123456789012:role/orders-*',
    'arn:aws:secretsmanager:*:*:secret:prod-*',
    'arn:aws:iam::123456789012:role/${aws:PrincipalTag/team}-*',
    '*'
  ])('%s is scoped (or not an ARN)', arn => {
    expect(everyOfType(literal(arn))).toBeUndefined()
  })

  it('is undecided when the resource part is left to deployment', () => {
    expect(everyOfType(sub('arn:aws:iam::123456789012:role/${RoleName}'))).toBeUndefined()
  })

  it('matches an escalation action only on the type it acts on', () => {
    const roles = everyOfType(literal('arn:aws:iam::*:role/*'))
    const functions = everyOfType(literal('arn:aws:lambda:*:*:function:*'))
    if (!roles || !functions) throw new Error('not read')
    expect(escalationTargetIn('iam:PassRole', roles)).toBe('role')
    expect(escalationTargetIn('sts:AssumeRole', roles)).toBe('role')
    expect(escalationTargetIn('iam:CreateAccessKey', roles)).toBeUndefined()
    expect(escalationTargetIn('lambda:UpdateFunctionCode', roles)).toBeUndefined()
    expect(escalationTargetIn('lambda:UpdateFunctionCode', functions)).toBe('function')
  })
})

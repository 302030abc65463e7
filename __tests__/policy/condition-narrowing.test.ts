import { describe, expect, it } from '@jest/globals'
import type { Value } from '../../src/model/value.js'
import { conditionTestNarrows } from '../../src/policy/rules/lib/condition-narrowing.js'

const loc = { file: 'template.yaml', line: 1, column: 1 }
const values = (...vs: string[]): Value => ({
  kind: 'list',
  items: vs.map(v => ({ kind: 'scalar', value: v, loc })),
  loc
})
const expression: Value = {
  kind: 'symbolic',
  fn: 'Ref',
  expr: '!Ref AWS::AccountId',
  refs: [],
  loc
}

// Each row: operator, key, values, whether the test narrows who can use the statement.
const CASES: [string, string, string[], boolean][] = [
  // ARN keys: a wildcard account (or no account and a wildcard resource) names nobody.
  ['ArnLike', 'aws:PrincipalArn', ['*'], false],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*'], false],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:*'], false],
  ['ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::*:role/deploy'], false],
  ['StringLike', 'aws:PrincipalArn', ['arn:aws:iam::*'], false],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/*'], true],
  ['ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/deploy'], true],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:*:*'], false],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:eu-west-1:111122223333:*'], true],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::*'], false],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::uploads-*'], false],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::uploads/*'], true],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:eu-west-1:111122223333:a', '*'], false],
  // Account, organisation and network ids.
  ['StringLike', 'aws:SourceAccount', ['*'], false],
  ['StringLike', 'aws:SourceAccount', ['1111*'], false],
  ['StringLike', 'aws:SourceAccount', ['111122223333'], true],
  ['StringEquals', 'aws:SourceAccount', ['111122223333'], true],
  // StringEquals compares exactly: no account is the string `*`.
  ['StringEquals', 'aws:SourceAccount', ['*'], true],
  ['StringLike', 'aws:PrincipalOrgID', ['o-*'], false],
  ['StringEquals', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5'], true],
  ['StringLike', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/r-ab12/*'], true],
  ['StringLike', 'aws:PrincipalOrgPaths', ['*/r-ab12/*'], false],
  ['StringLike', 'aws:userid', ['AROAEXAMPLEID:*'], true],
  ['StringLike', 'aws:userid', ['*:deploy'], false],
  ['StringLike', 'aws:SourceVpce', ['vpce-*'], false],
  ['StringEquals', 'aws:SourceVpce', ['vpce-1a2b3c4d'], true],
  ['StringEqualsIgnoreCase', 'aws:PrincipalAccount', ['111122223333'], true],
  ['StringLike', 'kms:CallerAccount', ['111122223333'], true],
  ['StringEquals', 'sts:ExternalId', ['partner-7f3a'], true],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], true],
  ['IpAddress', 'aws:SourceIp', ['0.0.0.0/0'], false],
  ['IpAddress', 'aws:SourceIp', ['::/0'], false],
  // Negated operators mean "everyone except": they name nobody.
  ['StringNotEquals', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5'], false],
  ['ArnNotEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/deploy'], false],
  ['ArnNotLike', 'aws:SourceArn', ['arn:aws:sns:eu-west-1:111122223333:*'], false],
  ['StringNotLike', 'aws:SourceAccount', ['111122223333'], false],
  ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], false],
  // ...IfExists and ForAllValues: also match requests without the key.
  ['StringEqualsIfExists', 'aws:SourceAccount', ['111122223333'], false],
  ['ArnLikeIfExists', 'aws:SourceArn', ['arn:aws:sns:eu-west-1:111122223333:*'], false],
  ['ForAllValues:StringEquals', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5'], false],
  ['ForAnyValue:StringEquals', 'aws:PrincipalOrgID', ['o-a1b2c3d4e5'], true],
  // Keys that do not identify the caller, and operators that compare no identity.
  ['StringEquals', 'aws:RequestedRegion', ['eu-west-1'], false],
  ['StringEquals', 'kms:ViaService', ['s3.eu-west-1.amazonaws.com'], false],
  ['Null', 'aws:PrincipalOrgID', ['false'], false],
  ['Bool', 'aws:SecureTransport', ['true'], false]
]

describe('which condition tests narrow who can use a statement', () => {
  it.each(CASES)('%s %s %j narrows: %s', (operator, key, written, narrows) => {
    expect(conditionTestNarrows(operator, key, values(...written))).toBe(narrows)
  })

  it('takes keys case-insensitively, as IAM does', () => {
    expect(conditionTestNarrows('stringequals', 'AWS:SOURCEACCOUNT', values('1'))).toBe(true)
  })

  it('counts an expression as naming one account or ARN', () => {
    expect(conditionTestNarrows('ArnLike', 'aws:SourceArn', expression)).toBe(true)
  })

  it('narrows nothing with an empty value list', () => {
    expect(conditionTestNarrows('StringEquals', 'aws:SourceAccount', values())).toBe(false)
  })
})

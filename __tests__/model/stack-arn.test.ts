import { describe, expect, it } from '@jest/globals'
import { exactName } from '../../src/model/stack-arn.js'
import type { Value } from '../../src/model/value.js'

const loc = { file: 't', line: 1, column: 1 }
const sub = (text: string): Value => ({
  kind: 'symbolic',
  fn: 'Fn::Sub',
  expr: `!Sub ${text}`,
  refs: [],
  args: { kind: 'scalar', value: text, loc },
  loc
})

describe('exact names of resources a template defines', () => {
  it.each([
    ['arn:aws:lambda:us-east-1:123456789012:function:worker', 'function', 'worker'],
    [
      sub('arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:worker'),
      'function',
      'worker'
    ],
    ['arn:aws:iam::123456789012:role/service/visitors', 'role', 'visitors'],
    ['arn:aws:s3:::uploads', 'bucket', 'uploads'],
    ['uploads', 'bucket', 'uploads'],
    ['arn:aws-cn:sns:cn-north-1:123456789012:orders', 'topic', 'orders'],
    [sub('arn:aws:events:${AWS::Region}:${AWS::AccountId}:event-bus/orders'), 'event-bus', 'orders']
  ] as const)('%j names the %s %s', (v, kind, name) => {
    expect(exactName(v, kind)).toBe(name)
  })

  it.each([
    ['arn:aws:lambda:us-east-1:123456789012:function:worker:live', 'function'],
    ['arn:aws:lambda:*:123456789012:function:worker', 'function'],
    ['arn:aws:lambda:us-east-1:123456789012:function:work*', 'function'],
    ['worker', 'function'],
    [sub('arn:aws:lambda:${Region}:${AWS::AccountId}:function:worker'), 'function'],
    [sub('arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}'), 'queue'],
    ['arn:aws:sqs:us-east-1:123456789012:orders', 'topic'],
    ['arn:aws:s3:::uploads/*', 'bucket']
  ] as const)('%j names no %s exactly', (v, kind) => {
    expect(exactName(v, kind)).toBeUndefined()
  })
})

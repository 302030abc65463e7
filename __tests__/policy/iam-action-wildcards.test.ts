import { describe, expect, it } from '@jest/globals'
import {
  isAnyResource,
  isFullWildcard,
  isServiceWildcard
} from '../../src/policy/rules/lib/iam-actions.js'
import { scanFiles } from '../helpers/scan.js'

/**
 * IAM matches `*` and `?` anywhere in an action: `*:**` or `?*:*` grant every action as `*` does,
 * and `s?:*` every action of a service as `s3:*` does. Written so, they are what they grant.
 */
describe('IAM action wildcards however they are spelled', () => {
  it('every action', () => {
    for (const a of ['*', '*:*', '**', '*:**', '**:*', '?*:*', '*:?*', '*?']) {
      expect([a, isFullWildcard(a)]).toEqual([a, true])
    }
    for (const a of ['s3:*', '*:Get*', 'iam:*', '*:', '?', 'a*:*']) {
      expect([a, isFullWildcard(a)]).toEqual([a, false])
    }
  })

  it('every action of a service', () => {
    for (const a of ['s3:*', 's?:*', '*3:*', 'l?mbda:**', 'dynamodb:?*']) {
      expect([a, isServiceWildcard(a)]).toEqual([a, true])
    }
    for (const a of ['s3:Get*', '*:*', 's3:', 'ec2:?']) {
      expect([a, isServiceWildcard(a)]).toEqual([a, false])
    }
  })

  it('every resource', () => {
    for (const r of ['*', '**', '?*', 'arn:*:*:*:*:*', 'arn:aws:*:*:*:*', 'arn:aws-cn:*:*:*:*']) {
      expect([r, isAnyResource(r)]).toEqual([r, true])
    }
    for (const r of ['arn:aws:s3:::*', 'arn:aws:*:*:123456789012:*', 'arn:aws:*:*:*', 'x*']) {
      expect([r, isAnyResource(r)]).toEqual([r, false])
    }
  })

  it.each([
    ['"*:**"', '"*"'],
    ['"*"', '"arn:aws:*:*:*:*"'],
    ['"*"', '"**"']
  ])('reports a role granting %s on %s as administrator access', async (action, resource) => {
    const r = await scanFiles({ 'template.yaml': adminRole(action, resource) })
    expect(r.findings.map(f => f.ruleId)).toContain('iam-admin-access')
  })
})

const adminRole = (action: string, resource: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: ${action}, Resource: ${resource} }]
`

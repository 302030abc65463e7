import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

/** Three alternative GET methods of one route, one per stage: each is created under its condition. */
const template = (authorized: string) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage:
    Type: String
Conditions:
  IsA: !Equals [!Ref Stage, a]
  IsB: !Equals [!Ref Stage, b]
  IsC: !Equals [!Ref Stage, c]
Resources:
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref Api
      ParentId: !GetAtt Api.RootResourceId
      PathPart: orders
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  Pool:
    Type: AWS::Cognito::UserPool
  Authorizer:
    Type: AWS::ApiGateway::Authorizer
    Properties:
      RestApiId: !Ref Api
      Type: COGNITO_USER_POOLS
      IdentitySource: method.request.header.Authorization
      ProviderARNs: [!GetAtt Pool.Arn]
${['A', 'B', 'C']
  .map(
    n => `  Get${n}:
    Type: AWS::ApiGateway::Method
    Condition: Is${n}
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Orders
      HttpMethod: GET
${
  n === authorized
    ? '      AuthorizationType: COGNITO_USER_POOLS\n      AuthorizerId: !Ref Authorizer\n'
    : '      AuthorizationType: NONE\n'
}      Integration:
        Type: MOCK
`
  )
  .join('')}`

const diffOnly = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.findings.filter(f => f.ruleId.startsWith('diff-')).map(f => [f.ruleId, f.location.line])

describe('endpoints that share a route key', () => {
  it('a template whose routes did not change reports no lost authorization and no change', async () => {
    const text = template('A')
    // An edit elsewhere in the file, so the pull request evaluates it.
    const edited = text.replace(
      '      Name: orders\n',
      '      Name: orders\n      Description: orders API\n'
    )
    const r = await scanFiles({ 'template.yaml': edited }, { 'template.yaml': text })
    expect(diffOnly(r)).toEqual([])
    expect(
      r.changes.filter(c => c.kind.startsWith('endpoint') || c.kind === 'auth-changed')
    ).toEqual([])
  })

  it('each method is compared with its own base: the one that loses its authorizer is reported', async () => {
    const r = await scanFiles(
      { 'template.yaml': template('none') },
      { 'template.yaml': template('A') }
    )
    // Reported on its own, or folded into the finding that the route is now public.
    const lost = r.findings.filter(
      f => f.ruleId === 'diff-auth-removed' || f.also?.some(a => a.ruleId === 'diff-auth-removed')
    )
    expect(lost.map(f => [f.resource, f.status])).toEqual([['GetA', 'new']])
    expect(r.changes.filter(c => c.kind === 'auth-changed').map(c => c.resource)).toEqual(['GetA'])
  })
})

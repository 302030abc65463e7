import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { adminFunction, markedSteps, pathFindings as paths, stepsOf } from './fixtures.js'

/**
 * A private REST API is reached through VPC endpoints: with a resource policy that lets anyone
 * invoke it and names no endpoint or account, the endpoints of any AWS account get in.
 */
function privateApi(statements: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: internal
      EndpointConfiguration:
        Types: [PRIVATE]
      Policy:
        Statement:
${statements}
  Reports:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref Api
      ParentId: !GetAtt Api.RootResourceId
      PathPart: reports
  GetReports:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Reports
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Worker.Arn}/invocations'
${adminFunction('Worker')}`
}

const OPEN = `          - Effect: Allow # step: entry
            Principal: '*'
            Action: execute-api:Invoke
            Resource: execute-api:/*`

describe('a private API whose resource policy admits any VPC endpoint', () => {
  it('is a way in for any AWS account, at the policy statement', async () => {
    const files = { 'template.yaml': privateApi(OPEN) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it.each([
    [
      'the statement names the VPC endpoint',
      `${OPEN}
            Condition:
              StringEquals:
                aws:SourceVpce: vpce-0a1b2c3d4e5f67890`
    ],
    [
      'a Deny keeps every other endpoint out, as the API Gateway guide writes it',
      `${OPEN}
          - Effect: Deny
            Principal: '*'
            Action: execute-api:Invoke
            Resource: execute-api:/*
            Condition:
              StringNotEquals:
                aws:SourceVpce: vpce-0a1b2c3d4e5f67890`
    ]
  ])('forms no path when %s', async (_name, statements) => {
    expect(paths(await scanFiles({ 'template.yaml': privateApi(statements) }))).toEqual([])
  })
})

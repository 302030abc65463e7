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
    ],
    [
      'the open statement names another route only',
      OPEN.replace('execute-api:/*', 'execute-api:/*/POST/reports')
    ]
  ])('forms no path when %s', async (_name, statements) => {
    expect(paths(await scanFiles({ 'template.yaml': privateApi(statements) }))).toEqual([])
  })
})

/** A SAM private API; `auth` is its `Auth` (indented under it), `policy` the function's. */
function samPrivateApi(auth: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration:
        Type: PRIVATE
      Auth:
${auth}
  Worker: # step: function
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      InlineCode: 'exports.handler = async () => ({})'
      Policies:
        - AdministratorAccess # step: grant
      Events:
        Reports:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /reports
            Method: get
`
}

const SAM_OPEN = `        ResourcePolicy:
          CustomStatements:
            - Effect: Allow # step: entry
              Principal: '*'
              Action: execute-api:Invoke
              Resource: execute-api:/*`

describe('a SAM private API whose Auth.ResourcePolicy admits any VPC endpoint', () => {
  it('is a way in for any AWS account, at the custom statement', async () => {
    const files = { 'template.yaml': samPrivateApi(SAM_OPEN) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })

  it('forms no path when SAM adds a whitelist that keeps other endpoints out', async () => {
    const auth = `${SAM_OPEN}
          SourceVpcWhitelist: [vpce-0a1b2c3d4e5f67890]`
    expect(paths(await scanFiles({ 'template.yaml': samPrivateApi(auth) }))).toEqual([])
  })
})

/** A Serverless service whose REST API is private; `settings` are more lines of `provider`. */
function slsPrivateApi(...settings: string[]): string {
  return slsApi('  endpointType: PRIVATE', ...settings)
}

/** A Serverless service with an admin function behind a REST route; `settings` are of `provider`. */
function slsApi(...settings: string[]): string {
  return [
    'service: internal',
    'provider:',
    '  name: aws',
    '  runtime: nodejs22.x',
    ...settings,
    '  iam:',
    '    role:',
    '      statements:',
    '        - Effect: Allow',
    "          Action: '*' # step: grant",
    "          Resource: '*'",
    'functions:',
    '  worker: # step: function',
    '    handler: index.handler',
    '    events:',
    '      - http: GET /reports',
    ''
  ].join('\n')
}

describe('a Serverless private REST API', () => {
  it('is no way in from the internet: without a resource policy, no path', async () => {
    expect(paths(await scanFiles({ 'serverless.yml': slsPrivateApi() }))).toEqual([])
  })

  it('is a way in for any AWS account when its resourcePolicy admits any VPC endpoint', async () => {
    const files = {
      'serverless.yml': slsPrivateApi(
        '  apiGateway:',
        '    resourcePolicy:',
        '      - Effect: Allow # step: entry',
        "        Principal: '*'",
        '        Action: execute-api:Invoke',
        '        Resource: execute-api:/*'
      )
    }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-cross-account-invoke-privileged'])
    expect(stepsOf(found[0])).toEqual(markedSteps(files))
  })
})

/** `provider.apiGateway.resourcePolicy` of a regional REST API: one Allow to anyone, with `condition`. */
function resourcePolicy(...condition: string[]): string[] {
  return [
    '  apiGateway:',
    '    resourcePolicy:',
    '      - Effect: Allow',
    "        Principal: '*'",
    '        Action: execute-api:Invoke',
    '        Resource: execute-api:/*/*/*',
    ...condition
  ]
}

describe('a Serverless REST API whose resource policy names who may call it', () => {
  it.each([
    [
      'an IP range',
      ['        Condition:', '          IpAddress:', '            aws:SourceIp: 203.0.113.0/24']
    ],
    [
      'a VPC endpoint',
      ['        Condition:', '          StringEquals:', '            aws:SourceVpce: vpce-0a1b2c3d']
    ]
  ])('is no way in from the internet when it admits %s', async (_name, condition) => {
    const r = await scanFiles({ 'serverless.yml': slsApi(...resourcePolicy(...condition)) })
    expect(paths(r)).toEqual([])
  })

  it('is a way in from the internet when it lets anyone invoke with no condition', async () => {
    const files = { 'serverless.yml': slsApi(...resourcePolicy()) }
    const found = paths(await scanFiles(files))
    expect(found.map(f => f.ruleId)).toEqual(['path-public-admin-function'])
  })
})

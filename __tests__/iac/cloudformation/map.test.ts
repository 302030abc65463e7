import { describe, expect, it } from '@jest/globals'
import {
  mapCloudFormationTemplate,
  type ExternalId
} from '../../../src/iac/cloudformation/index.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { emptyService } from '../../../src/iac/types.js'
import { locationAt } from '../../../src/model/location.js'
import type { LambdaFunction, Role, Service } from '../../../src/model/types.js'
import type { MapValue } from '../../../src/model/value.js'
import { byId } from './fixtures.js'

/** A `resources` section the way a Serverless service writes it. */
const RESOURCES = `
Resources:
  HelloPermission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !GetAtt HelloLambdaFunction.Arn
      Action: lambda:InvokeFunction
      Principal: '*'
  ExtraPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref IamRoleLambdaExecution]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  ByNameLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /aws/lambda/orders-dev-hello
      RetentionInDays: 3
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: cron(0 3 * * ? *)
      Targets:
        - Arn: !GetAtt HelloLambdaFunction.Arn
          Id: hello
  RootMethod:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref ApiGatewayRestApi
      ResourceId: !GetAtt ApiGatewayRestApi.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${HelloLambdaFunction.Arn}/invocations
  Assets:
    Type: AWS::S3::Bucket
Outputs:
  AssetsName:
    Value: !Ref Assets
`

function serverlessService(): { service: Service; hello: LambdaFunction; role: Role } {
  const loc = locationAt('serverless.yml', 1)
  const service = emptyService('serverless.yml', 'orders', 'serverless', '', loc)
  const hello: LambdaFunction = {
    id: 'hello',
    name: { value: 'orders-dev-hello', loc: locationAt('serverless.yml', 10, 3) },
    architectures: [],
    environment: [],
    layers: [],
    triggers: [],
    loc: locationAt('serverless.yml', 10, 3)
  }
  const role: Role = {
    id: 'IamRoleLambdaExecution',
    policies: [],
    generatedBy: 'serverless',
    loc: locationAt('serverless.yml', 5, 3)
  }
  service.functions.push(hello)
  service.roles.push(role)
  return { service, hello, role }
}

function resourcesSection(): MapValue {
  const { value } = loadDocument('serverless.yml', RESOURCES)
  if (value?.kind !== 'map') throw new Error('not a map')
  return value
}

const EXTERNAL = new Map<string, ExternalId>([
  ['HelloLambdaFunction', { kind: 'function', id: 'hello' }],
  ['IamRoleLambdaExecution', { kind: 'role', id: 'IamRoleLambdaExecution' }],
  ['ApiGatewayRestApi', { kind: 'api', id: 'ApiGatewayRestApi' }]
])

describe('mapCloudFormationTemplate on a Serverless resources section', () => {
  it('appends the resources to the service and links them to the functions, roles and APIs named from outside', () => {
    const { service, hello, role } = serverlessService()
    const diagnostics = mapCloudFormationTemplate(
      { template: resourcesSection(), externalIds: EXTERNAL },
      service
    )
    expect(diagnostics).toEqual([])
    expect(service.functions).toEqual([hello])
    expect(byId(service.permissions, 'HelloPermission')).toMatchObject({
      functionId: 'hello',
      principal: { value: '*', loc: { file: 'serverless.yml', line: 8 } }
    })
    const extra = byId(service.policies, 'ExtraPolicy')
    expect(extra.attachedTo).toEqual(['IamRoleLambdaExecution'])
    expect(role.policies).toEqual([extra])
    // The log group is named after the function's deployed name.
    expect(hello.logRetentionDays).toMatchObject({ value: 3, loc: { line: 23 } })
    expect(hello.triggers).toMatchObject([
      { kind: 'schedule', source: { value: 'cron(0 3 * * ? *)' }, async: true },
      { kind: 'rest-api', endpointId: 'RootMethod', source: { value: 'GET /' } }
    ])
    expect(byId(service.endpoints, 'RootMethod')).toMatchObject({
      apiId: 'ApiGatewayRestApi',
      path: { value: '/' },
      functionIds: ['hello'],
      auth: { type: 'none', loc: { line: 37 } }
    })
    expect(byId(service.resources, 'Assets').kind).toBe('bucket')
    expect(service.rawResources.map(r => r.id)).toEqual([
      'HelloPermission',
      'ExtraPolicy',
      'ByNameLogs',
      'Nightly',
      'RootMethod',
      'Assets'
    ])
  })

  it('leaves references to unknown ids unlinked without external ids', () => {
    const { service, hello } = serverlessService()
    const diagnostics = mapCloudFormationTemplate({ template: resourcesSection() }, service)
    expect(diagnostics).toEqual([])
    expect(byId(service.permissions, 'HelloPermission').functionId).toBeUndefined()
    expect(byId(service.policies, 'ExtraPolicy').attachedTo).toEqual([])
    // The literal log group name still names the function.
    expect(hello.logRetentionDays?.value).toBe(3)
    expect(byId(service.endpoints, 'RootMethod').functionIds).toEqual([])
  })

  it('accepts a section with no Resources', () => {
    const { service } = serverlessService()
    const { value } = loadDocument('serverless.yml', 'Outputs:\n  X:\n    Value: 1\n')
    expect(mapCloudFormationTemplate({ template: value as MapValue }, service)).toEqual([])
    expect(service.rawResources).toEqual([])
  })
})

import { describe, expect, it } from '@jest/globals'
import { buildDir, buildText, byId, lines, symbolicOf } from './helpers.js'

describe('Serverless resources and API stages', () => {
  it('maps resources.Resources through the CloudFormation mapper, knowing generated ids', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: res', // 1
        'provider:', // 2
        '  name: aws', // 3
        'functions:', // 4
        '  hello-world:', // 5
        '    handler: hello.handler', // 6
        'resources:', // 7
        '  Resources:', // 8
        '    Uploads:', // 9
        '      Type: AWS::S3::Bucket', // 10
        '    InvokeFromBucket:', // 11
        '      Type: AWS::Lambda::Permission', // 12
        '      Properties:', // 13
        '        Action: lambda:InvokeFunction', // 14
        '        FunctionName: !GetAtt HelloDashworldLambdaFunction.Arn', // 15
        '        Principal: s3.amazonaws.com', // 16
        '        SourceArn: !GetAtt Uploads.Arn', // 17
        '  Outputs:', // 18
        '    BucketName:', // 19
        '      Value: !Ref Uploads', // 20
        '  extensions:', // 21
        '    HelloDashworldLambdaFunction:', // 22
        '      Properties:', // 23
        '        ReservedConcurrentExecutions: 3', // 24
        '        TracingConfig:', // 25
        '          Mode: Active', // 26
        '    IamRoleLambdaExecution:', // 27
        '      Properties:', // 28
        '        PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary' // 29
      )
    )
    expect(diagnostics).toEqual([])
    expect(service.rawResources.map(r => [r.id, r.type, r.loc.line])).toEqual([
      ['Uploads', 'AWS::S3::Bucket', 9],
      ['InvokeFromBucket', 'AWS::Lambda::Permission', 11]
    ])
    expect(byId(service.resources, 'Uploads')).toMatchObject({ kind: 'bucket', loc: { line: 9 } })
    // The permission names the generated logical id of function `hello-world`.
    expect(byId(service.permissions, 'InvokeFromBucket')).toMatchObject({
      functionId: 'hello-world',
      principal: { value: 's3.amazonaws.com' }
    })
    const fn = byId(service.functions, 'hello-world')
    expect(fn.reservedConcurrency).toMatchObject({ value: 3, loc: { line: 24 } })
    expect(fn.tracing).toMatchObject({ value: 'Active', loc: { line: 26 } })
    expect(byId(service.roles, 'IamRoleLambdaExecution').permissionsBoundary).toMatchObject({
      loc: { line: 29 }
    })
  })

  it('reads a generated resource written without a Type as an override', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:',
        '  name: aws',
        'functions:',
        '  hello:',
        '    handler: hello.handler',
        'resources:',
        '  Resources:',
        '    HelloLambdaFunction:',
        '      Properties:',
        '        KmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/k'
      )
    )
    expect(diagnostics).toEqual([])
    expect(service.rawResources).toEqual([])
    expect(byId(service.functions, 'hello').kmsKeyArn).toMatchObject({ loc: { line: 10 } })
  })

  it('reads the REST API policy and endpoint type that resources set on the generated API', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        '  apiGateway:', // 3
        '    resourcePolicy:', // 4
        "      - { Effect: Allow, Principal: '*', Action: execute-api:Invoke, Resource: '*' }", // 5
        'functions:', // 6
        '  a:', // 7
        '    handler: a.handler', // 8
        '    events:', // 9
        '      - http: GET a', // 10
        'resources:', // 11
        '  Resources:', // 12
        '    ApiGatewayRestApi:', // 13
        '      Properties:', // 14
        '        EndpointConfiguration:', // 15
        '          Types: [PRIVATE]', // 16
        '        Policy:', // 17
        '          Statement:', // 18
        '            - Effect: Allow', // 19
        "              Principal: '*'", // 20
        '              Action: execute-api:Invoke', // 21
        '              Resource: execute-api:/*', // 22
        '              Condition:', // 23
        '                StringEquals:', // 24
        '                  aws:SourceVpce: vpce-0a1b2c3d' // 25
      )
    )
    expect(diagnostics).toEqual([])
    const api = byId(service.resources, 'ApiGatewayRestApi')
    expect(api.attributes.endpointType).toMatchObject({ value: 'PRIVATE', loc: { line: 16 } })
    // The policy written there replaces the one provider.apiGateway.resourcePolicy makes.
    expect(api.policies.map(d => d.statements.map(s => s.loc.line))).toEqual([[19]])
  })

  it('makes API stages only for the APIs that exist, with the provider settings', async () => {
    const { service } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        '  stage: prod', // 3
        '  endpointType: REGIONAL', // 4
        '  tracing:', // 5
        '    apiGateway: true', // 6
        '  logs:', // 7
        '    restApi:', // 8
        '      level: ERROR', // 9
        '    httpApi: true', // 10
        '  apiGateway:', // 11
        '    usagePlan:', // 12
        '      throttle:', // 13
        '        burstLimit: 200', // 14
        '        rateLimit: 100', // 15
        'service: stages', // 16
        'functions:', // 17
        '  a:', // 18
        '    handler: a.handler', // 19
        '    events:', // 20
        '      - http: GET a', // 21
        '      - httpApi: GET /a' // 22
      )
    )
    expect(byId(service.resources, 'ApiGatewayStage')).toMatchObject({
      kind: 'api-stage',
      type: 'AWS::ApiGateway::Stage',
      loc: { line: 1 },
      attributes: {
        apiId: 'ApiGatewayRestApi',
        stageName: { value: 'prod', loc: { line: 3 } },
        endpointType: { value: 'REGIONAL', loc: { line: 4 } },
        tracing: { value: true, loc: { line: 6 } },
        accessLogDestination: { value: '/aws/api-gateway/stages-prod', loc: { line: 8 } },
        loggingLevel: { value: 'ERROR', loc: { line: 9 } },
        // The framework logs full requests and responses unless fullExecutionData is false.
        dataTrace: { value: true, loc: { line: 8 } },
        usagePlanBurstLimit: { value: 200, loc: { line: 14 } },
        usagePlanRateLimit: { value: 100, loc: { line: 15 } }
      }
    })
    expect(byId(service.resources, 'HttpApiStage').attributes).toEqual({
      apiId: 'HttpApi',
      stageName: expect.objectContaining({ value: 'prod' }),
      accessLogDestination: expect.objectContaining({
        value: '/aws/http-api/stages-prod',
        loc: expect.objectContaining({ line: 10 })
      })
    })
    const none = await buildText(
      lines(
        'provider:',
        '  name: aws',
        '  logs:',
        '    restApi: true',
        'functions:',
        '  a:',
        '    handler: a.b'
      )
    )
    expect(none.service.resources).toEqual([])
  })

  it('leaves access logging off when it is turned off', async () => {
    const { service } = await buildText(
      lines(
        'provider:',
        '  name: aws',
        '  logs:',
        '    restApi:',
        '      accessLogging: false',
        '      executionLogging: false',
        'functions:',
        '  a:',
        '    handler: a.handler',
        '    events:',
        '      - http: GET a'
      )
    )
    const attributes = byId(service.resources, 'ApiGatewayStage').attributes
    expect(attributes.accessLogDestination).toBeUndefined()
    expect(attributes.loggingLevel).toMatchObject({ value: 'OFF', loc: { line: 6 } })
    expect(attributes.dataTrace).toBeUndefined()
  })

  it('reads includes from the repository on disk, and nothing outside it', async () => {
    const { service, diagnostics, reads } = await buildDir('own/includes')
    expect(service.files).toEqual([
      'serverless.yml',
      'config/settings.yml',
      'config/features.json',
      'resources/table.yml'
    ])
    expect(reads).not.toContain('../outside.yml')
    expect(reads.some(r => r.includes('outside') || r.startsWith('/') || r.endsWith('.js'))).toBe(
      false
    )
    const worker = byId(service.functions, 'worker')
    expect(worker.timeout).toMatchObject({ value: 120, loc: { file: 'serverless.yml', line: 23 } })
    const env = Object.fromEntries(worker.environment.map(v => [v.name, v.value]))
    expect(env.API_URL).toMatchObject({
      value: 'https://api.example.com/includes',
      loc: { line: 14 }
    })
    expect(env.FEATURES).toMatchObject({ value: 'beta-checkout' })
    expect(env.MISSING).toMatchObject({ value: 'fallback' })
    expect(symbolicOf(env.OUTSIDE)).toMatchObject({
      fn: 'file',
      expr: '${file(../outside.yml):secret}'
    })
    expect(symbolicOf(env.CODE)).toMatchObject({
      fn: 'file',
      expr: '${file(./handlers/config.js):value}'
    })
    // Resources from an included file are located in that file, with its variables resolved.
    expect(service.rawResources.map(r => [r.id, r.loc.file, r.loc.line])).toEqual([
      ['OrdersTable', 'resources/table.yml', 2],
      ['Topic', 'serverless.yml', 29]
    ])
    const table = byId(service.rawResources, 'OrdersTable').properties
    expect(table?.kind === 'map' && table.entries.get('TableName')?.value).toMatchObject({
      value: 'includes-staging-orders'
    })
    expect(diagnostics.map(d => [d.code, d.file, d.line])).toEqual([
      ['file-outside-repository', 'serverless.yml', 5],
      ['file-outside-repository', 'serverless.yml', 6],
      ['code-include', 'serverless.yml', 7],
      ['unresolved-include', 'serverless.yml', 27]
    ])
  })
})

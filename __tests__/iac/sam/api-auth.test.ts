import { beforeAll, describe, expect, it } from '@jest/globals'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import type { Service } from '../../../src/model/types.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import type { MapValue } from '../../../src/model/value.js'
import { buildFixture, byId, repoOf } from '../cloudformation/fixtures.js'

describe('SAM APIs and their auth', () => {
  let service: Service
  const endpoint = (event: string) => byId(service.endpoints, `OrdersFunction.${event}`)
  beforeAll(async () => {
    const built = await buildFixture(samFormat, 'sam/api-auth.yaml')
    expect(built.diagnostics).toEqual([])
    service = built.service
  })

  it("applies the API's default authorizer, typed from its definition", () => {
    expect(endpoint('ListOrders')).toMatchObject({
      kind: 'rest',
      apiId: 'SecureApi',
      method: { value: 'GET' },
      path: { value: '/orders' },
      functionIds: ['OrdersFunction'],
      auth: { type: 'cognito', authorizer: { value: 'UserPool' }, loc: { line: 29 } },
      loc: { line: 57 }
    })
  })

  it('lets an event override the default with NONE, AWS_IAM or another authorizer', () => {
    expect(endpoint('PublicHealth').auth).toEqual({
      type: 'none',
      loc: expect.objectContaining({ line: 70 })
    })
    expect(endpoint('AdminOrders').auth).toMatchObject({ type: 'iam', loc: { line: 79 } })
    expect(endpoint('TokenOrders').auth).toMatchObject({
      type: 'lambda',
      authorizer: { value: 'TokenAuth', loc: { line: 90 } }
    })
  })

  it('reads API keys from the API and the event, and request models', () => {
    expect(endpoint('ListOrders').apiKeyRequired).toMatchObject({ value: true, loc: { line: 30 } })
    expect(endpoint('PublicHealth').apiKeyRequired).toMatchObject({
      value: false,
      loc: { line: 71 }
    })
    expect(endpoint('AdminOrders').requestValidation).toMatchObject({
      value: true,
      loc: { line: 80 }
    })
  })

  it("gives endpoints their API's CORS (SAM's quoted origin unquoted)", () => {
    expect(endpoint('ListOrders').cors?.allowOrigins).toMatchObject([
      { value: '*', loc: { line: 27 } }
    ])
    expect(endpoint('HttpList').cors?.allowOrigins).toMatchObject([
      { value: '*', loc: { line: 39 } }
    ])
  })

  it('puts events without an API id on the implicit APIs, which have no auth', () => {
    expect(endpoint('Open')).toMatchObject({
      apiId: 'ServerlessRestApi',
      method: { value: 'ANY' },
      path: { value: '/open', loc: { line: 94 } },
      auth: { type: 'none' }
    })
    expect(endpoint('Open').auth.loc).toBeUndefined()
    expect(endpoint('Open').cors).toBeUndefined()
    expect(endpoint('CatchAll')).toMatchObject({
      kind: 'http',
      apiId: 'ServerlessHttpApi',
      method: { value: 'ANY' },
      path: { value: '$default' },
      auth: { type: 'none' }
    })
    expect(byId(service.resources, 'ServerlessRestApiProdStage').attributes).toMatchObject({
      apiId: 'ServerlessRestApi',
      stageName: { value: 'Prod' }
    })
    expect(
      byId(service.resources, 'ServerlessRestApiProdStage').attributes.accessLogDestination
    ).toBeUndefined()
  })

  it('types HTTP API authorizers (JWT) and lets events opt out', () => {
    expect(endpoint('HttpList')).toMatchObject({
      kind: 'http',
      apiId: 'HttpApi',
      auth: { type: 'jwt', authorizer: { value: 'Jwt' }, loc: { line: 46 } }
    })
    expect(endpoint('HttpPublic').auth).toMatchObject({ type: 'none', loc: { line: 109 } })
  })

  it('puts a trigger on the function for each API event', () => {
    const triggers = byId(service.functions, 'OrdersFunction').triggers
    expect(triggers).toHaveLength(8)
    expect(triggers[0]).toMatchObject({
      kind: 'rest-api',
      endpointId: 'OrdersFunction.ListOrders',
      source: { value: 'GET /orders' },
      async: false
    })
    expect(triggers.filter(t => t.kind === 'http-api')).toHaveLength(3)
  })

  it('reads the API, its stage and custom domain settings', () => {
    expect(byId(service.resources, 'SecureApi').attributes).toMatchObject({
      protocol: { value: 'REST' },
      endpointType: { value: 'REGIONAL', loc: { line: 14 } },
      securityPolicy: { value: 'TLS_1_0', loc: { line: 26 } }
    })
    expect(byId(service.resources, 'SecureApiprodStage').attributes).toMatchObject({
      apiId: 'SecureApi',
      stageName: { value: 'prod' },
      tracing: { value: true, loc: { line: 12 } },
      accessLogDestination: { value: { refs: ['ApiLogs'] }, loc: { line: 16 } },
      cacheEnabled: { value: true },
      dataTrace: { value: true },
      loggingLevel: { value: 'INFO', loc: { line: 22 } }
    })
    expect(byId(service.resources, 'SecureApiDomain')).toMatchObject({
      kind: 'api-domain',
      name: { value: 'api.example.com' },
      attributes: { securityPolicy: { value: 'TLS_1_0' } }
    })
    expect(byId(service.resources, 'HttpApiApiGatewayDefaultStage').attributes).toMatchObject({
      apiId: 'HttpApi',
      accessLogDestination: { loc: { line: 41 } },
      throttlingBurstLimit: { value: 5, loc: { line: 44 } }
    })
  })
})

describe('SAM Globals for the implicit API', () => {
  it('applies Globals.Api auth and stage settings to events without an API id', async () => {
    const { service, diagnostics } = await buildFixture(samFormat, 'sam/globals-api-auth.yaml')
    expect(diagnostics).toEqual([])
    expect(byId(service.endpoints, 'ReportFunction.GetReport')).toMatchObject({
      apiId: 'ServerlessRestApi',
      auth: { type: 'iam', loc: { line: 6 } },
      loc: { line: 15 }
    })
    const stage = byId(service.resources, 'ServerlessRestApiProdStage')
    expect(literal(stage.attributes.tracing)).toBe(true)
    expect(stage.attributes.tracing?.loc.line).toBe(4)
  })
})

describe('SAM events on an API this template does not define', () => {
  it('leaves their auth unknown rather than public', async () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Events:',
      '        Shared:',
      '          Type: Api',
      '          Properties:',
      '            RestApiId: !ImportValue shared-api',
      '            Path: /x',
      '            Method: get'
    ].join('\n')
    const document = loadDocument('t.yaml', text).value as MapValue
    const { services } = await samFormat.build({ file: 't.yaml', document }, repoOf())
    const endpoint = byId(services[0]?.endpoints ?? [], 'Fn.Shared')
    expect(endpoint.auth).toEqual({ type: 'unknown' })
    expect(endpoint.apiId).toBeUndefined()
  })
})

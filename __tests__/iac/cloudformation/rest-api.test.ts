import { beforeAll, describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import type { Diagnostic } from '../../../src/model/location.js'
import type { Service } from '../../../src/model/types.js'
import { buildFixture, byId } from './fixtures.js'

describe('CloudFormation: API Gateway REST APIs', () => {
  let service: Service
  let diagnostics: Diagnostic[]
  beforeAll(async () => {
    ;({ service, diagnostics } = await buildFixture(
      cloudformationFormat,
      'cloudformation/rest-api.yaml'
    ))
  })

  it('reports nothing for a valid template', () => {
    expect(diagnostics).toEqual([])
  })

  it('builds each method path by following ParentId up to the API root', () => {
    const paths = service.endpoints.map(e => [e.id, e.method?.value, e.path?.value])
    expect(paths).toEqual(
      expect.arrayContaining([
        ['GetUser', 'GET', '/users/{id}'],
        ['CreateUser', 'POST', '/users'],
        ['UsersOptions', 'OPTIONS', '/users'],
        ['RootAny', 'ANY', '/']
      ])
    )
    expect(byId(service.endpoints, 'GetUser').path?.loc.line).toBe(61)
  })

  it('keeps a path that loops as the reference written, without hanging', () => {
    const path = byId(service.endpoints, 'CustomAuthMethod').path
    expect(path?.value).toMatchObject({ kind: 'symbolic', refs: ['LoopA'] })
  })

  it('maps each authorization type, with the authorizer used', () => {
    const auth = (id: string) => byId(service.endpoints, id).auth
    expect(auth('GetUser')).toMatchObject({
      type: 'cognito',
      authorizer: { value: 'CognitoAuthorizer', loc: { line: 64 } },
      loc: { line: 63 }
    })
    expect(auth('CreateUser')).toMatchObject({ type: 'none', loc: { line: 75 } })
    expect(auth('RootAny')).toMatchObject({ type: 'iam', loc: { line: 96 } })
    expect(auth('CustomAuthMethod')).toMatchObject({
      type: 'lambda',
      authorizer: { value: 'TokenAuthorizer' }
    })
    // Nothing sets auth on the OPTIONS method: public, and no location to point at.
    expect(auth('UsersOptions')).toEqual({ type: 'none' })
  })

  it('reads a conditional authorization type as open when either branch is NONE', () => {
    const auth = byId(service.endpoints, 'ParamAuthMethod').auth
    expect(auth).toEqual({ type: 'none', loc: expect.objectContaining({ line: 116 }) })
  })

  it('reads API keys and request validation', () => {
    const create = byId(service.endpoints, 'CreateUser')
    expect(create.apiKeyRequired).toMatchObject({ value: true, loc: { line: 76 } })
    expect(create.requestValidation).toMatchObject({ value: 'BodyValidator', loc: { line: 77 } })
    expect(byId(service.endpoints, 'RootAny').requestValidation).toMatchObject({
      value: true,
      loc: { line: 97 }
    })
    expect(byId(service.endpoints, 'GetUser').requestValidation).toBeUndefined()
  })

  it('links integrations to functions (Sub and Join), with a trigger on each function', () => {
    for (const id of ['GetUser', 'CreateUser', 'RootAny']) {
      expect(byId(service.endpoints, id)).toMatchObject({
        apiId: 'Api',
        functionIds: ['UsersFunction']
      })
    }
    expect(byId(service.endpoints, 'UsersOptions').functionIds).toEqual([])
    const triggers = byId(service.functions, 'UsersFunction').triggers
    expect(triggers.map(t => [t.kind, t.endpointId, t.source?.value, t.async])).toEqual([
      ['rest-api', 'GetUser', 'GET /users/{id}', false],
      ['rest-api', 'CreateUser', 'POST /users', false],
      ['rest-api', 'RootAny', 'ANY /', false]
    ])
    // The authorizer function is referenced by the authorizer, not invoked by a route.
    expect(byId(service.functions, 'AuthFunction').triggers).toEqual([])
  })

  it('reads the API with its endpoint type and resource policy', () => {
    const api = byId(service.resources, 'Api')
    expect(api).toMatchObject({
      kind: 'api',
      name: { value: 'orders-api' },
      attributes: { endpointType: { value: 'PRIVATE' }, protocol: { value: 'REST' } }
    })
    expect(api.policies[0]?.statements[0]?.principals).toMatchObject([
      { type: '*', value: { value: '*', loc: { line: 13 } } }
    ])
  })

  it('reads a stage: access logs, tracing, caching, and method settings (every-method entry first)', () => {
    const stage = byId(service.resources, 'ProdStage')
    expect(stage.kind).toBe('api-stage')
    expect(stage.attributes).toMatchObject({
      apiId: 'Api',
      stageName: { value: 'prod' },
      accessLogDestination: { value: { refs: ['AccessLogs'] }, loc: { line: 154 } },
      tracing: { value: false },
      cacheEnabled: { value: true },
      cacheEncrypted: { value: false, loc: { line: 165 } },
      throttlingBurstLimit: { value: 100, loc: { line: 163 } },
      throttlingRateLimit: { value: 50 },
      loggingLevel: { value: 'ERROR', loc: { line: 160 } }
    })
  })

  it('reads the stage a deployment creates from its StageDescription', () => {
    const stage = byId(service.resources, 'Deployment.Stage')
    expect(stage.attributes).toMatchObject({
      apiId: 'Api',
      stageName: { value: 'beta' },
      tracing: { value: true },
      dataTrace: { value: true, loc: { line: 139 } },
      loggingLevel: { value: 'INFO', loc: { line: 140 } },
      cacheEnabled: { value: true, loc: { line: 144 } }
    })
    expect(stage.attributes.accessLogDestination).toBeUndefined()
  })

  it('attaches a WAF web ACL to the stage its ARN names', () => {
    expect(byId(service.resources, 'ProdStage').attributes.wafAclId).toMatchObject({
      value: { refs: ['WebAcl'] },
      loc: { line: 179 }
    })
    expect(byId(service.resources, 'Deployment.Stage').attributes.wafAclId).toBeUndefined()
  })

  it('reads a custom domain with its TLS policy', () => {
    expect(byId(service.resources, 'Domain')).toMatchObject({
      kind: 'api-domain',
      name: { value: 'api.example.com' },
      attributes: {
        securityPolicy: { value: 'TLS_1_0', loc: { line: 172 } },
        endpointType: { value: 'REGIONAL' }
      },
      loc: { line: 168 }
    })
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import type { Service } from '../../../src/model/types.js'
import { buildFixture, byId } from './fixtures.js'

describe('CloudFormation: HTTP and WebSocket APIs', () => {
  let service: Service
  beforeAll(async () => {
    const built = await buildFixture(cloudformationFormat, 'cloudformation/http-api.yaml')
    expect(built.diagnostics).toEqual([])
    service = built.service
  })

  it('splits route keys into method and path; $default takes any method', () => {
    expect(byId(service.endpoints, 'ListItems')).toMatchObject({
      kind: 'http',
      apiId: 'HttpApi',
      method: { value: 'GET', loc: { line: 26 } },
      path: { value: '/items', loc: { line: 26 } }
    })
    expect(byId(service.endpoints, 'PublicItems')).toMatchObject({
      method: { value: 'ANY' },
      path: { value: '$default', loc: { line: 34 } }
    })
  })

  it('maps route authorization: JWT with its authorizer, IAM, and none when nothing is set', () => {
    expect(byId(service.endpoints, 'ListItems').auth).toMatchObject({
      type: 'jwt',
      authorizer: { value: 'JwtAuthorizer', loc: { line: 28 } },
      loc: { line: 27 }
    })
    expect(byId(service.endpoints, 'IamItems').auth).toMatchObject({
      type: 'iam',
      loc: { line: 41 }
    })
    expect(byId(service.endpoints, 'PublicItems').auth).toEqual({ type: 'none' })
  })

  it('follows route targets through integrations to functions', () => {
    expect(byId(service.endpoints, 'ListItems').functionIds).toEqual(['ItemsFunction'])
    expect(byId(service.endpoints, 'PublicItems').functionIds).toEqual(['ItemsFunction'])
    expect(byId(service.endpoints, 'IamItems').functionIds).toEqual([])
    expect(byId(service.functions, 'ItemsFunction').triggers).toMatchObject([
      { kind: 'http-api', endpointId: 'ListItems', source: { value: 'GET /items' }, async: false },
      { kind: 'http-api', endpointId: 'PublicItems', async: false }
    ])
  })

  it('applies the API CORS configuration to its routes', () => {
    const cors = byId(service.endpoints, 'ListItems').cors
    expect(cors?.allowOrigins).toMatchObject([
      { value: 'https://app.example.com', loc: { line: 8 } }
    ])
    expect(byId(service.endpoints, 'ConnectRoute').cors).toBeUndefined()
  })

  it('reads WebSocket routes with a Lambda authorizer', () => {
    const connect = byId(service.endpoints, 'ConnectRoute')
    expect(connect).toMatchObject({
      kind: 'websocket',
      apiId: 'Socket',
      path: { value: '$connect', loc: { line: 76 } },
      functionIds: ['SocketFunction'],
      auth: { type: 'lambda', authorizer: { value: 'SocketAuthorizer' }, loc: { line: 77 } }
    })
    expect(connect.method).toBeUndefined()
    expect(byId(service.functions, 'SocketFunction').triggers).toContainEqual(
      expect.objectContaining({ kind: 'websocket', endpointId: 'ConnectRoute' })
    )
  })

  it('gives a quick-create API its public default route', () => {
    expect(byId(service.endpoints, 'QuickApi.DefaultRoute')).toMatchObject({
      kind: 'http',
      apiId: 'QuickApi',
      path: { value: '$default' },
      functionIds: ['SocketFunction'],
      auth: { type: 'none' },
      loc: { line: 80 }
    })
  })

  it('reads APIs, stages and domains', () => {
    expect(byId(service.resources, 'HttpApi').attributes.protocol?.value).toBe('HTTP')
    expect(byId(service.resources, 'Socket').attributes.protocol?.value).toBe('WEBSOCKET')
    expect(byId(service.resources, 'HttpStage')).toMatchObject({
      kind: 'api-stage',
      attributes: {
        apiId: 'HttpApi',
        stageName: { value: '$default' },
        accessLogDestination: { loc: { line: 49 } },
        throttlingBurstLimit: { value: 20, loc: { line: 52 } }
      }
    })
    expect(byId(service.resources, 'DomainV2').attributes).toMatchObject({
      securityPolicy: { value: 'TLS_1_2', loc: { line: 92 } },
      endpointType: { value: 'REGIONAL' }
    })
  })
})

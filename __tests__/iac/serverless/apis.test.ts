import { describe, expect, it } from '@jest/globals'
import { buildText, byId, lines } from './helpers.js'

/** A service with only websocket routes; `settings` are more lines of `provider`, from line 4. */
function websocketOnly(...settings: string[]): string {
  return lines(
    'service: chat', // 1
    'provider:', // 2
    '  name: aws', // 3
    ...settings,
    'functions:',
    '  connect:',
    '    handler: src/connect.handler',
    '    events:',
    '      - websocket: $connect',
    '      - websocket: $default'
  )
}

describe('Serverless websocket API stage', () => {
  it('models the stage of the implicit websocket API, with nothing set', async () => {
    const { service, diagnostics } = await buildText(websocketOnly())
    expect(diagnostics).toEqual([])
    expect(service.resources).toEqual([
      {
        id: 'WebsocketsDeploymentStage',
        kind: 'api-stage',
        type: 'AWS::ApiGatewayV2::Stage',
        policies: [],
        attributes: {
          apiId: 'WebsocketsApi',
          protocol: { value: 'WEBSOCKET', loc: expect.objectContaining({ line: 2 }) }
        },
        loc: expect.objectContaining({ file: 'serverless.yml', line: 2, column: 1 })
      }
    ])
    expect(service.endpoints.map(e => [e.id, e.apiId])).toEqual([
      ['WebsocketsApi $connect', 'WebsocketsApi'],
      ['WebsocketsApi $default', 'WebsocketsApi']
    ])
  })

  it('reads logs.websocket: true as access and execution logging', async () => {
    const { service } = await buildText(
      websocketOnly(
        '  stage: prod', // 4
        '  logs:', // 5
        '    websocket: true' // 6
      )
    )
    const stage = byId(service.resources, 'WebsocketsDeploymentStage')
    expect(stage.loc.line).toBe(2)
    expect(stage.attributes).toMatchObject({
      stageName: { value: 'prod', loc: { line: 4 } },
      // The framework's log group for websocket access logs.
      accessLogDestination: { value: '/aws/websocket/chat-prod', loc: { line: 6 } },
      loggingLevel: { value: 'INFO', loc: { line: 6 } },
      dataTrace: { value: true, loc: { line: 6 } }
    })
    expect(stage.attributes.throttlingBurstLimit).toBeUndefined()
  })

  it('reads the websocket log settings one by one', async () => {
    const { service } = await buildText(
      websocketOnly(
        '  logs:', // 4
        '    websocket:', // 5
        '      accessLogging: false', // 6
        '      level: ERROR', // 7
        '      fullExecutionData: false' // 8
      )
    )
    const { attributes } = byId(service.resources, 'WebsocketsDeploymentStage')
    expect(attributes.accessLogDestination).toBeUndefined()
    expect(attributes.loggingLevel).toMatchObject({ value: 'ERROR', loc: { line: 7 } })
    expect(attributes.dataTrace).toMatchObject({ value: false, loc: { line: 8 } })
  })
})

describe('Serverless stage extensions', () => {
  it('reads throttling and logging set through resources.extensions', async () => {
    const { service, diagnostics } = await buildText(
      websocketOnly(
        '  logs:', // 4
        '    websocket: true', // 5
        'resources:', // 6
        '  extensions:', // 7
        '    WebsocketsDeploymentStage:', // 8
        '      Properties:', // 9
        '        DefaultRouteSettings:', // 10
        '          ThrottlingBurstLimit: 50', // 11
        '          ThrottlingRateLimit: 20', // 12
        '          DataTraceEnabled: false' // 13
      )
    )
    expect(diagnostics).toEqual([])
    expect(byId(service.resources, 'WebsocketsDeploymentStage').attributes).toMatchObject({
      throttlingBurstLimit: { value: 50, loc: { line: 11 } },
      throttlingRateLimit: { value: 20, loc: { line: 12 } },
      dataTrace: { value: false, loc: { line: 13 } },
      // What the extension does not set stays as the provider's options make it.
      accessLogDestination: { value: '/aws/websocket/chat-dev', loc: { line: 5 } },
      loggingLevel: { value: 'INFO', loc: { line: 5 } }
    })
  })
})

describe('Serverless routes on an API another stack owns', () => {
  it('joins an external REST API: endpoints carry its id, and no stage is made', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: orders-worker', // 1
        'provider:', // 2
        '  name: aws', // 3
        '  logs:', // 4
        '    restApi: true', // 5
        '  apiGateway:', // 6
        '    restApiId: a1b2c3d4e5', // 7
        '    restApiRootResourceId: f6g7h8i9j0', // 8
        'functions:', // 9
        '  list:', // 10
        '    handler: list.handler', // 11
        '    events:', // 12
        '      - http: GET orders' // 13
      )
    )
    expect(diagnostics).toEqual([])
    expect(service.endpoints.map(e => [e.id, e.kind, e.apiId, e.loc.line])).toEqual([
      ['a1b2c3d4e5 GET /orders', 'rest', 'a1b2c3d4e5', 13]
    ])
    expect(service.resources).toEqual([])
  })

  it('keeps the id of an external HTTP or websocket API as written', async () => {
    const { service } = await buildText(
      lines(
        'service: shared', // 1
        'provider:', // 2
        '  name: aws', // 3
        '  httpApi:', // 4
        '    id: ${cf:platform.HttpApiId}', // 5
        '  apiGateway:', // 6
        '    websocketApiId: !ImportValue SharedSocketApi', // 7
        'functions:', // 8
        '  api:', // 9
        '    handler: api.handler', // 10
        '    events:', // 11
        '      - httpApi: GET /orders', // 12
        '      - websocket: $default', // 13
        '      - http: GET orders' // 14
      )
    )
    expect(service.endpoints.map(e => [e.kind, e.apiId])).toEqual([
      ['http', '${cf:platform.HttpApiId}'],
      ['websocket', '!ImportValue SharedSocketApi'],
      ['rest', 'ApiGatewayRestApi']
    ])
    // Only the REST API is the service's own: only it and its stage are modelled.
    expect(service.resources.map(r => [r.id, r.kind])).toEqual([
      ['ApiGatewayStage', 'api-stage'],
      ['ApiGatewayRestApi', 'api']
    ])
  })

  it('reads provider.websocketApiId, and a !Ref to an API as its logical id', async () => {
    const { service } = await buildText(
      lines(
        'service: shared',
        'provider:',
        '  name: aws',
        '  websocketApiId: !Ref SocketApi',
        'functions:',
        '  api:',
        '    handler: api.handler',
        '    events:',
        '      - websocket: $connect'
      )
    )
    expect(service.endpoints.map(e => [e.id, e.apiId])).toEqual([
      ['SocketApi $connect', 'SocketApi']
    ])
    expect(service.resources).toEqual([])
  })
})

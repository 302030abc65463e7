import { describe, expect, it } from '@jest/globals'
import { buildText, byId, lines, symbolicOf } from './helpers.js'

const REST = lines(
  'service: api', // 1
  'provider:', // 2
  '  name: aws', // 3
  'functions:', // 4
  '  users:', // 5
  '    handler: users.handler', // 6
  '    events:', // 7
  '      - http: GET users', // 8
  '      - http:', // 9
  '          path: /users', // 10
  '          method: post', // 11
  '          authorizer: aws_iam', // 12
  '          private: true', // 13
  '          cors: true', // 14
  '          request:', // 15
  '            schemas:', // 16
  '              application/json: { type: object }', // 17
  '      - http:', // 18
  '          path: users/{id}', // 19
  '          method: get', // 20
  '          authorizer: authorizerFunc', // 21
  '          cors:', // 22
  '            origins: [https://app.example.com]', // 23
  '            allowCredentials: true', // 24
  '      - http:', // 25
  '          path: users/{id}', // 26
  '          method: delete', // 27
  '          authorizer:', // 28
  '            type: COGNITO_USER_POOLS', // 29
  '            arn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc', // 30
  '      - http:', // 31
  '          path: users/{id}', // 32
  '          method: put', // 33
  '          authorizer: arn:aws:lambda:eu-west-1:123456789012:function:auth', // 34
  '      - http:', // 35
  '          path: users/{id}', // 36
  '          method: patch', // 37
  '          authorizer: ${ssm:/api/authorizer}', // 38
  '      - http:', // 39
  '          path: admin', // 40
  '          method: any', // 41
  '          authorizer:', // 42
  '            name: authorizerFunc', // 43
  '            type: request' // 44
)

describe('Serverless events', () => {
  it('reads REST http events with their authorization, API key, CORS and validation', async () => {
    const { service } = await buildText(REST)
    const eps = service.endpoints
    expect(eps.map(e => [e.id, e.auth.type, e.loc.line])).toEqual([
      ['ApiGatewayRestApi GET /users', 'none', 8],
      ['ApiGatewayRestApi POST /users', 'iam', 9],
      ['ApiGatewayRestApi GET /users/{id}', 'lambda', 18],
      ['ApiGatewayRestApi DELETE /users/{id}', 'cognito', 25],
      ['ApiGatewayRestApi PUT /users/{id}', 'lambda', 31],
      ['ApiGatewayRestApi PATCH /users/{id}', 'unknown', 35],
      ['ApiGatewayRestApi ANY /admin', 'lambda', 39]
    ])
    const [open, post, get, del, , patch] = eps
    // Public by default: nothing in the file sets the authorization, so it has no location.
    expect(open?.auth).toEqual({ type: 'none' })
    expect(open).toMatchObject({ kind: 'rest', apiId: 'ApiGatewayRestApi', functionIds: ['users'] })
    expect(open?.method).toMatchObject({ value: 'GET', loc: { line: 8 } })
    expect(post?.auth.loc?.line).toBe(12)
    expect(post?.apiKeyRequired).toMatchObject({ value: true, loc: { line: 13 } })
    expect(post?.cors).toMatchObject({ allowOrigins: [{ value: '*', loc: { line: 14 } }] })
    expect(post?.requestValidation).toMatchObject({ value: true, loc: { line: 16 } })
    expect(get?.auth.authorizer).toMatchObject({ value: 'authorizerFunc', loc: { line: 21 } })
    expect(get?.cors).toMatchObject({
      allowOrigins: [{ value: 'https://app.example.com', loc: { line: 23 } }],
      allowCredentials: { value: true }
    })
    expect(del?.auth.authorizer?.value).toBe(
      'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc'
    )
    expect(patch?.auth.symbolic).toMatchObject({ fn: 'ssm', expr: '${ssm:/api/authorizer}' })
    const triggers = byId(service.functions, 'users').triggers
    expect(triggers[1]).toMatchObject({
      kind: 'rest-api',
      source: { value: 'POST /users' },
      endpointId: 'ApiGatewayRestApi POST /users',
      async: false,
      loc: { line: 9 }
    })
  })

  it('reads httpApi events with authorizers declared under provider.httpApi', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        '  httpApi:', // 3
        '    cors: true', // 4
        '    authorizers:', // 5
        '      jwtAuth:', // 6
        '        identitySource: $request.header.Authorization', // 7
        '        issuerUrl: https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc', // 8
        '        audience: [client]', // 9
        '      lambdaAuth:', // 10
        '        type: request', // 11
        '        functionName: auth', // 12
        'functions:', // 13
        '  api:', // 14
        '    handler: api.handler', // 15
        '    events:', // 16
        "      - httpApi: '*'", // 17
        '      - httpApi: GET /public', // 18
        '      - httpApi:', // 19
        '          method: POST', // 20
        '          path: /orders', // 21
        '          authorizer:', // 22
        '            name: jwtAuth', // 23
        '            scopes: [orders/write]', // 24
        '      - httpApi:', // 25
        '          method: GET', // 26
        '          path: /orders', // 27
        '          authorizer: { name: lambdaAuth }', // 28
        '      - httpApi:', // 29
        '          method: DELETE', // 30
        '          path: /orders', // 31
        '          authorizer: { type: aws_iam }', // 32
        '      - httpApi:', // 33
        '          method: PUT', // 34
        '          path: /orders', // 35
        '          authorizer: { name: nowhere }', // 36
        '      - httpApi:', // 37
        '          method: PATCH', // 38
        '          path: /orders', // 39
        '          authorizer: { id: abc123 }' // 40
      )
    )
    expect(service.endpoints.map(e => [e.id, e.kind, e.auth.type])).toEqual([
      ['HttpApi ANY $default', 'http', 'none'],
      ['HttpApi GET /public', 'http', 'none'],
      ['HttpApi POST /orders', 'http', 'jwt'],
      ['HttpApi GET /orders', 'http', 'lambda'],
      ['HttpApi DELETE /orders', 'http', 'iam'],
      ['HttpApi PUT /orders', 'http', 'unknown'],
      ['HttpApi PATCH /orders', 'http', 'unknown']
    ])
    // An authorizer defined outside the service: authorized, of a kind we cannot see.
    expect(byId(service.endpoints, 'HttpApi PATCH /orders').auth).toMatchObject({
      authorizer: { value: 'abc123', loc: { line: 40 } },
      loc: { line: 40 }
    })
    const jwt = byId(service.endpoints, 'HttpApi POST /orders')
    expect(jwt.auth).toMatchObject({
      authorizer: { value: 'jwtAuth', loc: { line: 23 } },
      loc: { line: 22 }
    })
    expect(jwt.cors?.allowOrigins).toEqual([
      expect.objectContaining({ value: '*', loc: expect.objectContaining({ line: 4 }) })
    ])
    expect(byId(service.endpoints, 'HttpApi GET /public').auth.loc).toBeUndefined()
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-authorizer', line: 36, severity: 'warning' })
    ])
    expect(
      byId(service.functions, 'api').triggers.every(t => t.kind === 'http-api' && !t.async)
    ).toBe(true)
  })

  it('does not call an authorizer undeclared when the authorizers are left to deployment', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        '  httpApi:', // 3
        '    authorizers: ${self:custom.authorizers.${sls:stage}}', // 4
        '  alb:', // 5
        '    authorizers: ${self:custom.albAuthorizers.${sls:stage}}', // 6
        'functions:', // 7
        '  api:', // 8
        '    handler: api.handler', // 9
        '    events:', // 10
        '      - httpApi:', // 11
        '          method: GET', // 12
        '          path: /orders', // 13
        '          authorizer: { name: jwtAuth }', // 14
        '      - alb:', // 15
        '          listenerArn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/a/b/c', // 16
        '          priority: 1', // 17
        '          conditions: { path: /orders }', // 18
        '          authorizer: cognitoAuth' // 19
      )
    )
    expect(diagnostics).toEqual([])
    // Authorized by what the stage's authorizers say: not known here, never public.
    expect(service.endpoints.map(e => e.auth.type)).toEqual(['unknown', 'unknown'])
  })

  it('reads websocket and ALB events as endpoints', async () => {
    const { service } = await buildText(
      lines(
        'provider:',
        '  name: aws',
        '  alb:',
        '    authorizers:',
        '      cognitoAuth: { type: cognito, userPoolArn: arn:aws:cognito-idp:x }',
        'functions:',
        '  socket:',
        '    handler: ws.handler',
        '    events:',
        '      - websocket:',
        '          route: $connect',
        '          authorizer: { name: auth, identitySource: [route.request.header.Auth] }',
        '      - websocket: $default',
        '  web:',
        '    handler: web.handler',
        '    events:',
        '      - alb:',
        '          listenerArn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/x/y/z',
        '          priority: 1',
        '          authorizer: cognitoAuth',
        '          conditions:',
        '            path: /web'
      )
    )
    expect(service.endpoints.map(e => [e.kind, e.path?.value, e.auth.type])).toEqual([
      ['websocket', '$connect', 'lambda'],
      ['websocket', '$default', 'none'],
      ['alb', '/web', 'cognito']
    ])
  })

  it('reads an ALB authorizer that forwards unauthenticated requests as no authorization', async () => {
    const { service } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        '  alb:', // 3
        '    authorizers:', // 4
        '      lenient: { type: cognito, userPoolArn: arn:aws:cognito-idp:x, allowUnauthenticated: true }', // 5
        '      strict: { type: oidc, issuer: https://idp.example.com }', // 6
        'functions:', // 7
        '  web:', // 8
        '    handler: web.handler', // 9
        '    events:', // 10
        '      - alb:', // 11
        '          listenerArn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/x/y/z', // 12
        '          priority: 1', // 13
        '          authorizer: lenient', // 14
        '          conditions: { path: /open }', // 15
        '      - alb:', // 16
        '          listenerArn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/x/y/z', // 17
        '          priority: 2', // 18
        '          authorizer: [lenient, strict]', // 19
        '          conditions: { path: /checked }' // 20
      )
    )
    expect(service.endpoints.map(e => [e.path?.value, e.auth.type, e.auth.loc?.line])).toEqual([
      ['/open', 'none', 5],
      ['/checked', 'cognito', 19]
    ])
  })

  it('reads source events with whether AWS invokes the function asynchronously', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'provider:', // 1
        '  name: aws', // 2
        'functions:', // 3
        '  worker:', // 4
        '    handler: w.handler', // 5
        '    events:', // 6
        '      - s3: uploads', // 7
        '      - sns: { arn: arn:aws:sns:eu-west-1:123456789012:topic }', // 8
        '      - sqs: { arn: !GetAtt Queue.Arn }', // 9
        '      - stream: arn:aws:dynamodb:eu-west-1:123456789012:table/t/stream/1', // 10
        '      - stream: { type: kinesis, arn: !GetAtt Stream.Arn }', // 11
        '      - stream: { arn: !GetAtt Table.StreamArn }', // 12
        '      - schedule: rate(5 minutes)', // 13
        '      - eventBridge: { pattern: { source: [shop] } }', // 14
        '      - eventBridge: { schedule: rate(1 hour) }', // 15
        '      - cloudwatchEvent: { event: { source: [aws.ec2] } }', // 16
        '      - cloudwatchLog: /aws/lambda/other', // 17
        '      - cognitoUserPool: { pool: users, trigger: PreSignUp }', // 18
        '      - iot: { sql: "SELECT * FROM \'topic\'" }', // 19
        '      - alexaSkill', // 20
        '      - msk: { arn: arn:aws:kafka:x, topic: t }', // 21
        '      - somePluginEvent: { x: 1 }', // 22
        '      - [not, an, event]' // 23
      )
    )
    const triggers = byId(service.functions, 'worker').triggers
    expect(triggers.map(t => [t.kind, t.async, t.loc.line])).toEqual([
      ['s3', true, 7],
      ['sns', true, 8],
      ['sqs', false, 9],
      ['dynamodb-stream', false, 10],
      ['kinesis', false, 11],
      ['dynamodb-stream', false, 12],
      ['schedule', true, 13],
      ['eventbridge', true, 14],
      ['schedule', true, 15],
      ['eventbridge', true, 16],
      ['cloudwatch-logs', true, 17],
      ['cognito', true, 18],
      ['iot', true, 19],
      ['alexa', false, 20],
      ['msk', false, 21],
      ['other', false, 22]
    ])
    expect(triggers[0]?.source).toMatchObject({ value: 'uploads', loc: { line: 7 } })
    expect(symbolicOf(triggers[2]?.source)).toMatchObject({ fn: 'Fn::GetAtt', refs: ['Queue'] })
    expect(service.endpoints).toEqual([])
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-event', line: 23, column: 9 })
    ])
  })
})

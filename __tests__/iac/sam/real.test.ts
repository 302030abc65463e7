import { describe, expect, it } from '@jest/globals'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import { buildFixture, byId } from '../cloudformation/fixtures.js'

/** Real public templates (see `__tests__/fixtures/iac/sam/real/SOURCES.md`). */
describe('real SAM templates', () => {
  it('sessions-with-aws-sam: an HTTP API with a JWT authorizer, an open route and a catch-all', async () => {
    const { service, diagnostics } = await buildFixture(
      samFormat,
      'sam/real/http-api.template.yaml',
      {
        file: 'http-api/template.yaml'
      }
    )
    expect(diagnostics).toEqual([])
    expect(service.name).toBe('http-api')
    expect(service.functions).toHaveLength(6)
    // Globals give every function its runtime, located in Globals.
    expect(service.functions.every(f => f.runtime?.loc.line === 17)).toBe(true)
    expect(byId(service.endpoints, 'LambdaFunction.RootGet')).toMatchObject({
      kind: 'http',
      method: { value: 'GET' },
      path: { value: '/' },
      apiId: 'HttpApi',
      auth: { type: 'none' },
      loc: { line: 45 }
    })
    expect(byId(service.endpoints, 'LambdaFunction.RootGet').auth.loc).toBeUndefined()
    expect(byId(service.endpoints, 'SimpleAuthLambdaFunction.RootGet')).toMatchObject({
      path: { value: '/simple' },
      auth: { type: 'jwt', authorizer: { value: 'GeneralAuth' }, loc: { line: 62 } }
    })
    expect(byId(service.endpoints, 'CatchAllLambdaFunction.RootGet')).toMatchObject({
      apiId: 'ServerlessHttpApi',
      method: { value: 'ANY' },
      path: { value: '$default' },
      auth: { type: 'none' }
    })
    expect(byId(service.endpoints, 'AdminLambdaFunction.DosGet').cors?.allowOrigins).toMatchObject([
      { value: 'http://localhost:8080', loc: { line: 37 } }
    ])
    expect(service.parameters.map(p => [p.name, p.default])).toEqual([
      ['UserPoolId', undefined],
      ['Audience', undefined]
    ])
  })

  it('serverless-patterns: a REST API whose default Lambda authorizer and API key apply to every route', async () => {
    const { service, diagnostics } = await buildFixture(
      samFormat,
      'sam/real/serverless-multi-tenant-api.template.yaml'
    )
    expect(diagnostics).toEqual([])
    expect(byId(service.endpoints, 'getByIdFunction.Api')).toMatchObject({
      kind: 'rest',
      method: { value: 'GET' },
      path: { value: '/{id}', loc: { line: 145 } },
      apiId: 'MyApi',
      functionIds: ['getByIdFunction'],
      auth: {
        type: 'lambda',
        authorizer: { value: 'MyLambdaRequestAuthorizer' },
        loc: { line: 17 }
      },
      apiKeyRequired: { value: true, loc: { line: 144 } },
      loc: { line: 139 }
    })
    expect(byId(service.endpoints, 'putItemFunction.Api').path?.value).toBe('/')
    const auth = byId(service.functions, 'authFunction')
    expect(auth.roleId).toBe('AuthorizerExecutionRole')
    expect(auth.roleRef?.loc.line).toBe(109)
    expect(auth.triggers).toEqual([])
    expect(
      byId(service.roles, 'AuthorizerExecutionRole').policies.map(p => [
        p.kind,
        literal(p.arn) ?? literal(p.name)
      ])
    ).toEqual([
      ['inline', 'authorizer-execution-policy'],
      ['aws-managed', 'arn:aws:iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy'],
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']
    ])
    // The role trusted by another role, not by a service.
    expect(
      byId(service.roles, 'AuthorizerAccessRole').trustPolicy?.statements[0]?.principals
    ).toMatchObject([
      { type: 'AWS', value: { value: { kind: 'symbolic', refs: ['AuthorizerExecutionRole'] } } }
    ])
    expect(service.resources.filter(r => r.kind === 'table').map(r => r.id)).toEqual([
      'ItemTable',
      'ConfigTable'
    ])
  })

  it('powertools: a public function URL whose CORS comes from Globals', async () => {
    const { service, diagnostics } = await buildFixture(samFormat, 'sam/real/lambda_furl.yml')
    expect(diagnostics).toEqual([])
    const fn = byId(service.functions, 'ApiFunction')
    expect(fn.url).toMatchObject({
      authType: { value: 'NONE', loc: { line: 30 } },
      endpointId: 'ApiFunctionUrl'
    })
    const endpoint = byId(service.endpoints, 'ApiFunctionUrl')
    expect(endpoint).toMatchObject({
      kind: 'function-url',
      functionIds: ['ApiFunction'],
      auth: { type: 'none', loc: { line: 30 } },
      cors: {
        allowOrigins: [{ value: 'https://example.com', loc: { line: 18 } }],
        loc: { line: 16 }
      }
    })
    expect(endpoint.cors?.allowHeaders.map(literal)).toEqual([
      'Content-Type',
      'Authorization',
      'X-Amz-Date'
    ])
    expect(fn.environment.map(e => [e.name, e.origin])).toEqual([
      ['POWERTOOLS_LOG_LEVEL', 'shared'],
      ['POWERTOOLS_SERVICE_NAME', 'shared']
    ])
    expect(fn.tracing).toMatchObject({ value: 'Active', loc: { line: 10 } })
    expect(fn.memorySize?.value).toBe(256)
  })
})

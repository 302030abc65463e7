import { beforeAll, describe, expect, it } from '@jest/globals'
import { buildFixture, byId, lineOf, shown, type Built } from './support.js'

const API = 'app/api.tf'

describe('Terraform API Gateway endpoints (app fixture)', () => {
  let built: Built
  const endpoint = (id: string) => byId(built.service.endpoints, id)

  beforeAll(async () => {
    built = await buildFixture('app')
  })

  it('makes a REST method an endpoint at the full path of its resource chain', () => {
    const get = endpoint('aws_api_gateway_method.get_order')
    expect(get).toMatchObject({
      kind: 'rest',
      apiId: 'aws_api_gateway_rest_api.orders',
      functionIds: ['aws_lambda_function.handler'],
      auth: { type: 'none', loc: { file: API, line: lineOf(API, 'authorization = "NONE"') } }
    })
    expect(shown(get.method)).toBe('GET')
    expect(get.path).toMatchObject({
      value: '/orders/{id}',
      loc: { line: lineOf(API, 'path_part   = "{id}"') }
    })
  })

  it('reads REST authorizers, API keys and request validation', () => {
    const post = endpoint('aws_api_gateway_method.create_order')
    expect(post.auth).toMatchObject({
      type: 'cognito',
      loc: { line: lineOf(API, 'COGNITO_USER_POOLS') }
    })
    expect(shown(post.auth.authorizer)).toBe('{aws_api_gateway_authorizer.cognito.id}')
    expect(shown(post.apiKeyRequired)).toBe(true)
    expect(shown(post.requestValidation)).toBe('{aws_api_gateway_request_validator.body.id}')
    // The integration names the method by resource and literal HTTP method.
    expect(post.functionIds).toEqual(['aws_lambda_function.handler'])
    expect(shown(post.path)).toBe('/orders')
  })

  it('gives the function a trigger for each endpoint that invokes it', () => {
    const handler = byId(built.service.functions, 'aws_lambda_function.handler')
    const api = handler.triggers.filter(t => t.kind === 'rest-api' || t.kind === 'http-api')
    expect(api.map(t => [t.kind, shown(t.source), t.endpointId, t.async])).toEqual([
      ['rest-api', 'GET /orders/{id}', 'aws_api_gateway_method.get_order', false],
      ['rest-api', 'POST /orders', 'aws_api_gateway_method.create_order', false],
      ['http-api', 'GET /orders', 'aws_apigatewayv2_route.list', false],
      ['http-api', 'GET /health', 'aws_apigatewayv2_route.health', false]
    ])
  })

  it('reads HTTP API routes: method and path from the route key, auth, CORS of the API', () => {
    const list = endpoint('aws_apigatewayv2_route.list')
    expect(list).toMatchObject({
      kind: 'http',
      apiId: 'aws_apigatewayv2_api.http',
      functionIds: ['aws_lambda_function.handler'],
      auth: { type: 'jwt', loc: { line: lineOf(API, 'authorization_type = "JWT"') } }
    })
    expect([shown(list.method), shown(list.path)]).toEqual(['GET', '/orders'])
    expect(list.cors?.allowOrigins.map(shown)).toEqual(['https://example.com'])
    // No authorization_type: public, and nothing to point at.
    expect(endpoint('aws_apigatewayv2_route.health').auth).toEqual({ type: 'none' })
  })

  it('reads REST stages with their method settings and WAF association', () => {
    const stage = byId(built.service.resources, 'aws_api_gateway_stage.prod')
    expect(stage.kind).toBe('api-stage')
    const a = stage.attributes
    expect(a.apiId).toBe('aws_api_gateway_rest_api.orders')
    expect(shown(a.stageName)).toBe('prod')
    expect(shown(a.accessLogDestination)).toBe('{aws_cloudwatch_log_group.api.arn}')
    expect(shown(a.tracing)).toBe(true)
    expect(a.loggingLevel).toMatchObject({
      value: 'INFO',
      loc: { line: lineOf(API, 'logging_level') }
    })
    expect([shown(a.dataTrace), shown(a.cacheEnabled), shown(a.cacheEncrypted)]).toEqual([
      true,
      true,
      false
    ])
    expect(shown(a.wafAclId)).toBe('{aws_wafv2_web_acl.api.arn}')
    expect(a).not.toHaveProperty('throttlingBurstLimit')
  })

  it('reads HTTP stages and custom domains', () => {
    const stage = byId(built.service.resources, 'aws_apigatewayv2_stage.default')
    expect(stage.attributes.apiId).toBe('aws_apigatewayv2_api.http')
    expect(shown(stage.attributes.throttlingBurstLimit)).toBe(100)
    expect(stage.attributes.accessLogDestination).toBeUndefined()
    const domain = byId(built.service.resources, 'aws_api_gateway_domain_name.api')
    expect(domain).toMatchObject({ kind: 'api-domain' })
    expect(shown(domain.attributes.securityPolicy)).toBe('TLS_1_0')
  })
})

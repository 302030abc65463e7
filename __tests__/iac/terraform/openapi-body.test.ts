import { afterEach, describe, expect, it } from '@jest/globals'
import { buildFiles, byId, modelOfRepo, shown } from './support.js'

const FUNCTION = [
  'resource "aws_lambda_function" "orders" {',
  '  function_name = "orders"',
  '  role          = "arn:aws:iam::123456789012:role/orders"',
  '  handler       = "index.handler"',
  '  runtime       = "nodejs22.x"',
  '  filename      = "orders.zip"',
  '}',
  ''
]

/** An API block with an OpenAPI body of one public route, `GET /orders`, invoking the function. */
function api(type: string, body: string, extra: string[] = []): string {
  return [
    ...FUNCTION,
    `resource "${type}" "api" {`,
    '  name = "api"',
    ...extra,
    `  body = ${body}`,
    '}',
    ''
  ].join('\n')
}

const JSONENCODED = [
  'jsonencode({',
  '    openapi = "3.0.1"',
  '    paths = {',
  '      "/orders" = {',
  '        get = {',
  '          "x-amazon-apigateway-integration" = {',
  '            type = "AWS_PROXY", httpMethod = "POST", uri = aws_lambda_function.orders.invoke_arn',
  '          }',
  '        }',
  '      }',
  '    }',
  '  })'
].join('\n')

// The AWS provider documents `body` as the OpenAPI definition that writes the API's routes: they
// were never read, so a public route written there passed without a word.
describe('Terraform API OpenAPI bodies', () => {
  it('makes each operation of a REST API body an endpoint invoking its function', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': api('aws_api_gateway_rest_api', JSONENCODED)
    })
    expect(diagnostics).toEqual([])
    const get = byId(service.endpoints, 'aws_api_gateway_rest_api.api GET /orders')
    expect(get).toMatchObject({
      kind: 'rest',
      apiId: 'aws_api_gateway_rest_api.api',
      functionIds: ['aws_lambda_function.orders'],
      auth: { type: 'none' },
      loc: { file: 'mod/main.tf', line: 15 }
    })
    const fn = byId(service.functions, 'aws_lambda_function.orders')
    expect(fn.triggers.map(t => [t.kind, shown(t.source)])).toEqual([['rest-api', 'GET /orders']])
  })

  it('reads the routes of an HTTP API body, with the CORS of the API', async () => {
    const cors = ['  cors_configuration {', '    allow_origins = ["*"]', '  }']
    const { service } = await buildFiles({
      'main.tf': api('aws_apigatewayv2_api', JSONENCODED, ['  protocol_type = "HTTP"', ...cors])
    })
    const get = byId(service.endpoints, 'aws_apigatewayv2_api.api GET /orders')
    expect(get.kind).toBe('http')
    expect(get.functionIds).toEqual(['aws_lambda_function.orders'])
    expect(get.cors?.allowOrigins.map(shown)).toEqual(['*'])
  })

  it('reads a body known as a JSON string', async () => {
    const text = '"{\\"paths\\": {\\"/health\\": {\\"get\\": {}}}}"'
    const { service, diagnostics } = await buildFiles({
      'main.tf': api('aws_api_gateway_rest_api', text)
    })
    expect(diagnostics).toEqual([])
    expect(byId(service.endpoints, 'aws_api_gateway_rest_api.api GET /health').auth.type).toBe(
      'none'
    )
  })

  it('warns at a body it cannot read: its routes are not checked', async () => {
    const body =
      'templatefile("${path.module}/openapi.yaml", { arn = aws_lambda_function.orders.arn })'
    const { service, diagnostics } = await buildFiles({
      'main.tf': api('aws_api_gateway_rest_api', body)
    })
    expect(service.endpoints).toEqual([])
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'mod/main.tf',
        line: 11,
        severity: 'warning',
        code: 'openapi-not-read',
        message: expect.stringContaining('aws_api_gateway_rest_api.api defines routes')
      })
    ])
  })

  it('leaves a route written both in the body and as a route resource to the resource', async () => {
    const route = [
      'resource "aws_apigatewayv2_route" "orders" {',
      '  api_id             = aws_apigatewayv2_api.api.id',
      '  route_key          = "GET /orders"',
      '  authorization_type = "AWS_IAM"',
      '}'
    ].join('\n')
    const { service } = await buildFiles({
      'main.tf': api('aws_apigatewayv2_api', JSONENCODED, ['  protocol_type = "HTTP"']),
      'route.tf': route
    })
    expect(service.endpoints.map(e => [e.id, e.auth.type])).toEqual([
      ['aws_apigatewayv2_route.orders', 'iam']
    ])
  })

  it('reads no body of a WebSocket API, which API Gateway does not take', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': api('aws_apigatewayv2_api', JSONENCODED, ['  protocol_type = "WEBSOCKET"'])
    })
    expect(service.endpoints).toEqual([])
    expect(diagnostics).toEqual([])
  })

  it('reads the body input of the apigateway-v2 module', async () => {
    const call = [
      ...FUNCTION,
      'module "api" {',
      '  source  = "terraform-aws-modules/apigateway-v2/aws"',
      '  version = "5.2.0"',
      '  name    = "api"',
      `  body    = ${JSONENCODED}`,
      '}'
    ].join('\n')
    const { service } = await buildFiles({ 'main.tf': call })
    const get = byId(service.endpoints, 'module.api GET /orders')
    expect(get).toMatchObject({ kind: 'http', apiId: 'module.api', auth: { type: 'none' } })
    expect(get.functionIds).toEqual(['aws_lambda_function.orders'])
    expect(service.moduleCalls?.[0]?.modelled).toContain('module.api GET /orders')
  })
})

// `templatefile("openapi.yaml", {...})`: the template is read from the folder, its `${...}` left
// to the plan; one written with `%{...}` directives is not read, and says so.
describe('Terraform API OpenAPI bodies rendered from a template', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach(c => c()))

  const main = api(
    'aws_api_gateway_rest_api',
    'templatefile("${path.module}/openapi.yaml", { arn = aws_lambda_function.orders.invoke_arn })'
  )
  const template = (extra = '') =>
    [
      'paths:',
      '  /orders:',
      '    get:',
      '      x-amazon-apigateway-integration:',
      '        uri: ${arn}',
      extra
    ].join('\n')

  it('reads the routes the template writes, located in it', async () => {
    const model = await modelOfRepo(
      { 'infra/main.tf': main, 'infra/openapi.yaml': template() },
      cleanups
    )
    expect(model.diagnostics).toEqual([])
    const [service] = model.services
    const get = byId(service?.endpoints ?? [], 'aws_api_gateway_rest_api.api GET /orders')
    expect(get).toMatchObject({
      auth: { type: 'none' },
      loc: { file: 'infra/openapi.yaml', line: 3 }
    })
    expect(service?.files).toContain('infra/openapi.yaml')
  })

  it('warns at a template written with directives, which it does not render', async () => {
    const model = await modelOfRepo(
      {
        'infra/main.tf': main,
        'infra/openapi.yaml': template('%{ for p in paths }\n%{ endfor }')
      },
      cleanups
    )
    expect(model.services[0]?.endpoints).toEqual([])
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: 'infra/main.tf',
        code: 'openapi-not-read',
        severity: 'warning'
      })
    ])
  })
})

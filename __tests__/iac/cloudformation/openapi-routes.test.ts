import { describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import type { TemplateFormat } from '../../../src/iac/types.js'
import { literal } from '../../../src/model/attr.js'
import type { Service } from '../../../src/model/types.js'
import type { MapValue } from '../../../src/model/value.js'
import { templateReferences } from '../../../src/units/references.js'
import { scanFiles } from '../../helpers/scan.js'
import { repoOf } from './fixtures.js'

// Routes of inline OpenAPI 3.x and Swagger 2.0 definitions, written as the API Gateway developer
// guide and the SAM specification write them.

async function serviceOf(format: TemplateFormat, file: string, text: string): Promise<Service> {
  const loaded = loadDocument(file, text)
  expect(loaded.diagnostics).toEqual([])
  const built = await format.build({ file, document: loaded.value as MapValue }, repoOf())
  expect(built.diagnostics.filter(d => d.code !== 'unresolved-code-uri')).toEqual([])
  return built.services[0] as Service
}

/** Each endpoint as `[kind, method path, line, auth type, auth line, api key]`. */
function routes(service: Service) {
  return service.endpoints.map(e => [
    e.kind,
    `${literal(e.method)} ${literal(e.path)}`,
    e.loc.line,
    e.auth.type,
    e.auth.loc?.line,
    literal(e.apiKeyRequired)
  ])
}

const LAMBDA_URI =
  'uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations'

const FUNCTION = [
  '  OrdersFunction:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Runtime: python3.12',
  '      Handler: app.handler',
  '      InlineCode: x'
]

describe('routes of an inline OpenAPI 3 definition (SAM, YAML)', () => {
  const text = [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    ...FUNCTION,
    '  OrdersApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      DefinitionBody:',
    '        openapi: 3.0.1',
    '        components:',
    '          securitySchemes:',
    '            api_key: { type: apiKey, name: x-api-key, in: header }',
    '            Cognito:',
    '              type: apiKey',
    '              name: Authorization',
    '              in: header',
    '              x-amazon-apigateway-authtype: cognito_user_pools',
    '              x-amazon-apigateway-authorizer: { type: cognito_user_pools, providerARNs: [arn] }',
    '        paths:',
    '          /orders:',
    '            parameters: []',
    '            get:',
    '              x-amazon-apigateway-integration:',
    '                type: aws_proxy',
    `                ${LAMBDA_URI}`,
    '            post:',
    '              security:',
    '                - Cognito: []',
    '            put:',
    '              security: []',
    '            delete:',
    '              security: [{ api_key: [] }]',
    '            options:',
    '              x-amazon-apigateway-integration: { type: mock }'
  ].join('\n')

  it('models each method of each path at its key, with the auth its security gives', async () => {
    const service = await serviceOf(samFormat, 'template.yaml', text)
    expect(routes(service)).toEqual([
      ['rest', 'GET /orders', 27, 'none', undefined, undefined],
      ['rest', 'POST /orders', 31, 'cognito', 32, undefined],
      ['rest', 'PUT /orders', 34, 'none', 35, undefined],
      ['rest', 'DELETE /orders', 36, 'none', 37, true],
      ['rest', 'OPTIONS /orders', 38, 'none', undefined, undefined]
    ])
    expect(service.endpoints.every(e => e.apiId === 'OrdersApi')).toBe(true)
  })

  it('links the functions an integration invokes, with their trigger', async () => {
    const service = await serviceOf(samFormat, 'template.yaml', text)
    const get = service.endpoints.find(e => literal(e.method) === 'GET')
    expect(get?.functionIds).toEqual(['OrdersFunction'])
    const fn = service.functions.find(f => f.id === 'OrdersFunction')
    expect(fn?.triggers.map(t => [t.kind, literal(t.source), t.endpointId])).toEqual([
      ['rest-api', 'GET /orders', get?.id]
    ])
  })
})

describe('routes of an inline Swagger 2.0 body (CloudFormation, JSON)', () => {
  const text = JSON.stringify(
    {
      Resources: {
        PetsApi: {
          Type: 'AWS::ApiGateway::RestApi',
          Properties: {
            Body: {
              swagger: '2.0',
              securityDefinitions: {
                TokenAuth: {
                  type: 'apiKey',
                  name: 'Authorization',
                  in: 'header',
                  'x-amazon-apigateway-authtype': 'custom',
                  'x-amazon-apigateway-authorizer': { type: 'token' }
                },
                sigv4: {
                  type: 'apiKey',
                  name: 'Authorization',
                  in: 'header',
                  'x-amazon-apigateway-authtype': 'awsSigv4'
                }
              },
              security: [{ TokenAuth: [] }],
              paths: {
                '/pets': { get: {}, post: { security: [{ sigv4: [] }] } },
                '/public': { get: { security: [] } },
                '/any': { 'x-amazon-apigateway-any-method': { security: [{ Missing: [] }] } }
              }
            }
          }
        }
      }
    },
    null,
    2
  )
  const lineOf = (needle: string, from = 0) =>
    text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1

  it('gives routes the top-level default, which an operation overrides', async () => {
    const service = await serviceOf(cloudformationFormat, 'template.json', text)
    const security = lineOf('"security": [')
    const pets = lineOf('"/pets"')
    const publicPath = lineOf('"/public"')
    expect(routes(service)).toEqual([
      ['rest', 'GET /pets', lineOf('"get"', pets), 'lambda', security, undefined],
      ['rest', 'POST /pets', lineOf('"post"', pets), 'iam', lineOf('"security"', pets), undefined],
      [
        'rest',
        'GET /public',
        lineOf('"get"', publicPath),
        'none',
        lineOf('"security"', publicPath),
        undefined
      ],
      // A scheme the definition does not define: what API Gateway makes of it is not known.
      [
        'rest',
        'ANY /any',
        lineOf('x-amazon-apigateway-any-method'),
        'unknown',
        expect.any(Number),
        undefined
      ]
    ])
  })
})

describe('routes of an inline HTTP API definition', () => {
  it('reads JWT authorizers and the catch-all method of an AWS::ApiGatewayV2::Api body', async () => {
    const text = [
      'Resources:',
      '  HttpApi:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties:',
      '      Body:',
      '        openapi: 3.0.1',
      '        components:',
      '          securitySchemes:',
      '            jwt:',
      '              type: oauth2',
      '              x-amazon-apigateway-authorizer: { type: jwt }',
      '            iam:',
      '              type: apiKey',
      '              x-amazon-apigateway-authtype: awsSigv4',
      '        paths:',
      '          /orders:',
      '            get:',
      '              security: [{ jwt: [] }]',
      '            x-amazon-apigateway-any-method:',
      '              security: [{ iam: [] }]',
      '          $default:',
      '            x-amazon-apigateway-any-method: {}'
    ].join('\n')
    const service = await serviceOf(cloudformationFormat, 'template.yaml', text)
    expect(routes(service)).toEqual([
      ['http', 'GET /orders', 17, 'jwt', 18, undefined],
      ['http', 'ANY /orders', 19, 'iam', 20, undefined],
      ['http', 'ANY $default', 22, 'none', undefined, undefined]
    ])
  })

  it('reads x-amazon-apigateway-auth on an operation', async () => {
    const text = [
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties:',
      '      Body:',
      '        openapi: 3.0.1',
      '        paths:',
      '          /protected-by-iam:',
      '            get:',
      '              x-amazon-apigateway-auth:',
      '                type: aws_iam',
      '          /open:',
      '            get:',
      '              x-amazon-apigateway-auth: { type: NONE }'
    ].join('\n')
    const service = await serviceOf(cloudformationFormat, 'template.yaml', text)
    expect(routes(service)).toEqual([
      ['rest', 'GET /protected-by-iam', 9, 'iam', 10, undefined],
      ['rest', 'GET /open', 13, 'none', undefined, undefined]
    ])
  })
})

describe('SAM Auth and the inline definition', () => {
  const text = [
    'Transform: AWS::Serverless-2016-10-31',
    'Parameters:',
    '  SchemeType:',
    '    Type: String',
    'Resources:',
    ...FUNCTION,
    '      Events:',
    '        List:',
    '          Type: Api',
    '          Properties:',
    '            RestApiId: !Ref OrdersApi',
    '            Path: /orders',
    '            Method: get',
    '  OrdersApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      Auth:',
    '        DefaultAuthorizer: TokenAuth',
    '        Authorizers:',
    '          TokenAuth:',
    '            FunctionArn: !GetAtt OrdersFunction.Arn',
    '      DefinitionBody:',
    '        openapi: 3.0.1',
    '        components:',
    '          securitySchemes:',
    '            Custom:',
    '              type: apiKey',
    '              x-amazon-apigateway-authorizer: { type: !Ref SchemeType }',
    '            Signed:',
    '              type: apiKey',
    '              x-amazon-apigateway-authtype: !Ref SchemeType',
    '        paths:',
    '          /orders:',
    '            get:',
    '              x-amazon-apigateway-integration: { type: mock }',
    '            post:',
    '              security: []',
    '              x-amazon-apigateway-integration: { type: mock }',
    '            put:',
    '              security: [{ AWS_IAM: [] }]',
    '              x-amazon-apigateway-integration: { type: mock }',
    '            patch:',
    '              security: []',
    '          /reports:',
    '            get:',
    '              security: [{ Signed: [] }]',
    '            post:',
    '              security: [{ Custom: [] }]'
  ].join('\n')

  it('applies DefaultAuthorizer to integrated operations that name none of its authorizers', async () => {
    const service = await serviceOf(samFormat, 'template.yaml', text)
    expect(routes(service)).toEqual([
      // The event's route: SAM writes it into the definition, where it replaces the operation.
      ['rest', 'GET /orders', 13, 'lambda', 24, undefined],
      ['rest', 'POST /orders', 42, 'lambda', 24, undefined],
      ['rest', 'PUT /orders', 45, 'iam', 46, undefined],
      // No integration: SAM leaves the operation as written.
      ['rest', 'PATCH /orders', 48, 'none', 49, undefined],
      // Values known only at deployment are not decided.
      ['rest', 'GET /reports', 51, 'unknown', 52, undefined],
      ['rest', 'POST /reports', 53, 'unknown', 54, undefined]
    ])
    expect(service.endpoints[0]?.id).toBe('OrdersFunction.List')
  })
})

describe('a SAM API definition in a local DefinitionUri file', () => {
  const template = [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  OrdersApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      DefinitionUri: ./openapi.yaml',
    '  SpecsApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      DefinitionUri: s3://specs/openapi.yaml'
  ].join('\n')
  const definition = ['openapi: 3.0.1', 'paths:', '  /orders:', '    get: {}'].join('\n')

  async function build(files: Record<string, string>) {
    const loaded = loadDocument('app/template.yaml', template)
    return samFormat.build(
      { file: 'app/template.yaml', document: loaded.value as MapValue },
      repoOf(files)
    )
  }

  it('reads the file as SAM packages it, locating its routes there', async () => {
    const built = await build({ 'app/openapi.yaml': definition })
    const service = built.services[0] as Service
    expect(service.endpoints.map(e => [e.id, e.loc.file, e.loc.line, e.auth.type])).toEqual([
      ['OrdersApi GET /orders', 'app/openapi.yaml', 4, 'none']
    ])
    expect(service.files).toEqual(['app/template.yaml', 'app/openapi.yaml'])
    // A definition on S3 is not read, and says so.
    expect(built.diagnostics.map(d => [d.code, d.file, d.line])).toEqual([
      ['openapi-not-read', 'app/template.yaml', 12]
    ])
  })

  it('names the file among the template unit files, so a change to it alone is evaluated', () => {
    expect(templateReferences(template, 'app/template.yaml')).toContain('app/openapi.yaml')
  })

  it('is an error at DefinitionUri when the file is missing, outside the repository or not a map', async () => {
    // Its routes cannot be checked: said once, as an error, in place of the API's warning.
    const missing = await build({})
    expect(missing.diagnostics.map(d => [d.code, d.severity, d.file, d.line, d.message])).toEqual([
      [
        'unresolved-definition-uri',
        'error',
        'app/template.yaml',
        7,
        'DefinitionUri ./openapi.yaml is not in the repository: the routes this API definition writes are not checked'
      ],
      ['openapi-not-read', 'warning', 'app/template.yaml', 12, expect.any(String)]
    ])
    const outside = await samFormat.build(
      {
        file: 'app/template.yaml',
        document: loadDocument('app/template.yaml', template.replace('./openapi', '../../openapi'))
          .value as MapValue
      },
      repoOf({ 'openapi.yaml': definition })
    )
    expect(outside.diagnostics.map(d => [d.code, d.severity, d.line])).toEqual([
      ['definition-outside-repository', 'error', 7],
      ['openapi-not-read', 'warning', 12]
    ])
    const list = await build({ 'app/openapi.yaml': '- openapi: 3.0.1' })
    expect(list.diagnostics.map(d => [d.code, d.severity, d.line])).toEqual([
      ['invalid-definition-uri', 'error', 7],
      ['openapi-not-read', 'warning', 12]
    ])
    // There but unreadable: an error at the file, in place of the API's warning.
    const loaded = loadDocument('app/template.yaml', template)
    const unreadable = await samFormat.build(
      { file: 'app/template.yaml', document: loaded.value as MapValue },
      {
        repo: {
          readText: async () => undefined,
          whyUnreadable: async path => (path === 'app/openapi.yaml' ? 'binary content' : undefined)
        }
      }
    )
    expect(unreadable.diagnostics.map(d => [d.code, d.file, d.line])).toEqual([
      ['unreadable-definition', 'app/openapi.yaml', 1],
      ['openapi-not-read', 'app/template.yaml', 12]
    ])
    const broken = await build({ 'app/openapi.yaml': 'paths: [unclosed' })
    expect(broken.diagnostics.map(d => [d.severity, d.file])).toContainEqual([
      'error',
      'app/openapi.yaml'
    ])
  })

  it('keeps the warning of another API written on the same line (a template on one line)', async () => {
    // Both DefinitionUri keys are on line 1: only the one whose file is missing has said so.
    const text = JSON.stringify({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        OrdersApi: {
          Type: 'AWS::Serverless::Api',
          Properties: { StageName: 'prod', DefinitionUri: './openapi.yaml' }
        },
        SpecsApi: {
          Type: 'AWS::Serverless::Api',
          Properties: { StageName: 'prod', DefinitionUri: 's3://specs/openapi.yaml' }
        }
      }
    })
    const loaded = loadDocument('app/template.json', text)
    const built = await samFormat.build(
      { file: 'app/template.json', document: loaded.value as MapValue },
      repoOf({})
    )
    expect(built.diagnostics.map(d => [d.code, d.severity, d.line])).toEqual([
      ['unresolved-definition-uri', 'error', 1],
      ['openapi-not-read', 'warning', 1]
    ])
  })
})

describe('the other spellings: OpenAPI 3 in a JSON template, Swagger 2.0 in YAML', () => {
  it('reads an OpenAPI 3 body of a SAM HTTP API written in JSON', async () => {
    const text = JSON.stringify(
      {
        Transform: 'AWS::Serverless-2016-10-31',
        Resources: {
          Api: {
            Type: 'AWS::Serverless::HttpApi',
            Properties: {
              DefinitionBody: {
                openapi: '3.0.1',
                components: {
                  securitySchemes: {
                    lambda: {
                      type: 'apiKey',
                      'x-amazon-apigateway-authorizer': { type: 'request' }
                    }
                  }
                },
                security: [{ lambda: [] }],
                paths: { '/items': { get: {}, post: { security: [] } } }
              }
            }
          }
        }
      },
      null,
      2
    )
    const line = (needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1
    const service = await serviceOf(samFormat, 'template.json', text)
    expect(routes(service)).toEqual([
      ['http', 'GET /items', line('"get"'), 'lambda', line('"security": ['), undefined],
      ['http', 'POST /items', line('"post"'), 'none', line('"security": []'), undefined]
    ])
  })

  it('reads a Swagger 2.0 body of a REST API written in YAML', async () => {
    const text = [
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties:',
      '      Body:',
      "        swagger: '2.0'",
      '        securityDefinitions:',
      '          api_key: { type: apiKey, name: x-api-key, in: header }',
      '          cognito:',
      '            type: apiKey',
      '            x-amazon-apigateway-authtype: cognito_user_pools',
      '        paths:',
      '          /pets:',
      '            get:',
      '              security: [{ api_key: [] }, { cognito: [] }]',
      '            post:',
      '              security: [{ api_key: [] }]'
    ].join('\n')
    const service = await serviceOf(cloudformationFormat, 'template.yaml', text)
    expect(routes(service)).toEqual([
      ['rest', 'GET /pets', 14, 'cognito', 15, undefined],
      ['rest', 'POST /pets', 16, 'none', 17, true]
    ])
  })
})

describe('a DefinitionUri file that is a template of its own', () => {
  // A template that names another as an API definition does not make it its own: the other is
  // still checked as the template it is, whichever of the two sorts first.
  const naming = (path: string): string =>
    [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      `      DefinitionUri: ${path}`
    ].join('\n')
  const publicUrl = [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
    '      Handler: index.handler',
    '      Runtime: nodejs22.x',
    '      InlineCode: x',
    '      FunctionUrlConfig:',
    '        AuthType: NONE'
  ].join('\n')

  it.each([
    ['a/template.yaml', 'b/template.yaml'],
    ['b/template.yaml', 'a/template.yaml']
  ])('%s naming %s keeps its findings', async (namer, named) => {
    const files = { [namer]: naming(`../${named}`), [named]: publicUrl }
    const full = await scanFiles(files)
    const urls = full.findings.filter(f => f.ruleId === 'lambda-url-auth-none')
    expect(urls.map(f => [f.location.file, f.location.line])).toEqual([[named, 10]])
    const pr = await scanFiles({ ...files, [named]: `${publicUrl}\n# edited\n` }, files)
    expect(pr.findings.filter(f => f.ruleId === 'lambda-url-auth-none')).toHaveLength(1)
  })
})

describe('a DefinitionUri file that names AWS pseudo parameters', () => {
  // An integration URI is written with `Fn::Sub` and `${AWS::Region}`, so the file mentions AWS
  // types as a template would: it is read as the API's definition, and is no unchecked file.
  const template = (path: string): string =>
    [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  OrdersApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      `      DefinitionUri: ${path}`
    ].join('\n')
  const definition = [
    'openapi: 3.0.1',
    'paths:',
    '  /orders:',
    '    get:',
    '      x-amazon-apigateway-integration:',
    '        type: aws_proxy',
    '        httpMethod: POST',
    '        uri:',
    "          Fn::Sub: 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn/invocations'"
  ].join('\n')

  it.each([
    ['app/template.yaml', 'specs/openapi.yaml'],
    ['app/template.yaml', 'api/openapi.yaml']
  ])('%s reading %s: the file is not stated as unchecked', async (file, path) => {
    const files = { [file]: template(`../${path}`), [path]: definition }
    const full = await scanFiles(files)
    const routes = full.findings.filter(f => f.ruleId === 'api-no-authorization')
    expect(routes.map(f => [f.location.file, f.location.line])).toEqual([[path, 4]])
    expect(full.diagnostics.head).toEqual([])
    expect(full.errors).toEqual([])
    const pr = await scanFiles({ ...files, [path]: `${definition}\n# edited\n` }, files)
    expect([...pr.diagnostics.head, ...pr.diagnostics.base]).toEqual([])
  })
})

describe('a path item written as a $ref', () => {
  // OpenAPI lets a path item be a reference (`$ref: '#/components/pathItems/orders'` or another
  // file): its methods are not read here, so the route is said to be unchecked, never passed.
  const text = [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    ...FUNCTION,
    '  OrdersApi:',
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      DefinitionBody:',
    '        openapi: 3.1.0',
    '        paths:',
    '          /orders:',
    "            $ref: '#/components/pathItems/orders'",
    '          /health:',
    '            get:',
    '              x-amazon-apigateway-integration:',
    '                type: aws_proxy',
    `                ${LAMBDA_URI}`,
    '        components:',
    '          pathItems:',
    '            orders:',
    '              delete:',
    '                x-amazon-apigateway-integration:',
    '                  type: aws_proxy',
    `                  ${LAMBDA_URI}`
  ].join('\n')

  it('is a warning at the reference; the other routes are read', async () => {
    const loaded = loadDocument('template.yaml', text)
    const built = await samFormat.build(
      { file: 'template.yaml', document: loaded.value as MapValue },
      repoOf()
    )
    const service = built.services[0] as Service
    expect(service.endpoints.map(e => e.id)).toEqual(['OrdersApi GET /health'])
    expect(built.diagnostics.map(d => [d.code, d.line])).toEqual([['openapi-not-read', 17]])
    expect(built.diagnostics[0]?.message).toContain('/orders')
  })
})

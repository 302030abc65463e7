import { describe, expect, it } from '@jest/globals'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { serverlessFormat } from '../../../src/iac/serverless/index.js'
import type { MapValue } from '../../../src/model/value.js'
import { buildDir, buildText, byId, lines } from './helpers.js'

describe('malformed Serverless files', () => {
  it('reports misshapen parts where they are written and models the rest', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: broken', // 1
        'provider:', // 2
        '  name: aws', // 3
        'functions:', // 4
        '  good:', // 5
        '    handler: good.handler', // 6
        '    events:', // 7
        '      - http: GET', // 8
        '      - sqs: arn:aws:sqs:eu-west-1:123456789012:q', // 9
        '  listed: [a, b]', // 10
        '  noEvents:', // 11
        '    handler: x.handler', // 12
        '    events: http', // 13
        'resources: 42' // 14
      )
    )
    expect(service.functions.map(f => f.id)).toEqual(['good', 'noEvents'])
    expect(byId(service.functions, 'good').triggers.map(t => t.kind)).toEqual(['rest-api', 'sqs'])
    expect(diagnostics.map(d => [d.code, d.file, d.line, d.column])).toEqual([
      ['invalid-event', 'serverless.yml', 8, 9],
      ['invalid-serverless', 'serverless.yml', 10, 3],
      ['invalid-event', 'serverless.yml', 13, 5],
      ['invalid-serverless', 'serverless.yml', 14, 12]
    ])
    expect(diagnostics[0]?.message).toBe('http event of function good should read "METHOD path"')
  })

  it('never throws on values of the wrong shape anywhere', async () => {
    const { service } = await buildText(
      lines(
        'service: [not, a, name]',
        'custom: ${self:custom}',
        'provider:',
        '  name: aws',
        '  environment: [A, B]',
        '  iam: { role: { statements: { not: a-list } } }',
        '  httpApi: { authorizers: 7 }',
        '  logs: { restApi: { level: [x] } }',
        'functions:',
        '  a:',
        '    handler: 12',
        '    url: { authorizer: [x] }',
        '    vpc: yes',
        '    events:',
        '      - http: { path: 1, method: 2, authorizer: [1], cors: { origins: 5 } }',
        '      - httpApi: { authorizer: { name: [x] } }',
        '      - websocket: { route: { x: 1 } }',
        '      - stream: [1]',
        '  b: null',
        'resources:',
        '  - Resources: [1]',
        '  - 5',
        '  - extensions: { ALambdaFunction: { Properties: 3 } }'
      )
    )
    expect(service.functions.map(f => f.id)).toEqual(['a'])
  })

  it('reports a broken include at its own line, in its own file', async () => {
    const { service, diagnostics } = await buildDir('own/broken-include')
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'config/broken.yml',
        line: 3,
        code: 'parse-error',
        severity: 'error'
      })
    ])
    const env = byId(service.functions, 'api').environment
    expect(env[0]?.value.value).toMatchObject({ kind: 'symbolic', fn: 'file' })
  })

  it('gets a located parse error for a file that is not YAML at all', () => {
    const loaded = loadDocument(
      'serverless.yml',
      'service: x\nprovider:\n  name: aws\n  bad: [unclosed\n'
    )
    expect(loaded.value).toBeUndefined()
    expect(loaded.diagnostics[0]).toMatchObject({ file: 'serverless.yml', code: 'parse-error' })
    expect(loaded.diagnostics[0]?.line).toBeGreaterThanOrEqual(4)
  })

  it('is not a service without service, provider or functions', () => {
    const doc = loadDocument('serverless.yml', 'component: website\ninputs: {}\n').value as MapValue
    expect(serverlessFormat.detect('serverless.yml', doc)).toBe(false)
  })
})

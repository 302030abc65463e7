import { describe, expect, it } from '@jest/globals'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { serverlessFormat } from '../../../src/iac/serverless/index.js'
import type { MapValue } from '../../../src/model/value.js'
import { buildText, byId, lines, symbolicOf } from './helpers.js'

const SERVICE = lines(
  'service: orders', // 1
  'provider:', // 2
  '  name: aws', // 3
  '  runtime: nodejs20.x', // 4
  '  memorySize: 512', // 5
  '  timeout: 10', // 6
  '  architecture: arm64', // 7
  '  logRetentionInDays: 14', // 8
  '  kmsKeyArn: ${ssm:/orders/kms}', // 9
  '  tracing:', // 10
  '    lambda: true', // 11
  '  environment:', // 12
  '    LOG_LEVEL: info', // 13
  '    TABLE: orders-table', // 14
  '  vpc:', // 15
  '    securityGroupIds: [sg-1]', // 16
  '    subnetIds: [subnet-a, subnet-b]', // 17
  '  layers:', // 18
  '    - arn:aws:lambda:eu-west-1:123456789012:layer:shared:3', // 19
  'functions:', // 20
  '  create-order:', // 21
  '    handler: src/orders/create.handler', // 22
  '    runtime: python3.12', // 23
  '    memorySize: 1024', // 24
  '    tracing: PassThrough', // 25
  '    environment:', // 26
  '      LOG_LEVEL: debug', // 27
  '      API_KEY: ${env:API_KEY}', // 28
  '    vpc:', // 29
  '      securityGroupIds: [sg-2]', // 30
  '      subnetIds: [subnet-c]', // 31
  '    layers: []', // 32
  '    reservedConcurrency: 5', // 33
  '    onError: arn:aws:sns:eu-west-1:123456789012:dlq', // 34
  '    destinations:', // 35
  '      onFailure:', // 36
  '        type: sqs', // 37
  '        arn: arn:aws:sqs:eu-west-1:123456789012:failures', // 38
  '    kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/own', // 39
  '    logRetentionInDays: 90', // 40
  '  report:', // 41
  '    handler: report.main', // 42
  '    name: orders-report', // 43
  '    package:', // 44
  '      artifact: build/report.zip', // 45
  '  container:', // 46
  '    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:latest' // 47
)

describe('Serverless functions', () => {
  it('detects serverless.yml / .yaml / .json in any folder, never code or other clouds', () => {
    const doc = (text: string) => loadDocument('x', text).value as MapValue
    const aws = doc('service: a\nprovider:\n  name: aws\n')
    expect(serverlessFormat.detect('serverless.yml', aws)).toBe(true)
    expect(serverlessFormat.detect('services/api/serverless.yaml', aws)).toBe(true)
    expect(serverlessFormat.detect('serverless.json', aws)).toBe(true)
    expect(serverlessFormat.detect('serverless.ts', aws)).toBe(false)
    expect(serverlessFormat.detect('serverless.js', aws)).toBe(false)
    // `serverless deploy --config` reads a service from any YAML or JSON file of its folder.
    expect(serverlessFormat.detect('serverless.prod.yml', aws)).toBe(true)
    expect(serverlessFormat.detect('template.yml', doc('service: a\nprovider: azure\n'))).toBe(
      false
    )
    expect(serverlessFormat.detect('template.yml', doc('provider:\n  name: aws\n'))).toBe(false)
    expect(serverlessFormat.detect('serverless.yml', doc('service: a\nprovider: azure\n'))).toBe(
      false
    )
    expect(
      serverlessFormat.detect('serverless.yml', doc('service: a\nprovider: { name: google }\n'))
    ).toBe(false)
    expect(
      serverlessFormat.detect('serverless.yml', doc('provider: ${file(../base.yml):provider}\n'))
    ).toBe(true)
    expect(serverlessFormat.detect('serverless.yml', doc('name: not-a-service\n'))).toBe(false)
  })

  it('names the service by file path and service name, v1 map form included', async () => {
    const { service } = await buildText(SERVICE, {}, 'services/orders/serverless.yml')
    expect(service).toMatchObject({
      id: 'services/orders/serverless.yml',
      name: 'orders',
      format: 'serverless',
      dir: 'services/orders',
      files: ['services/orders/serverless.yml'],
      loc: { line: 1, column: 1 }
    })
    const v1 = await buildText(
      lines(
        'service:',
        '  name: legacy',
        '  awsKmsKeyArn: arn:aws:kms:k',
        'functions:',
        '  a:',
        '    handler: a.b'
      )
    )
    expect(v1.service.name).toBe('legacy')
    expect(byId(v1.service.functions, 'a').kmsKeyArn).toMatchObject({
      value: 'arn:aws:kms:k',
      loc: { line: 3 }
    })
  })

  it('lets the function win over provider defaults, each located where it is written', async () => {
    const { service } = await buildText(SERVICE, {}, 'services/orders/serverless.yml')
    const fn = byId(service.functions, 'create-order')
    expect(fn.loc).toMatchObject({ file: 'services/orders/serverless.yml', line: 21, column: 3 })
    expect(fn.handler).toMatchObject({ value: 'src/orders/create.handler', loc: { line: 22 } })
    expect(fn.codePath).toMatchObject({ value: 'services/orders/src/orders', loc: { line: 22 } })
    expect(fn.runtime).toMatchObject({ value: 'python3.12', loc: { line: 23 } })
    expect(fn.memorySize).toMatchObject({ value: 1024, loc: { line: 24 } })
    expect(fn.timeout).toMatchObject({ value: 10, loc: { line: 6 } })
    expect(fn.architectures).toEqual([
      expect.objectContaining({ value: 'arm64', loc: expect.objectContaining({ line: 7 }) })
    ])
    expect(fn.tracing).toMatchObject({ value: 'PassThrough', loc: { line: 25 } })
    expect(fn.vpc).toMatchObject({
      subnetIds: [{ value: 'subnet-c' }],
      securityGroupIds: [{ value: 'sg-2' }],
      loc: { line: 29 }
    })
    expect(fn.layers).toEqual([])
    expect(fn.kmsKeyArn).toMatchObject({
      value: 'arn:aws:kms:eu-west-1:123456789012:key/own',
      loc: { line: 39 }
    })
    expect(fn.logRetentionDays).toMatchObject({ value: 90, loc: { line: 40 } })
    expect(fn.reservedConcurrency).toMatchObject({ value: 5, loc: { line: 33 } })
    expect(fn.deadLetterTarget).toMatchObject({
      value: 'arn:aws:sns:eu-west-1:123456789012:dlq',
      loc: { line: 34 }
    })
    expect(fn.onFailureDestination).toMatchObject({
      value: 'arn:aws:sqs:eu-west-1:123456789012:failures',
      loc: { line: 38 }
    })
  })

  it('merges environment variables: shared from the provider unless the function sets them', async () => {
    const { service } = await buildText(SERVICE)
    const env = byId(service.functions, 'create-order').environment
    expect(env.map(v => [v.name, v.origin, v.loc.line])).toEqual([
      ['TABLE', 'shared', 14],
      ['LOG_LEVEL', 'function', 27],
      ['API_KEY', 'function', 28]
    ])
    expect(env.find(v => v.name === 'LOG_LEVEL')?.value.value).toBe('debug')
    expect(symbolicOf(env.find(v => v.name === 'API_KEY')?.value)).toMatchObject({ fn: 'env' })
  })

  it('gives functions without their own settings the provider defaults', async () => {
    const { service } = await buildText(SERVICE)
    const fn = byId(service.functions, 'report')
    expect(fn.name).toMatchObject({ value: 'orders-report', loc: { line: 43 } })
    expect(fn.runtime).toMatchObject({ value: 'nodejs20.x', loc: { line: 4 } })
    expect(fn.memorySize).toMatchObject({ value: 512, loc: { line: 5 } })
    expect(fn.tracing).toMatchObject({ value: 'Active', loc: { line: 11 } })
    expect(fn.logRetentionDays).toMatchObject({ value: 14, loc: { line: 8 } })
    expect(symbolicOf(fn.kmsKeyArn)).toMatchObject({ fn: 'ssm', expr: '${ssm:/orders/kms}' })
    expect(fn.kmsKeyArn?.loc.line).toBe(9)
    expect(fn.vpc?.loc.line).toBe(15)
    expect(fn.vpc?.subnetIds.map(s => s.value)).toEqual(['subnet-a', 'subnet-b'])
    expect(fn.layers.map(l => l.loc.line)).toEqual([19])
    expect(fn.environment.map(v => [v.name, v.origin])).toEqual([
      ['LOG_LEVEL', 'shared'],
      ['TABLE', 'shared']
    ])
    // The deployed artifact is the code.
    expect(fn.codePath).toMatchObject({ value: 'build/report.zip', loc: { line: 45 } })
    expect(byId(service.functions, 'container').packageType).toMatchObject({
      value: 'Image',
      loc: { line: 47 }
    })
  })

  it('reads url: true as a public function URL and url.authorizer aws_iam as signed', async () => {
    const { service } = await buildText(
      lines(
        'service: urls',
        'provider:',
        '  name: aws',
        'functions:',
        '  open:',
        '    handler: open.handler',
        '    url: true',
        '  signed:',
        '    handler: signed.handler',
        '    url:',
        '      authorizer: aws_iam',
        '      cors:',
        '        allowedOrigins: [https://app.example.com]',
        '        allowCredentials: true',
        '  none:',
        '    handler: none.handler',
        '    url: false'
      )
    )
    const open = byId(service.functions, 'open')
    expect(open.url).toMatchObject({
      authType: { value: 'NONE', loc: { line: 7 } },
      endpointId: 'OpenLambdaFunctionUrl'
    })
    expect(byId(service.endpoints, 'OpenLambdaFunctionUrl')).toMatchObject({
      kind: 'function-url',
      functionIds: ['open'],
      auth: { type: 'none', loc: { line: 7 } }
    })
    expect(open.triggers).toEqual([
      expect.objectContaining({
        kind: 'function-url',
        endpointId: 'OpenLambdaFunctionUrl',
        async: false
      })
    ])
    const signed = byId(service.functions, 'signed')
    expect(signed.url?.authType).toMatchObject({ value: 'AWS_IAM', loc: { line: 11 } })
    expect(signed.url?.cors).toMatchObject({
      allowOrigins: [{ value: 'https://app.example.com' }],
      allowCredentials: { value: true, loc: { line: 14 } },
      loc: { line: 12 }
    })
    expect(byId(service.endpoints, 'SignedLambdaFunctionUrl').auth).toMatchObject({
      type: 'iam',
      loc: { line: 11 }
    })
    expect(byId(service.functions, 'none').url).toBeUndefined()
    expect(service.endpoints).toHaveLength(2)
  })

  it('reads serverless.json, and functions given as a list of fragments', async () => {
    const json = JSON.stringify(
      {
        service: 'json-service',
        provider: { name: 'aws', runtime: 'nodejs20.x' },
        functions: [{ first: { handler: 'a.handler' } }, { second: { handler: 'lib/b.handler' } }]
      },
      null,
      2
    )
    const { service } = await buildText(json, {}, 'api/serverless.json')
    expect(service.functions.map(f => [f.id, f.loc.line, f.codePath?.value])).toEqual([
      ['first', 9, 'api'],
      ['second', 14, 'api/lib']
    ])
  })
})

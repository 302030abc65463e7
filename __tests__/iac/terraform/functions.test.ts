import { beforeAll, describe, expect, it } from '@jest/globals'
import type { LambdaFunction } from '../../../src/model/types.js'
import { buildFixture, byId, lineOf, shown, type Built } from './support.js'

const LAMBDA = 'app/lambda.tf'

describe('Terraform functions (app fixture)', () => {
  let built: Built
  let handler: LambdaFunction

  beforeAll(async () => {
    built = await buildFixture('app')
    handler = byId(built.service.functions, 'aws_lambda_function.handler')
  })

  it('builds one service for the folder, from all its files, without diagnostics', () => {
    expect(built.diagnostics).toEqual([])
    expect(built.services).toHaveLength(1)
    expect(built.service).toMatchObject({ id: 'app', name: 'app', format: 'terraform', dir: 'app' })
    expect(built.service.files).toEqual([
      'app/api.tf',
      'app/attachments.tf',
      'app/data.tf',
      'app/iam.tf',
      'app/lambda.tf',
      'app/module.tf',
      'app/variables.tf'
    ])
  })

  it('reads the function settings, each located at the key that sets it', () => {
    expect(handler.loc).toMatchObject({
      file: LAMBDA,
      line: lineOf(LAMBDA, '"aws_lambda_function" "handler"'),
      column: 1
    })
    expect(handler.handler).toEqual({
      value: 'app.handler',
      loc: {
        file: LAMBDA,
        line: lineOf(LAMBDA, 'handler       = "app.handler"'),
        column: 3,
        value: { start: { line: 18, column: 19 }, end: { line: 18, column: 32 } }
      }
    })
    expect(shown(handler.memorySize)).toBe(256)
    expect(handler.architectures.map(shown)).toEqual(['arm64'])
    expect(shown(handler.tracing)).toBe('Active')
    expect(handler.tracing?.loc.line).toBe(lineOf(LAMBDA, 'mode = "Active"'))
    expect(shown(handler.reservedConcurrency)).toBe(5)
    expect(shown(handler.deadLetterTarget)).toBe('{aws_sqs_queue.dlq.arn}')
    expect(shown(handler.kmsKeyArn)).toBe('{aws_kms_key.main.arn}')
    expect(handler.layers.map(shown)).toEqual(['{aws_lambda_layer_version.deps.arn}'])
    expect(handler.vpc?.subnetIds.map(shown)).toEqual(['subnet-1', 'subnet-2'])
    expect(handler.vpc?.securityGroupIds.map(shown)).toEqual(['{aws_security_group.lambda.id}'])
  })

  it('resolves variable defaults and literal locals where they are used', () => {
    expect(handler.runtime).toMatchObject({
      value: 'python3.12',
      loc: { line: lineOf(LAMBDA, 'runtime       = var.runtime') }
    })
    // local.function_name = "${var.prefix}-handler", var.prefix defaults to "orders".
    expect(handler.name).toMatchObject({
      value: 'orders-handler',
      loc: { line: lineOf(LAMBDA, 'function_name = local.function_name') }
    })
    expect(shown(handler.timeout)).toBe(30)
  })

  it('takes the code path from the archive_file the package is built from', () => {
    expect(handler.codePath).toMatchObject({
      value: './src/handler',
      loc: { line: lineOf(LAMBDA, 'source_dir  =') }
    })
    const worker = byId(built.service.functions, 'aws_lambda_function.worker')
    expect(shown(worker.codePath)).toBe('worker.zip')
  })

  it('lists environment variables, located at their names, symbolic when unresolved', () => {
    const env = Object.fromEntries(handler.environment.map(e => [e.name, shown(e.value)]))
    expect(env).toEqual({
      TABLE_NAME: '{aws_dynamodb_table.orders.name}',
      STAGE: 'prod',
      DB_PASSWORD: '{var.db_password}',
      API_KEY: 'AKIAIOSFODNN7EXAMPLE'
    })
    const key = handler.environment.find(e => e.name === 'API_KEY')
    expect(key).toMatchObject({
      origin: 'function',
      loc: { line: lineOf(LAMBDA, 'API_KEY'), column: 7 }
    })
  })

  it('links the role of the folder, and keeps an outside role as written', () => {
    expect(handler.roleId).toBe('aws_iam_role.lambda')
    const worker = byId(built.service.functions, 'aws_lambda_function.worker')
    expect(worker.roleId).toBeUndefined()
    expect(shown(worker.roleRef)).toBe('arn:aws:iam::123456789012:role/shared-worker')
    // count resources are modelled once, under their address without index.
    expect(shown(worker.name)).toBe('{"worker-${count.index}"}')
  })

  it('reads the function URL with its auth and CORS, as an endpoint and a trigger', () => {
    expect(shown(handler.url?.authType)).toBe('NONE')
    expect(handler.url?.cors?.allowOrigins.map(shown)).toEqual(['*'])
    expect(shown(handler.url?.cors?.allowCredentials)).toBe(true)
    const endpoint = byId(built.service.endpoints, 'aws_lambda_function_url.handler')
    expect(endpoint).toMatchObject({
      kind: 'function-url',
      functionIds: ['aws_lambda_function.handler'],
      auth: { type: 'none', loc: { line: lineOf(LAMBDA, 'authorization_type = "NONE"') } }
    })
    expect(handler.triggers).toContainEqual(
      expect.objectContaining({ kind: 'function-url', endpointId: endpoint.id, async: false })
    )
  })

  it('links event sources, schedules, topics and failure destinations', () => {
    const kinds = handler.triggers.map(t => [t.kind, shown(t.source), t.async])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['sqs', '{aws_sqs_queue.orders.arn}', false],
        ['schedule', 'cron(0 3 * * ? *)', true],
        ['sns', '{aws_sns_topic.alerts.arn}', true]
      ])
    )
    expect(shown(handler.onFailureDestination)).toBe('{aws_sqs_queue.dlq.arn}')
  })

  it('takes the log retention from the function log group', () => {
    expect(handler.logRetentionDays).toMatchObject({
      value: 14,
      loc: { line: lineOf(LAMBDA, 'retention_in_days = var.retention') }
    })
  })

  it('reads invoke permissions and links them by reference or by name', () => {
    const anyone = byId(built.service.permissions, 'aws_lambda_permission.anyone')
    expect(anyone).toMatchObject({ functionId: 'aws_lambda_function.handler' })
    expect(shown(anyone.principal)).toBe('*')
    expect(anyone.principal.loc.line).toBe(lineOf(LAMBDA, 'principal     = "*"'))
    const bucket = byId(built.service.permissions, 'aws_lambda_permission.bucket')
    // function_name = "orders-handler" names the function by its resolved name.
    expect(bucket.functionId).toBe('aws_lambda_function.handler')
    expect(shown(bucket.sourceArn)).toBe('{aws_s3_bucket.uploads.arn}')
    expect(shown(bucket.sourceAccount)).toBe('123456789012')
  })
})

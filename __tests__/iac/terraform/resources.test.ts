import { beforeAll, describe, expect, it } from '@jest/globals'
import { get, toPlain } from '../../../src/model/value.js'
import { buildFiles, buildFixture, byId, lineOf, shown, type Built } from './support.js'

const DATA = 'app/data.tf'

describe('Terraform data stores, parameters and raw resources (app fixture)', () => {
  let built: Built
  const resource = (id: string) => byId(built.service.resources, id)

  beforeAll(async () => {
    built = await buildFixture('app')
  })

  it('gathers a bucket with its public access block and encryption from separate resources', () => {
    const bucket = resource('aws_s3_bucket.uploads')
    expect(bucket).toMatchObject({ kind: 'bucket', type: 'aws_s3_bucket' })
    expect(shown(bucket.name)).toBe('orders-uploads')
    const block = bucket.attributes.publicAccessBlock
    expect(block?.loc.line).toBe(lineOf(DATA, '"aws_s3_bucket_public_access_block" "uploads"'))
    expect(shown(block?.blockPublicPolicy)).toBe(false)
    expect(block?.blockPublicPolicy?.loc.line).toBe(lineOf(DATA, 'block_public_policy     = false'))
    expect(shown(bucket.attributes.encryption)).toBe('aws:kms')
    expect(shown(bucket.attributes.kmsKeyId)).toBe('{aws_kms_key.main.arn}')
    expect(bucket.policies).toHaveLength(1)
  })

  it('reads legacy inline bucket settings', () => {
    const legacy = resource('aws_s3_bucket.legacy')
    expect(legacy.attributes.acl).toMatchObject({
      value: 'public-read',
      loc: { line: lineOf(DATA, 'acl    = "public-read"') }
    })
  })

  it('normalises the security settings of tables, queues, keys, secrets and Cognito', () => {
    const table = resource('aws_dynamodb_table.orders').attributes
    expect([shown(table.pointInTimeRecovery), shown(table.sseEnabled)]).toEqual([true, true])
    expect(shown(resource('aws_sqs_queue.orders').attributes.sseEnabled)).toBe(true)
    expect(shown(resource('aws_sqs_queue.dlq').attributes.kmsKeyId)).toBe('alias/aws/sqs')
    expect(resource('aws_sns_topic.alerts').attributes).toEqual({})
    expect(shown(resource('aws_kms_key.main').attributes.keyRotation)).toBe(false)
    const secret = resource('aws_secretsmanager_secret.db')
    expect(secret.attributes.rotation).toMatchObject({
      value: true,
      loc: { line: lineOf(DATA, '"aws_secretsmanager_secret_rotation" "db"') }
    })
    expect(
      shown(resource('aws_cognito_identity_pool.guests').attributes.allowUnauthenticated)
    ).toBe(true)
    expect(shown(resource('aws_cognito_user_pool.users').attributes.mfa)).toBe('OFF')
    const logs = resource('aws_cloudwatch_log_group.orders')
    expect([logs.kind, shown(logs.attributes.retentionDays)]).toEqual(['log-group', 14])
  })

  it('lists variables as parameters with their defaults, sensitive ones as secret', () => {
    const params = Object.fromEntries(built.service.parameters.map(p => [p.name, p]))
    expect(params.runtime?.default).toMatchObject({
      value: 'python3.12',
      loc: { file: 'app/variables.tf', line: 3 }
    })
    expect(params.allowed_actions?.default?.value).toEqual([
      'sqs:SendMessage',
      'sqs:ReceiveMessage'
    ])
    expect(params.db_password?.secret).toBe(true)
    expect(params.db_password?.default).toBeUndefined()
    expect(params.retention?.default?.value).toBe(14)
  })

  it('keeps every resource and data block as written, with located attributes', () => {
    const raw = built.service.rawResources
    expect(raw.map(r => r.id)).toEqual(
      expect.arrayContaining([
        'aws_lambda_function.handler',
        'data.archive_file.handler',
        'data.aws_iam_policy_document.logs',
        'aws_api_gateway_stage.prod'
      ])
    )
    expect(raw.some(r => r.id.startsWith('module.'))).toBe(false)
    const handler = byId(raw, 'aws_lambda_function.handler')
    expect(handler.type).toBe('aws_lambda_function')
    const env = get(get(handler.properties, 'environment'), 'variables')
    expect(env).toBeUndefined() // blocks are lists of maps
    const blocks = get(handler.properties, 'environment')
    expect(toPlain(blocks)).toEqual([
      {
        variables: {
          TABLE_NAME: 'aws_dynamodb_table.orders.name',
          STAGE: 'prod',
          DB_PASSWORD: 'var.db_password',
          API_KEY: 'AKIAIOSFODNN7EXAMPLE'
        }
      }
    ])
  })
})

describe('Terraform resource policies written as separate resources', () => {
  it('attaches layer, event bus and key policies, and reads stream encryption', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_lambda_layer_version" "deps" {',
        '  layer_name = "deps"',
        '}',
        'resource "aws_lambda_layer_version_permission" "public" {',
        '  layer_name     = aws_lambda_layer_version.deps.layer_name',
        '  version_number = 1',
        '  statement_id   = "public"',
        '  action         = "lambda:GetLayerVersion"',
        '  principal      = "*"',
        '}',
        'resource "aws_lambda_layer_version_permission" "org" {',
        '  layer_name      = "shared-layer"',
        '  action          = "lambda:GetLayerVersion"',
        '  principal       = "*"',
        '  organization_id = "o-123"',
        '}',
        'resource "aws_cloudwatch_event_bus" "bus" {',
        '  name = "orders"',
        '}',
        'resource "aws_cloudwatch_event_bus_policy" "bus" {',
        '  event_bus_name = "orders"',
        '  policy         = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "events:PutEvents" }] })',
        '}',
        'resource "aws_kinesis_stream" "s" {',
        '  name            = "s"',
        '  encryption_type = "NONE"',
        '}'
      ].join('\n')
    })
    expect(diagnostics).toEqual([])
    const layer = byId(service.resources, 'aws_lambda_layer_version.deps')
    const [statement] = layer.policies[0]?.statements ?? []
    expect(statement?.principals.map(p => [p.type, shown(p.value)])).toEqual([['*', '*']])
    expect(statement?.actions.map(shown)).toEqual(['lambda:GetLayerVersion'])
    expect(statement?.loc.line).toBe(4)
    // A layer of another folder still shows its permission, with the organisation condition.
    const outside = byId(service.resources, 'aws_lambda_layer_version_permission.org')
    expect(outside.kind).toBe('layer')
    expect(toPlain(outside.policies[0]?.statements[0]?.condition)).toEqual({
      StringEquals: { 'aws:PrincipalOrgID': 'o-123' }
    })
    const bus = byId(service.resources, 'aws_cloudwatch_event_bus.bus')
    expect(bus.policies[0]?.statements[0]?.loc.line).toBe(22)
    expect(shown(byId(service.resources, 'aws_kinesis_stream.s').attributes.encryption)).toBe(
      'NONE'
    )
  })
})

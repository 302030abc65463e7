import { describe, expect, it } from '@jest/globals'
import { buildFixture, byId, lineOf, shown } from './support.js'

// Real public folders, copied unmodified (see __tests__/fixtures/iac/terraform/corpus/SOURCES.md).

describe('real Terraform folders', () => {
  it('aws-sam-cli: functions from resources and from the terraform-aws-modules Lambda module', async () => {
    const { service, diagnostics } = await buildFixture('corpus/sam-cli-layers')
    const file = 'corpus/sam-cli-layers/main.tf'
    expect(diagnostics).toEqual([])
    expect(service.functions.map(f => f.id)).toEqual([
      'module.function8',
      'module.function9',
      'aws_lambda_function.function1',
      'aws_lambda_function.function2',
      'aws_lambda_function.function3',
      'aws_lambda_function.function4',
      'aws_lambda_function.function6',
      'aws_lambda_function.function7'
    ])
    const function1 = byId(service.functions, 'aws_lambda_function.function1')
    expect(function1.roleId).toBe('aws_iam_role.iam_for_lambda')
    expect(function1.layers.map(shown)).toEqual(['{module.const_layer1.layer_arn}'])
    const function8 = byId(service.functions, 'module.function8')
    expect(function8.codePath).toMatchObject({
      value: './artifacts/HelloWorldFunction.zip',
      loc: {
        file,
        line: lineOf(file, 'local_existing_package = "./artifacts/HelloWorldFunction.zip"')
      }
    })
    expect(function8.roleId).toBe('module.function8.role')
    expect(shown(function8.name)).toBe('{"function8_${random_pet.this.id}"}')
    expect(shown(byId(service.functions, 'module.function9').codePath)).toBe('function9_code')
    // Modules with create_layer = true make layers, not functions; aws_lambda_layer_version are layers.
    expect(service.resources.filter(r => r.kind === 'layer').map(r => r.id)).toEqual([
      'aws_lambda_layer_version.layer4',
      'aws_lambda_layer_version.layer6',
      'aws_lambda_layer_version.layer7'
    ])
    const role = byId(service.roles, 'aws_iam_role.iam_for_lambda')
    expect(role.trustPolicy?.statements[0]?.principals[0]).toMatchObject({
      type: 'Service',
      value: {
        value: 'lambda.amazonaws.com',
        loc: { line: lineOf(file, '"Service": "lambda.amazonaws.com"') }
      }
    })
  })

  it('powertools-lambda-java: REST endpoints across files, heredoc policies, permissions', async () => {
    const { service, diagnostics } = await buildFixture('corpus/powertools-java-rest')
    const api = 'corpus/powertools-java-rest/api-gateway.tf'
    const lambda = 'corpus/powertools-java-rest/lambda.tf'
    expect(diagnostics).toEqual([])
    expect(
      service.endpoints.map(e => [e.id, shown(e.method), shown(e.path), e.functionIds, e.auth.type])
    ).toEqual([
      [
        'aws_api_gateway_method.hello_get_method',
        'GET',
        '/hello',
        ['aws_lambda_function.hello_world_lambda'],
        'none'
      ],
      [
        'aws_api_gateway_method.hello_stream_get_method',
        'GET',
        '/hellostream',
        ['aws_lambda_function.hello_world_stream_lambda'],
        'none'
      ]
    ])
    expect(service.endpoints[0]?.auth.loc).toMatchObject({
      file: api,
      line: lineOf(api, 'authorization = "NONE"')
    })
    const fn = byId(service.functions, 'aws_lambda_function.hello_world_lambda')
    expect([shown(fn.tracing), shown(fn.memorySize), fn.roleId]).toEqual([
      'Active',
      512,
      'aws_iam_role.iam_role_for_lambda'
    ])
    const policy = byId(service.policies, 'aws_iam_policy.iam_policy_for_lambda')
    expect(policy.attachedTo).toEqual(['aws_iam_role.iam_role_for_lambda'])
    const [statement] = policy.document?.statements ?? []
    expect(statement?.sid).toBe('LambdaPolicy')
    expect(statement?.resources[0]).toMatchObject({
      value: '*',
      loc: { file: lambda, line: lineOf(lambda, '"Resource": "*"') }
    })
    expect(statement?.actions[0]?.loc.line).toBe(lineOf(lambda, '"logs:CreateLogGroup"'))
    expect(service.permissions.map(p => [p.functionId, shown(p.principal)])).toEqual([
      ['aws_lambda_function.hello_world_lambda', 'apigateway.amazonaws.com'],
      ['aws_lambda_function.hello_world_lambda', 'apigateway.amazonaws.com'],
      ['aws_lambda_function.hello_world_stream_lambda', 'apigateway.amazonaws.com'],
      ['aws_lambda_function.hello_world_stream_lambda', 'apigateway.amazonaws.com']
    ])
    // The deployment's stage_name creates a stage with default settings (no access logs).
    const stage = byId(service.resources, 'aws_api_gateway_deployment.prod_deployment')
    expect(stage.kind).toBe('api-stage')
    expect(stage.attributes.accessLogDestination).toBeUndefined()
  })

  it('serverless-patterns lambda-sns: aws_iam_policy_document and archive_file', async () => {
    const { service, diagnostics } = await buildFixture('corpus/lambda-sns')
    const file = 'corpus/lambda-sns/main.tf'
    expect(diagnostics).toEqual([])
    const fn = byId(service.functions, 'aws_lambda_function.lambda_function')
    expect(fn.codePath).toMatchObject({
      value: './src/app.js',
      loc: { line: lineOf(file, 'source_file') }
    })
    expect(fn.environment.map(e => [e.name, shown(e.value)])).toEqual([
      ['SNStopic', '{aws_sns_topic.sns_topic.arn}']
    ])
    const role = byId(service.roles, 'aws_iam_role.lambda_iam_role')
    expect(role.policies.map(p => [p.id, p.kind])).toEqual([
      ['aws_iam_role_policy_attachment.lambda_basic_execution', 'external'],
      ['aws_iam_policy.lambda_policy', 'managed']
    ])
    const [statement] =
      byId(role.policies, 'aws_iam_policy.lambda_policy').document?.statements ?? []
    expect(statement?.actions[0]).toMatchObject({
      value: 'sns:Publish',
      loc: { line: lineOf(file, '"sns:Publish"') }
    })
    expect(statement?.resources[0]?.value).toMatchObject({
      kind: 'symbolic',
      refs: ['aws_sns_topic.sns_topic']
    })
    expect(byId(service.resources, 'aws_sns_topic.sns_topic').kind).toBe('topic')
  })

  it('serverless-patterns apigw-http-api: HTTP route, variables resolved, log retention', async () => {
    const { service, diagnostics } = await buildFixture('corpus/apigw-http-api')
    const file = 'corpus/apigw-http-api/main.tf'
    expect(diagnostics).toEqual([])
    const fn = byId(service.functions, 'aws_lambda_function.app')
    expect(fn.name).toMatchObject({
      value: 'test_apigw_integration',
      loc: { file, line: lineOf(file, 'function_name = var.lambda_name') }
    })
    // The log group "/aws/lambda/${var.lambda_name}" resolves to the function's own.
    expect(fn.logRetentionDays).toMatchObject({
      value: 7,
      loc: { line: lineOf(file, 'retention_in_days = var.lambda_log_retention') }
    })
    const route = byId(service.endpoints, 'aws_apigatewayv2_route.any')
    expect(route).toMatchObject({
      kind: 'http',
      functionIds: ['aws_lambda_function.app'],
      auth: { type: 'none' }
    })
    expect(shown(route.path)).toBe('$default')
    expect(route.cors?.allowOrigins[0]).toMatchObject({
      value: '*',
      loc: { line: lineOf(file, '"*",') }
    })
    const trust = byId(service.roles, 'aws_iam_role.lambda_exec').trustPolicy?.statements[0]
    expect(trust?.principals[0]?.value).toMatchObject({
      value: 'lambda.amazonaws.com',
      loc: { line: lineOf(file, 'Service = "lambda.amazonaws.com"') }
    })
    expect(service.parameters.map(p => [p.name, p.default?.value])).toEqual([
      ['aws_region', 'us-east-1'],
      ['s3_bucket_prefix', 'apigw-http-api-lambda'],
      ['lambda_name', 'test_apigw_integration'],
      ['lambda_log_retention', 7],
      ['apigw_log_retention', 7]
    ])
    const bucket = byId(service.resources, 'aws_s3_bucket.lambda_bucket')
    expect(shown(bucket.name)).toBe('apigw-http-api-lambda')
    expect(shown(bucket.attributes.publicAccessBlock?.blockPublicPolicy)).toBe(true)
  })

  it('moritzzimmer/terraform-aws-lambda: count, dynamic blocks and documents across ten files', async () => {
    const { service, diagnostics } = await buildFixture('corpus/moritzzimmer-lambda')
    const main = 'corpus/moritzzimmer-lambda/main.tf'
    const iam = 'corpus/moritzzimmer-lambda/iam.tf'
    expect(diagnostics).toEqual([])
    expect(service.files).toHaveLength(10)
    expect(service.functions.map(f => [f.id, f.roleId])).toEqual([
      ['aws_lambda_function.lambda', 'aws_iam_role.lambda'],
      ['aws_lambda_function.lambda_external_lifecycle', 'aws_iam_role.lambda']
    ])
    const fn = byId(service.functions, 'aws_lambda_function.lambda')
    expect(fn.memorySize).toMatchObject({
      value: 128,
      loc: { file: main, line: lineOf(main, 'memory_size') }
    })
    expect(fn.timeout?.value).toMatchObject({ kind: 'symbolic', expr: 'local.timeout' })
    // environment is a dynamic block fed by a variable: nothing can be listed.
    expect(fn.environment).toEqual([])
    const role = byId(service.roles, 'aws_iam_role.lambda')
    const trust = role.trustPolicy?.statements[0]
    expect(trust?.actions.map(shown)).toEqual(['sts:AssumeRole'])
    expect(trust?.principals[0]?.type).toBe('Service')
    expect(trust?.principals[0]?.value.value).toMatchObject({
      kind: 'symbolic',
      fn: 'slice',
      refs: ['var.lambda_at_edge']
    })
    const logs = byId(role.policies, 'aws_iam_role_policy.logs')
    expect(logs.document?.statements[0]?.actions.map(a => [shown(a), a.loc.line])).toEqual([
      ['logs:CreateLogStream', lineOf(iam, '"logs:CreateLogStream"')],
      ['logs:PutLogEvents', lineOf(iam, '"logs:PutLogEvents"')]
    ])
    expect(byId(role.policies, 'aws_iam_role_policy.vpc').document?.symbolic?.expr).toBe(
      'data.aws_iam_policy.vpc[0].policy'
    )
    const sns = byId(service.permissions, 'aws_lambda_permission.sns')
    expect([
      'aws_lambda_function.lambda',
      'aws_lambda_function.lambda_external_lifecycle'
    ]).toContain(sns.functionId)
    expect(byId(service.resources, 'aws_cloudwatch_log_group.lambda').kind).toBe('log-group')
    expect(service.parameters.find(p => p.name === 'memory_size')?.default?.value).toBe(128)
  })
})

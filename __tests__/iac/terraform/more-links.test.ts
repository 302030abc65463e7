import { describe, expect, it } from '@jest/globals'
import { buildFiles, byId, shown } from './support.js'

const FUNCTION = [
  'resource "aws_lambda_function" "fn" {',
  '  function_name = "fn"',
  '  role          = aws_iam_role.r.arn',
  '}'
]

describe('Terraform IAM documents and role policies', () => {
  it('merges source and override documents, and reads inline and managed policy ARNs', async () => {
    const { service, diagnostics } = await buildFiles({
      'iam.tf': [
        'data "aws_iam_policy_document" "base" {',
        '  statement {',
        '    sid       = "Read"',
        '    actions   = ["s3:GetObject"]',
        '    resources = ["*"]',
        '  }',
        '  statement {',
        '    sid     = "Write"',
        '    actions = ["s3:PutObject"]',
        '  }',
        '}',
        'data "aws_iam_policy_document" "final" {',
        '  source_policy_documents   = [data.aws_iam_policy_document.base.json]',
        '  override_policy_documents = [data.aws_iam_policy_document.narrow.json]',
        '  statement {',
        '    sid     = "Own"',
        '    actions = ["sqs:SendMessage"]',
        '  }',
        '}',
        'data "aws_iam_policy_document" "narrow" {',
        '  statement {',
        '    sid       = "Read"',
        '    actions   = ["s3:GetObject"]',
        '    resources = ["arn:aws:s3:::bucket/*"]',
        '  }',
        '}',
        'resource "aws_iam_role" "r" {',
        '  name                 = "r"',
        '  assume_role_policy   = data.aws_iam_policy_document.final.json',
        '  permissions_boundary = "arn:aws:iam::123456789012:policy/boundary"',
        '  managed_policy_arns  = ["arn:aws:iam::aws:policy/ReadOnlyAccess", var.extra_policy]',
        '  inline_policy {',
        '    name   = "inline"',
        '    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "*" }] })',
        '  }',
        '}'
      ].join('\n')
    })
    expect(diagnostics).toEqual([])
    const role = byId(service.roles, 'aws_iam_role.r')
    const statements = role.trustPolicy?.statements ?? []
    expect(statements.map(s => [s.sid, s.resources.map(shown), s.loc.line])).toEqual([
      ['Read', ['arn:aws:s3:::bucket/*'], 21],
      ['Write', [], 7],
      ['Own', [], 15]
    ])
    expect(shown(role.permissionsBoundary)).toBe('arn:aws:iam::123456789012:policy/boundary')
    expect(role.policies.map(p => [p.id, p.kind, shown(p.arn)])).toEqual([
      ['aws_iam_role.r.inline_policy.inline', 'inline', undefined],
      [
        'aws_iam_role.r.managed_policy_arns[0]',
        'aws-managed',
        'arn:aws:iam::aws:policy/ReadOnlyAccess'
      ],
      ['aws_iam_role.r.managed_policy_arns[1]', 'external', '{var.extra_policy}']
    ])
    expect(role.policies[0]?.document?.statements[0]?.actions.map(shown)).toEqual(['kms:Decrypt'])
  })

  it('keeps a policy of a role defined elsewhere as a policy of the service', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'resource "aws_iam_role_policy" "p" {',
        '  role   = var.role_name',
        '  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })',
        '}'
      ].join('\n')
    })
    expect(service.policies).toMatchObject([
      { id: 'aws_iam_role_policy.p', kind: 'inline', attachedTo: [] }
    ])
  })
})

describe('Terraform triggers and HTTP APIs', () => {
  it('links S3 notifications and EventBridge patterns as asynchronous triggers', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...FUNCTION,
        'resource "aws_s3_bucket_notification" "n" {',
        '  bucket = aws_s3_bucket.b.id',
        '  lambda_function {',
        '    lambda_function_arn = aws_lambda_function.fn.arn',
        '    events              = ["s3:ObjectCreated:*"]',
        '  }',
        '}',
        'resource "aws_cloudwatch_event_rule" "r" {',
        '  event_pattern = jsonencode({ source = ["aws.ec2"] })',
        '}',
        'resource "aws_cloudwatch_event_target" "t" {',
        '  rule = aws_cloudwatch_event_rule.r.name',
        '  arn  = aws_lambda_function.fn.arn',
        '}'
      ].join('\n')
    })
    const fn = byId(service.functions, 'aws_lambda_function.fn')
    expect(fn.triggers.map(t => [t.kind, shown(t.source), t.async, t.loc.line])).toEqual([
      ['eventbridge', '{"source":["aws.ec2"]}', true, 15],
      ['s3', '{aws_s3_bucket.b.id}', true, 7]
    ])
  })

  it('reads quick-create HTTP APIs, websocket routes and v2 domains', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...FUNCTION,
        'resource "aws_apigatewayv2_api" "quick" {',
        '  name          = "quick"',
        '  protocol_type = "HTTP"',
        '  target        = aws_lambda_function.fn.arn',
        '}',
        'resource "aws_apigatewayv2_api" "ws" {',
        '  name                       = "ws"',
        '  protocol_type              = "WEBSOCKET"',
        '  route_selection_expression = "$request.body.action"',
        '}',
        'resource "aws_apigatewayv2_integration" "ws" {',
        '  api_id          = aws_apigatewayv2_api.ws.id',
        '  integration_uri = aws_lambda_function.fn.invoke_arn',
        '}',
        'resource "aws_apigatewayv2_route" "connect" {',
        '  api_id             = aws_apigatewayv2_api.ws.id',
        '  route_key          = "$connect"',
        '  authorization_type = "AWS_IAM"',
        '  target             = "integrations/${aws_apigatewayv2_integration.ws.id}"',
        '}',
        'resource "aws_apigatewayv2_domain_name" "d" {',
        '  domain_name = "ws.example.com"',
        '  domain_name_configuration {',
        '    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"',
        '    endpoint_type   = "REGIONAL"',
        '    security_policy = "TLS_1_2"',
        '  }',
        '}',
        'resource "aws_sfn_state_machine" "sm" {',
        '  name = "sm"',
        '  logging_configuration {',
        '    level = "OFF"',
        '  }',
        '}'
      ].join('\n')
    })
    const quick = byId(service.endpoints, 'aws_apigatewayv2_api.quick.$default')
    expect(quick).toMatchObject({
      kind: 'http',
      functionIds: ['aws_lambda_function.fn'],
      auth: { type: 'none' }
    })
    expect([shown(quick.path), quick.loc.line]).toEqual(['$default', 8])
    const connect = byId(service.endpoints, 'aws_apigatewayv2_route.connect')
    expect(connect).toMatchObject({
      kind: 'websocket',
      functionIds: ['aws_lambda_function.fn'],
      auth: { type: 'iam' }
    })
    expect([connect.method, shown(connect.path)]).toEqual([undefined, '$connect'])
    const fn = byId(service.functions, 'aws_lambda_function.fn')
    expect(fn.triggers.map(t => [t.kind, t.endpointId])).toEqual([
      ['http-api', 'aws_apigatewayv2_api.quick.$default'],
      ['websocket', 'aws_apigatewayv2_route.connect']
    ])
    const domain = byId(service.resources, 'aws_apigatewayv2_domain_name.d')
    expect([
      shown(domain.attributes.securityPolicy),
      shown(domain.attributes.endpointType)
    ]).toEqual(['TLS_1_2', 'REGIONAL'])
    const sm = byId(service.resources, 'aws_sfn_state_machine.sm')
    expect(sm.kind).toBe('state-machine')
    expect(shown(sm.attributes.loggingLevel)).toBe('OFF')
  })
})

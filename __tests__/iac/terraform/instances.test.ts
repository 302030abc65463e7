import { describe, expect, it } from '@jest/globals'
import { buildFiles, byId, findingsOf, modelOfRepo } from './support.js'

const url = (name: string, meta: string) =>
  [
    `resource "aws_lambda_function_url" "${name}" {`,
    `  ${meta}`,
    `  function_name      = "${name}"`,
    '  authorization_type = "NONE"',
    '}'
  ].join('\n')

const urlsOf = async (main: string) => {
  const { service, diagnostics } = await buildFiles({ 'main.tf': main })
  const urls = service.endpoints.filter(e => e.kind === 'function-url')
  return { names: urls.map(u => u.id).sort(), diagnostics }
}

/** `count` and `for_each` say how many instances Terraform creates of a block. */
describe('Terraform blocks with no instance', () => {
  it('are not modelled when count is 0 or for_each is empty: Terraform creates nothing', async () => {
    const { names, diagnostics } = await urlsOf(
      [
        url('zero', 'count = 0'),
        url('off', 'count = "0"'),
        url('none', 'for_each = {}'),
        url('empty', 'for_each = toset([])'),
        url('one', 'count = 1'),
        url('each', 'for_each = { a = 1 }'),
        url('plain', '')
      ].join('\n')
    )
    expect(diagnostics).toEqual([])
    expect(names).toEqual([
      'aws_lambda_function_url.each',
      'aws_lambda_function_url.one',
      'aws_lambda_function_url.plain'
    ])
  })

  it('are modelled when a variable or a local sets the count or collection', async () => {
    // A module's caller, or a variable file, may set what the defaults leave at none.
    const { names } = await urlsOf(
      [
        'variable "on" {\n  default = false\n}',
        'variable "names" {\n  default = []\n}',
        'locals {\n  none = 0\n}',
        url('toggled', 'count = var.on ? 1 : 0'),
        url('listed', 'for_each = toset(var.names)'),
        url('local', 'count = local.none')
      ].join('\n')
    )
    expect(names).toEqual([
      'aws_lambda_function_url.listed',
      'aws_lambda_function_url.local',
      'aws_lambda_function_url.toggled'
    ])
  })

  it('follow the override file that sets the count last', async () => {
    const { service } = await buildFiles({
      'main.tf': url('u', 'count = 0'),
      'u_override.tf': 'resource "aws_lambda_function_url" "u" {\n  count = 1\n}\n',
      'json.tf.json': JSON.stringify({
        resource: { aws_lambda_function_url: { j: { count: 0, authorization_type: 'NONE' } } }
      })
    })
    expect(service.endpoints.map(e => e.id)).toEqual(['aws_lambda_function_url.u'])
  })
})

// `for_each = aws_lambda_function.workers`: each instance configures an instance of that
// function, which is modelled once; `each.value.function_name` names it.
describe('Terraform blocks with one instance per instance of a function', () => {
  const files = {
    'main.tf': [
      'resource "aws_lambda_function" "workers" {',
      '  for_each      = toset(["a", "b"])',
      '  function_name = each.key',
      '  role          = "arn:aws:iam::123456789012:role/worker"',
      '  handler       = "index.handler"',
      '  runtime       = "nodejs22.x"',
      '  filename      = "worker.zip"',
      '}',
      'resource "aws_lambda_function_url" "workers" {',
      '  for_each           = aws_lambda_function.workers',
      '  function_name      = each.value.function_name',
      '  authorization_type = "NONE"',
      '}',
      'resource "aws_lambda_permission" "workers" {',
      '  for_each      = aws_lambda_function.workers',
      '  function_name = each.value.arn',
      '  action        = "lambda:InvokeFunction"',
      '  principal     = "*"',
      '}'
    ].join('\n')
  }

  it('link to that function', async () => {
    const { service } = await buildFiles(files)
    const fn = byId(service.functions, 'aws_lambda_function.workers')
    expect(fn.url?.endpointId).toBe('aws_lambda_function_url.workers')
    expect(byId(service.endpoints, 'aws_lambda_function_url.workers').functionIds).toEqual([
      'aws_lambda_function.workers'
    ])
    expect(service.permissions.map(p => p.functionId)).toEqual(['aws_lambda_function.workers'])
  })
})

// `for_each` over a collection known before the plan: Terraform plans one instance per element,
// and what each reads of `each` is that element's.
describe('Terraform blocks with one instance per element of a known collection', () => {
  const fn = [
    'resource "aws_lambda_function" "receive" {',
    '  for_each      = toset(["a", "b"])',
    '  function_name = each.key',
    '  role          = "arn:aws:iam::123456789012:role/receive"',
    '}'
  ]
  const permission = (forEach: string) => [
    'resource "aws_lambda_permission" "callers" {',
    `  for_each      = ${forEach}`,
    '  statement_id  = each.key',
    '  action        = "lambda:InvokeFunction"',
    '  function_name = "receive"',
    '  principal     = each.value.principal',
    '}'
  ]

  it('are modelled once per element, each reading its own element', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...permission(
          '{\n    api = { principal = "apigateway.amazonaws.com" }\n    all = { principal = "*" }\n  }'
        )
      ].join('\n')
    })
    expect(service.permissions.map(p => [p.id, shown(p.principal), p.principal.loc.line])).toEqual([
      ['aws_lambda_permission.callers["api"]', 'apigateway.amazonaws.com', 9],
      ['aws_lambda_permission.callers["all"]', '*', 9]
    ])
  })

  it('stay one block when the collection is not known, or when another block refers to it', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'variable "callers" {\n  type = map(any)\n}',
        ...permission('var.callers'),
        ...fn,
        'resource "aws_lambda_function_url" "receive" {',
        '  for_each           = aws_lambda_function.receive',
        '  function_name      = each.value.function_name',
        '  authorization_type = "NONE"',
        '}'
      ].join('\n')
    })
    expect(service.permissions.map(p => p.id)).toEqual(['aws_lambda_permission.callers'])
    expect(service.functions.map(f => f.id)).toEqual(['aws_lambda_function.receive'])
  })
})

// A `module` block takes `count` and `for_each` too. A call the gate models from its inputs is
// planned as a resource is; a local module is a folder of its own, read once whatever calls it.
describe('Terraform module calls with count or for_each', () => {
  const queues = (forEach: string, extra: string[] = []) =>
    [
      'module "queues" {',
      '  source   = "terraform-aws-modules/sqs/aws"',
      '  version  = "4.2.0"',
      `  for_each = ${forEach}`,
      '  name     = "jobs-${each.key}"',
      '  sqs_managed_sse_enabled = each.value',
      '}',
      ...extra
    ].join('\n')

  it('are one call per known element, each reading its own element at its input line', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': queues('{\n    plain = false\n    safe  = true\n  }')
    })
    expect(diagnostics).toEqual([])
    expect(service.moduleCalls?.map(c => c.id)).toEqual([
      'module.queues["plain"]',
      'module.queues["safe"]'
    ])
    const sse = service.resources.map(r => [r.id, r.attributes.sseEnabled])
    expect(sse).toEqual([
      ['module.queues["plain"]', { value: false, loc: expect.objectContaining({ line: 9 }) }],
      ['module.queues["safe"]', { value: true, loc: expect.objectContaining({ line: 9 }) }]
    ])
  })

  it('stay one call when the collection is not known, or when a block refers to the call', async () => {
    const unknown = await buildFiles({
      'main.tf': ['variable "queues" {\n  type = map(bool)\n}', queues('var.queues')].join('\n')
    })
    expect(unknown.service.moduleCalls?.map(c => c.id)).toEqual(['module.queues'])
    const referenced = await buildFiles({
      'main.tf': queues('{ a = true, b = false }', [
        'resource "aws_lambda_event_source_mapping" "jobs" {',
        '  event_source_arn = module.queues["a"].queue_arn',
        '  function_name    = "worker"',
        '}'
      ])
    })
    expect(referenced.service.moduleCalls?.map(c => c.id)).toEqual(['module.queues'])
  })

  it('of a local module read it once, with count.index and each left to the plan', async () => {
    const cleanups: (() => void)[] = []
    try {
      const model = await modelOfRepo(
        {
          'infra/main.tf': [
            'module "workers" {',
            '  source   = "../modules/worker"',
            '  for_each = toset(["a", "b"])',
            '  name     = each.key',
            '}',
            'module "spares" {',
            '  source = "../modules/worker"',
            '  count  = 2',
            '  name   = "spare-${count.index}"',
            '}'
          ].join('\n'),
          'modules/worker/main.tf': [
            'variable "name" {\n  type = string\n}',
            'resource "aws_lambda_function_url" "u" {',
            '  function_name      = var.name',
            '  authorization_type = "NONE"',
            '}'
          ].join('\n')
        },
        cleanups
      )
      expect(model.diagnostics).toEqual([])
      expect(model.services.map(s => s.id).sort()).toEqual(['infra', 'modules/worker'])
      expect(findingsOf(model, 'lambda-url-auth-none')).toEqual(['modules/worker/main.tf:6'])
    } finally {
      cleanups.forEach(c => c())
    }
  })
})

function shown(a: { value: unknown }): unknown {
  return typeof a.value === 'string' ? a.value : (a.value as { expr?: string }).expr
}

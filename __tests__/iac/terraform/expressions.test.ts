import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  get,
  toPlain,
  type MapValue,
  type SymbolicValue,
  type Value
} from '../../../src/model/value.js'
import { buildFiles, byId, type Built } from './support.js'

const MAIN = [
  'variable "name" {',
  '  default = "api"',
  '}',
  'variable "sizes" {',
  '  default = { small = 128, large = 1024 }',
  '}',
  'variable "no_default" {}',
  'locals {',
  '  full   = "${local.prefix}-${var.name}"',
  '  prefix = "acme"',
  '  a      = local.b',
  '  b      = local.a',
  '  role   = aws_iam_role.r.arn',
  '}',
  'resource "test_thing" "t" {',
  '  str       = "plain"',
  '  num       = 42',
  '  flag      = true',
  '  nothing   = null',
  '  list      = [1, "two", false]',
  '  obj       = { a = 1, "b-c" = "x" }',
  '  escaped   = "say \\"hi\\"\\n$${literal}"',
  '  from_var  = var.name',
  '  indexed   = var.sizes["large"]',
  '  attr      = var.sizes.small',
  '  unknown   = var.no_default',
  '  local     = local.full',
  '  circular  = local.a',
  '  via_local = local.role',
  '  resource  = aws_s3_bucket.b[0].arn',
  '  data      = data.aws_caller_identity.me.account_id',
  '  module    = module.net.vpc_id',
  '  each      = each.value',
  '  call      = lower(aws_s3_bucket.b.id)',
  '  cond      = var.name == "api" ? aws_sqs_queue.q.arn : null',
  '  for       = [for s in var.sizes : s * 2]',
  '  splat     = aws_subnet.s[*].id',
  '  mixed     = "arn:${data.aws_partition.p.partition}:s3:::${var.name}"',
  '  whole     = "${var.name}"',
  '  json      = jsonencode({ k = [var.name] })',
  '  path      = "${path.module}/src"',
  '  tostr     = tostring(var.name)',
  '  text      = <<-EOT',
  '    line one',
  '      line two',
  '    EOT',
  '}'
].join('\n')

describe('Terraform expressions into located values', () => {
  let built: Built
  let props: MapValue
  const at = (key: string): Value | undefined => get(props, key)
  const sym = (key: string): SymbolicValue => at(key) as SymbolicValue

  beforeAll(async () => {
    built = await buildFiles({ 'main.tf': MAIN })
    props = byId(built.service.rawResources, 'test_thing.t').properties as MapValue
  })

  it('reads literals, lists and objects', () => {
    expect(built.diagnostics).toEqual([])
    expect(toPlain(props)).toMatchObject({
      str: 'plain',
      num: 42,
      flag: true,
      nothing: null,
      list: [1, 'two', false],
      obj: { a: 1, 'b-c': 'x' },
      escaped: 'say "hi"\n${literal}',
      text: 'line one\n  line two\n'
    })
  })

  it('locates each attribute at its name and each value at its text', () => {
    const e = props.entries.get('num')
    expect(e?.keyLoc).toMatchObject({ file: 'mod/main.tf', line: 17, column: 3 })
    expect(e?.value.loc).toMatchObject({
      line: 17,
      column: 15,
      value: { start: { line: 17, column: 15 }, end: { line: 17, column: 17 } }
    })
  })

  it('resolves variable defaults and literal locals, located where they are used', () => {
    expect(at('from_var')).toMatchObject({ kind: 'scalar', value: 'api', loc: { line: 23 } })
    expect(at('indexed')).toMatchObject({ value: 1024, loc: { line: 24 } })
    expect(at('attr')).toMatchObject({ value: 128 })
    expect(at('local')).toMatchObject({ value: 'acme-api', loc: { line: 27 } })
    expect(at('whole')).toMatchObject({ value: 'api' })
    expect(at('tostr')).toMatchObject({ value: 'api' })
    expect(at('path')).toMatchObject({ value: './src' })
  })

  it('keeps what cannot be decided symbolic, with the addresses it refers to', () => {
    expect(sym('unknown')).toMatchObject({
      kind: 'symbolic',
      fn: 'var',
      expr: 'var.no_default',
      refs: ['var.no_default']
    })
    expect(sym('circular')).toMatchObject({ fn: 'local', expr: 'local.a' })
    expect(sym('via_local').refs).toEqual(['local.role', 'aws_iam_role.r'])
    expect(sym('resource')).toMatchObject({
      fn: 'ref',
      expr: 'aws_s3_bucket.b[0].arn',
      refs: ['aws_s3_bucket.b']
    })
    expect(sym('data')).toMatchObject({ fn: 'data', refs: ['data.aws_caller_identity.me'] })
    expect(sym('module')).toMatchObject({ fn: 'module', refs: ['module.net'] })
    expect(sym('each')).toMatchObject({ fn: 'each', refs: [] })
    expect(sym('call')).toMatchObject({
      fn: 'lower',
      expr: 'lower(aws_s3_bucket.b.id)',
      refs: ['aws_s3_bucket.b']
    })
    expect(sym('cond')).toMatchObject({ fn: 'conditional', refs: ['var.name', 'aws_sqs_queue.q'] })
    expect(sym('for')).toMatchObject({ fn: 'for', refs: ['var.sizes'] })
    expect(sym('splat')).toMatchObject({ refs: ['aws_subnet.s'] })
    expect(sym('mixed')).toMatchObject({
      fn: 'template',
      expr: '"arn:${data.aws_partition.p.partition}:s3:::${var.name}"',
      refs: ['data.aws_partition.p', 'var.name']
    })
    expect(sym('mixed').loc).toMatchObject({ line: 38, column: 15 })
  })

  it('reads jsonencode of an object as that object', () => {
    expect(at('json')).toMatchObject({ kind: 'map', loc: { line: 40 } })
    expect(toPlain(at('json'))).toEqual({ k: ['api'] })
  })
})

describe('Terraform files with Windows line endings', () => {
  it('keeps the lines of a heredoc policy', async () => {
    const text = [
      'resource "aws_iam_role" "r" {',
      '  assume_role_policy = <<EOF',
      '{',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "sts:AssumeRole" }',
      '  ]',
      '}',
      'EOF',
      '}',
      ''
    ].join('\r\n')
    const { service } = await buildFiles({ 'main.tf': text })
    const [statement] = service.roles[0]?.trustPolicy?.statements ?? []
    expect(statement?.loc).toMatchObject({ line: 5, column: 5 })
    expect(statement?.actions[0]).toMatchObject({ value: 'sts:AssumeRole', loc: { line: 5 } })
  })
})

describe('Terraform JSON syntax (.tf.json)', () => {
  it('reads resources, variables and template strings like HCL', async () => {
    const json = JSON.stringify(
      {
        variable: { stage: { default: 'prod' } },
        resource: {
          aws_lambda_function: {
            fn: {
              function_name: '${var.stage}-fn',
              runtime: 'python3.12',
              role: '${aws_iam_role.r.arn}',
              environment: { variables: { MODE: 'fast' } }
            }
          },
          aws_iam_role: { r: { name: 'r', assume_role_policy: '{"Statement": []}' } }
        }
      },
      null,
      2
    )
    const { service, diagnostics } = await buildFiles({ 'main.tf.json': json })
    expect(diagnostics).toEqual([])
    const fn = byId(service.functions, 'aws_lambda_function.fn')
    expect(fn.name).toMatchObject({ value: 'prod-fn', loc: { file: 'mod/main.tf.json', line: 10 } })
    expect(fn.roleId).toBe('aws_iam_role.r')
    expect(fn.environment.map(e => e.name)).toEqual(['MODE'])
    expect(service.parameters).toMatchObject([{ name: 'stage', default: { value: 'prod' } }])
  })
})

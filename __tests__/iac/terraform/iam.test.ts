import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Policy, PolicyStatement, Role } from '../../../src/model/types.js'
import { toPlain } from '../../../src/model/value.js'
import { buildFiles, buildFixture, byId, lineOf, shown, type Built } from './support.js'

const IAM = 'app/iam.tf'

const actions = (s: PolicyStatement): unknown[] => s.actions.map(shown)

describe('Terraform IAM (app fixture)', () => {
  let built: Built
  let role: Role
  const policy = (id: string): Policy => byId(role.policies, id)

  beforeAll(async () => {
    built = await buildFixture('app')
    role = byId(built.service.roles, 'aws_iam_role.lambda')
  })

  it('reads the role, its name from a variable and its trust policy from a JSON heredoc', () => {
    expect(shown(role.name)).toBe('orders-lambda')
    const trust = role.trustPolicy?.statements[0]
    expect(trust?.principals).toEqual([
      {
        type: 'Service',
        value: expect.objectContaining({
          value: 'lambda.amazonaws.com',
          loc: expect.objectContaining({ file: IAM, line: lineOf(IAM, '"Principal"') })
        })
      }
    ])
    expect(trust?.actions[0]?.loc.line).toBe(lineOf(IAM, '"Action": "sts:AssumeRole"'))
    expect(role.trustPolicy?.loc.line).toBe(lineOf(IAM, 'assume_role_policy = <<EOF'))
  })

  it('reads a jsonencode policy statement by statement, resolving variables in place', () => {
    const managed = policy('aws_iam_policy.queue_access')
    expect(managed.kind).toBe('managed')
    const [queue, wildcard] = managed.document?.statements ?? []
    expect(queue?.sid).toBe('Queue')
    expect(queue && actions(queue)).toEqual(['sqs:SendMessage', 'sqs:ReceiveMessage'])
    expect(queue?.actions[0]?.loc.line).toBe(lineOf(IAM, 'Action   = var.allowed_actions'))
    expect(queue?.resources.map(shown)).toEqual(['{aws_sqs_queue.orders.arn}'])
    expect(wildcard?.loc.line).toBe(lineOf(IAM, 'Action   = "s3:*"') - 2)
    expect(wildcard?.resources[0]).toMatchObject({
      value: '*',
      loc: { line: lineOf(IAM, 'Resource = "*"') }
    })
  })

  it('attaches a policy to a role from another file of the folder', () => {
    const managed = byId(built.service.policies, 'aws_iam_policy.queue_access')
    expect(managed.attachedTo).toEqual(['aws_iam_role.lambda'])
    expect(role.policies).toContain(managed)
  })

  it('follows data.aws_iam_policy_document.x.json to the document, statements located in it', () => {
    const logs = policy('aws_iam_role_policy.logs')
    expect(logs.kind).toBe('inline')
    expect(logs.document?.loc.line).toBe(
      lineOf(IAM, 'policy = data.aws_iam_policy_document.logs.json')
    )
    const [allow, deny] = logs.document?.statements ?? []
    expect(allow).toMatchObject({ sid: 'Logs', effect: { value: 'Allow' } })
    expect(allow?.loc.line).toBe(lineOf(IAM, 'statement {'))
    expect(allow && actions(allow)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents'])
    expect(allow?.resources.map(shown)).toEqual(['{"${aws_cloudwatch_log_group.orders.arn}:*"}'])
    expect(deny?.effect).toMatchObject({
      value: 'Deny',
      loc: { line: lineOf(IAM, 'effect    = "Deny"') }
    })
    expect(deny?.principals.map(p => [p.type, shown(p.value)])).toEqual([
      ['AWS', 'arn:aws:iam::123456789012:root']
    ])
    expect(toPlain(deny?.condition)).toEqual({ Bool: { 'aws:SecureTransport': ['false'] } })
    expect(deny?.condition?.loc.line).toBe(lineOf(IAM, 'condition {'))
  })

  it('reads an indented heredoc policy with an interpolation, on the lines of the .tf file', () => {
    const tables = policy('aws_iam_role_policy.tables')
    const [s] = tables.document?.statements ?? []
    expect(s?.actions[0]).toMatchObject({
      value: 'dynamodb:*',
      loc: { file: IAM, line: lineOf(IAM, '"Action": "dynamodb:*"'), column: 21 }
    })
    expect(s?.resources[0]?.value).toMatchObject({
      kind: 'symbolic',
      expr: 'aws_dynamodb_table.orders.arn',
      refs: ['aws_dynamodb_table.orders']
    })
    expect(s?.resources[0]?.loc.line).toBe(lineOf(IAM, '"Resource": "${aws_dynamodb_table'))
  })

  it('marks AWS managed policy attachments', () => {
    const basic = policy('aws_iam_role_policy_attachment.basic')
    expect(basic).toMatchObject({ kind: 'aws-managed' })
    expect(shown(basic.arn)).toBe(
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
    )
  })

  it('attaches resource policies to what they govern', () => {
    const bucket = byId(built.service.resources, 'aws_s3_bucket.uploads')
    const [statement] = bucket.policies[0]?.statements ?? []
    expect(statement?.principals.map(p => [p.type, shown(p.value)])).toEqual([['*', '*']])
    const queue = byId(built.service.resources, 'aws_sqs_queue.orders')
    const [queueStatement] = queue.policies[0]?.statements ?? []
    expect(queueStatement?.principals.map(p => [p.type, shown(p.value)])).toEqual([['*', '*']])
  })
})

// `for_each` over a collection of ARNs with `policy_arn = each.value`: Terraform plans one
// attachment per element, so each ARN is a policy of the role or user, not one unknown ARN.
describe('Terraform policy attachments with for_each', () => {
  const role = [
    'resource "aws_iam_role" "r" {',
    '  assume_role_policy = "{}"',
    '}',
    'resource "aws_iam_user" "u" {',
    '  name = "u"',
    '}'
  ]

  it('attaches each ARN of a known collection, named as Terraform names the instance', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...role,
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  for_each   = { admin = "arn:aws:iam::aws:policy/AdministratorAccess" }',
        '  role       = aws_iam_role.r.name',
        '  policy_arn = each.value',
        '}',
        'resource "aws_iam_user_policy_attachment" "b" {',
        '  for_each   = toset(["arn:aws:iam::aws:policy/IAMFullAccess"])',
        '  user       = aws_iam_user.u.name',
        '  policy_arn = each.key',
        '}'
      ].join('\n')
    })
    const attached = byId(service.roles, 'aws_iam_role.r').policies
    expect(attached.map(p => [p.id, p.kind, shown(p.arn), p.arn?.loc.line])).toEqual([
      [
        'aws_iam_role_policy_attachment.a["admin"]',
        'aws-managed',
        'arn:aws:iam::aws:policy/AdministratorAccess',
        8
      ]
    ])
    const user = byId(service.principals ?? [], 'aws_iam_user.u').policies
    expect(user.map(p => [p.id, shown(p.arn)])).toEqual([
      [
        'aws_iam_user_policy_attachment.b["arn:aws:iam::aws:policy/IAMFullAccess"]',
        'arn:aws:iam::aws:policy/IAMFullAccess'
      ]
    ])
  })

  it('attaches the policy to each role of a known collection, once per role', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...role,
        'resource "aws_iam_role" "s" {',
        '  assume_role_policy = "{}"',
        '}',
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  for_each   = toset([aws_iam_role.r.name, aws_iam_role.s.name])',
        '  role       = each.value',
        '  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"',
        '}',
        'resource "aws_iam_role_policy_attachment" "b" {',
        '  for_each   = toset(["one", "two"])',
        '  role       = aws_iam_role.s.name',
        '  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"',
        '}'
      ].join('\n')
    })
    const ids = (id: string) => byId(service.roles, id).policies.map(p => p.id)
    expect(ids('aws_iam_role.r')).toEqual(['aws_iam_role_policy_attachment.a[0]'])
    // Not written per element: one attachment, whatever the collection.
    expect(ids('aws_iam_role.s')).toEqual([
      'aws_iam_role_policy_attachment.a[1]',
      'aws_iam_role_policy_attachment.b'
    ])
  })

  it('keeps an AWS managed policy given to a role defined elsewhere', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  role       = "deploy-tools"',
        '  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"',
        '}',
        'resource "aws_iam_policy_attachment" "b" {',
        '  name       = "b"',
        '  roles      = ["one", "two"]',
        '  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"',
        '}'
      ].join('\n')
    })
    expect(service.policies.map(p => [p.id, p.kind, p.attachedTo])).toEqual([
      ['aws_iam_role_policy_attachment.a', 'aws-managed', []],
      ['aws_iam_policy_attachment.b', 'aws-managed', []]
    ])
  })

  it('keeps one attachment of an unknown ARN when the collection is not known', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        ...role,
        'variable "arns" {}',
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  for_each   = toset(var.arns)',
        '  role       = aws_iam_role.r.name',
        '  policy_arn = each.value',
        '}'
      ].join('\n')
    })
    const attached = byId(service.roles, 'aws_iam_role.r').policies
    expect(attached.map(p => [p.id, p.kind, shown(p.arn)])).toEqual([
      ['aws_iam_role_policy_attachment.a', 'external', '{each.value}']
    ])
  })
})

// `data "aws_iam_policy"` by name: the lookup fails when two policies match, so a name an AWS
// managed policy has is that policy; under a path of the account's own it is not known.
describe('Terraform policies looked up by name', () => {
  it('reads a lookup by name as the AWS managed policy of that name, kept external', async () => {
    const { service } = await buildFiles({
      'main.tf': [
        'data "aws_iam_policy" "admin" {',
        '  name = "AdministratorAccess"',
        '}',
        'data "aws_iam_policy" "team" {',
        '  name        = "AdministratorAccess"',
        '  path_prefix = "/team/"',
        '}',
        'resource "aws_iam_role" "r" {',
        '  assume_role_policy  = "{}"',
        '  managed_policy_arns = [data.aws_iam_policy.admin.arn, data.aws_iam_policy.team.arn]',
        '}'
      ].join('\n')
    })
    const attached = byId(service.roles, 'aws_iam_role.r').policies
    expect(attached.map(p => [p.kind, shown(p.arn)])).toEqual([
      ['external', 'arn:aws:iam::aws:policy/AdministratorAccess'],
      ['external', '{data.aws_iam_policy.team.arn}']
    ])
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { isLambdaModule } from '../../../src/iac/terraform/model/registry/sources.js'
import type { LambdaFunction, Role } from '../../../src/model/types.js'
import { buildFixture, byId, lineOf, shown, type Built } from './support.js'

const MODULE = 'app/module.tf'

describe('terraform-aws-modules Lambda module (app fixture)', () => {
  let built: Built
  let fn: LambdaFunction
  let role: Role

  beforeAll(async () => {
    built = await buildFixture('app')
    fn = byId(built.service.functions, 'module.notifier')
    role = byId(built.service.roles, 'module.notifier.role')
  })

  it('recognises the module by its registry or GitHub source, not its submodules', () => {
    expect(isLambdaModule('terraform-aws-modules/lambda/aws')).toBe(true)
    expect(
      isLambdaModule(
        'git::https://github.com/terraform-aws-modules/terraform-aws-lambda.git?ref=v7.2.1'
      )
    ).toBe(true)
    expect(isLambdaModule('github.com/terraform-aws-modules/terraform-aws-lambda')).toBe(true)
    expect(isLambdaModule('terraform-aws-modules/lambda/aws//modules/deploy')).toBe(false)
    expect(isLambdaModule('terraform-aws-modules/vpc/aws')).toBe(false)
  })

  it('models a function per call that creates one (not layers, not other modules)', () => {
    const ids = built.service.functions.map(f => f.id).filter(id => id.startsWith('module.'))
    expect(ids).toEqual(['module.notifier', 'module.existing_role'])
  })

  it('reads the function inputs, located in the module block', () => {
    expect(fn.loc).toMatchObject({ file: MODULE, line: 1 })
    expect(fn.name).toMatchObject({
      value: 'orders-notifier',
      loc: { line: lineOf(MODULE, 'function_name = "${var.prefix}') }
    })
    expect([shown(fn.runtime), shown(fn.handler), shown(fn.timeout)]).toEqual([
      'nodejs20.x',
      'notify.handler',
      10
    ])
    expect(shown(fn.codePath)).toBe('./src/notifier')
    expect(fn.environment.map(e => [e.name, shown(e.value)])).toEqual([
      ['TOPIC', '{aws_sns_topic.alerts.arn}']
    ])
    expect(fn.logRetentionDays).toMatchObject({
      value: 30,
      loc: { line: lineOf(MODULE, 'cloudwatch_logs_retention_in_days') }
    })
  })

  it('creates a public function URL when asked, since authorization_type defaults to NONE', () => {
    const line = lineOf(MODULE, 'create_lambda_function_url = true')
    expect(fn.url?.authType).toMatchObject({ value: 'NONE', loc: { line } })
    const endpoint = byId(built.service.endpoints, 'module.notifier.function_url')
    expect(endpoint).toMatchObject({
      kind: 'function-url',
      functionIds: ['module.notifier'],
      auth: { type: 'none' }
    })
    expect(endpoint.auth.loc).toBeUndefined()
  })

  it('turns allowed_triggers into permissions and triggers', () => {
    const uploads = byId(built.service.permissions, 'module.notifier.allowed_triggers.Uploads')
    expect(uploads.functionId).toBe('module.notifier')
    expect(uploads.principal).toMatchObject({
      value: 's3.amazonaws.com',
      loc: { line: lineOf(MODULE, 'service    = "s3"') }
    })
    expect(shown(uploads.action)).toBe('lambda:InvokeFunction')
    expect(shown(uploads.sourceArn)).toBe('{aws_s3_bucket.uploads.arn}')
    const anyone = byId(built.service.permissions, 'module.notifier.allowed_triggers.Anyone')
    expect(shown(anyone.principal)).toBe('*')
    expect(anyone.sourceArn).toBeUndefined()
    expect(fn.triggers.find(t => t.kind === 's3')).toMatchObject({
      async: true,
      loc: { line: lineOf(MODULE, 'Uploads = {') }
    })
  })

  it('generates the role with logging, policy statements and the policy JSON', () => {
    expect(fn.roleId).toBe(role.id)
    expect(role.generatedBy).toBe('terraform-module')
    expect(role.trustPolicy?.statements[0]?.principals.map(p => shown(p.value))).toEqual([
      'lambda.amazonaws.com'
    ])
    const logs = byId(role.policies, 'module.notifier.role.logs')
    expect(logs.document?.statements[0]?.actions.map(shown)).toEqual([
      'logs:CreateLogGroup',
      'logs:CreateLogStream',
      'logs:PutLogEvents'
    ])
    const statements =
      byId(role.policies, 'module.notifier.role.policy_statements').document?.statements ?? []
    expect(
      statements.map(s => [s.sid, shown(s.effect), s.actions.map(shown), s.resources.map(shown)])
    ).toEqual([
      ['publish', 'Allow', ['sns:Publish'], ['{aws_sns_topic.alerts.arn}']],
      ['everything', 'Allow', ['*'], ['*']]
    ])
    expect(statements[1]?.loc.line).toBe(lineOf(MODULE, 'everything = {'))
    const json = byId(role.policies, 'module.notifier.role.policy_json')
    expect(json.document?.statements.map(s => s.sid)).toEqual(['Logs', undefined])
  })

  it('uses the given role instead when create_role = false', () => {
    const existing = byId(built.service.functions, 'module.existing_role')
    expect(existing.roleId).toBe('aws_iam_role.lambda')
    expect(built.service.roles.map(r => r.id)).not.toContain('module.existing_role.role')
  })
})

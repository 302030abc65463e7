import { beforeAll, describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import type { Diagnostic } from '../../../src/model/location.js'
import type { Service } from '../../../src/model/types.js'
import { buildFixture, byId } from './fixtures.js'

describe('CloudFormation: functions, roles and their links', () => {
  let service: Service
  let diagnostics: Diagnostic[]
  beforeAll(async () => {
    ;({ service, diagnostics } = await buildFixture(
      cloudformationFormat,
      'cloudformation/lambda-iam.yaml',
      { file: 'infra/lambda-iam.yaml' }
    ))
  })

  it('names the service after the file and reports nothing', () => {
    expect(service).toMatchObject({
      id: 'infra/lambda-iam.yaml',
      name: 'lambda-iam',
      format: 'cloudformation',
      dir: 'infra',
      files: ['infra/lambda-iam.yaml']
    })
    expect(diagnostics).toEqual([])
  })

  it('reads parameters with their defaults and NoEcho', () => {
    expect(byName(service.parameters, 'Stage')).toMatchObject({
      default: { value: 'dev', loc: { line: 6 } },
      secret: false,
      loc: { line: 4, column: 3 }
    })
    const password = byName(service.parameters, 'DbPassword')
    expect(password.secret).toBe(true)
    expect(password.default).toBeUndefined()
  })

  it('reads every attribute of a function, located at its key', () => {
    const fn = byId(service.functions, 'OrdersFunction')
    expect(fn.loc).toMatchObject({ file: 'infra/lambda-iam.yaml', line: 20, column: 3 })
    // `!Sub 'orders-${Stage}'` with Stage defaulting to dev.
    expect(fn.name).toMatchObject({ value: 'orders-dev', loc: { line: 23, column: 7 } })
    expect(fn.runtime).toMatchObject({ value: 'nodejs20.x', loc: { line: 24 } })
    expect(fn.handler?.value).toBe('index.handler')
    // `!Ref MemoryParam` resolves to the default, located where the Ref is written.
    expect(fn.memorySize).toMatchObject({
      value: 512,
      loc: { line: 26, column: 7, value: { start: { line: 26, column: 24 } } }
    })
    expect(fn.timeout?.value).toBe(30)
    expect(fn.architectures.map(a => a.value)).toEqual(['arm64'])
    expect(fn.codePath?.value).toBe('orders.zip')
    expect(fn.tracing).toMatchObject({ value: 'Active', loc: { line: 46 } })
    expect(fn.reservedConcurrency?.value).toBe(5)
    expect(fn.deadLetterTarget).toMatchObject({
      value: { kind: 'symbolic', fn: 'Fn::GetAtt', refs: ['Dlq'] },
      loc: { line: 49 }
    })
    expect(fn.kmsKeyArn?.value).toMatchObject({ kind: 'symbolic', refs: ['Key'] })
    expect(fn.layers.map(l => l.value)).toEqual([
      'arn:aws:lambda:us-east-1:123456789012:layer:shared:3'
    ])
    expect(fn.codeSigningConfig?.value).toMatch(/code-signing-config:csc-1$/)
  })

  it('resolves list parameters and keeps VPC settings located', () => {
    const vpc = byId(service.functions, 'OrdersFunction').vpc
    expect(vpc?.subnetIds.map(s => [s.value, s.loc.line])).toEqual([
      ['subnet-1', 43],
      ['subnet-2', 43]
    ])
    expect(vpc?.securityGroupIds.map(s => s.value)).toEqual(['sg-123'])
  })

  it('keeps what cannot be decided symbolic: resources, pseudo parameters, SSM, dynamic references', () => {
    const env = byId(service.functions, 'OrdersFunction').environment
    const value = (name: string) => byName(env, name).value
    expect(value('STAGE')).toMatchObject({ value: 'dev', loc: { line: 35 } })
    expect(value('TABLE').value).toMatchObject({ kind: 'symbolic', fn: 'Ref', refs: ['Table'] })
    expect(value('DB_PASSWORD').value).toMatchObject({
      kind: 'symbolic',
      fn: 'resolve:secretsmanager',
      expr: '{{resolve:secretsmanager:prod/db:SecretString:password}}'
    })
    // An SSM parameter's default names the parameter, not its value.
    expect(value('API_KEY').value).toMatchObject({ kind: 'symbolic', refs: ['ApiKeyParam'] })
    expect(value('REGION').value).toMatchObject({ kind: 'symbolic', expr: '!Ref AWS::Region' })
    expect(value('PLAIN').value).toBe('hello')
    expect(env.every(e => e.origin === 'function')).toBe(true)
  })

  it('links a function to the role it names, and not through a condition', () => {
    const orders = byId(service.functions, 'OrdersFunction')
    expect(orders.roleId).toBe('OrdersRole')
    expect(orders.roleRef?.loc.line).toBe(32)
    const external = byId(service.functions, 'InlineFunction')
    expect(external.roleId).toBeUndefined()
    expect(external.roleRef?.value).toBe('arn:aws:iam::123456789012:role/external-role')
    const conditional = byId(service.functions, 'ConditionalRoleFunction')
    expect(conditional.roleId).toBeUndefined()
    expect(conditional.roleRef?.value).toMatchObject({ kind: 'symbolic', fn: 'Fn::If' })
  })

  it('reads where code lives: inline code and local paths', () => {
    expect(byId(service.functions, 'InlineFunction').codePath).toMatchObject({
      value: 'inline',
      loc: { line: 60 }
    })
    expect(byId(service.functions, 'ConditionalRoleFunction').codePath).toMatchObject({
      value: './src',
      loc: { line: 71 }
    })
  })

  it('reads a role: trust policy, boundary, inline, AWS managed, own managed and external policies', () => {
    const role = byId(service.roles, 'OrdersRole')
    expect(role.name?.value).toBe('orders-role')
    expect(role.loc.line).toBe(72)
    expect(role.permissionsBoundary).toMatchObject({ loc: { line: 83 } })
    const trust = role.trustPolicy?.statements[0]
    expect(trust?.principals).toMatchObject([
      { type: 'Service', value: { value: 'lambda.amazonaws.com', loc: { line: 81 } } }
    ])
    expect(trust?.actions.map(a => a.value)).toEqual(['sts:AssumeRole'])
    expect(role.policies.map(p => [p.kind, p.id])).toEqual([
      ['inline', 'OrdersRole.orders-access'],
      ['aws-managed', 'OrdersRole.ManagedPolicy0'],
      ['aws-managed', 'OrdersRole.ManagedPolicy1'],
      ['managed', 'SharedPolicy'],
      ['external', 'OrdersRole.ManagedPolicy3'],
      ['inline', 'ExtraPolicy']
    ])
    // Written with `${AWS::Partition}`, read in the aws partition so rules can name it.
    expect(role.policies[2]?.arn).toMatchObject({
      value: 'arn:aws:iam::aws:policy/AdministratorAccess',
      loc: { line: 86 }
    })
    expect(role.policies[4]?.arn?.value).toBe('arn:aws:iam::123456789012:policy/team-policy')
  })

  it('locates the statements of inline policies', () => {
    const [first, second] =
      byId(service.roles, 'OrdersRole').policies[0]?.document?.statements ?? []
    expect(first).toMatchObject({ effect: { value: 'Allow' }, loc: { line: 94 } })
    expect(first?.actions.map(a => a.value)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem'])
    expect(first?.resources[0]?.value).toMatchObject({ kind: 'symbolic', refs: ['Table'] })
    expect(second?.actions).toMatchObject([{ value: 's3:*', loc: { line: 100 } }])
    expect(second?.resources).toMatchObject([{ value: '*', loc: { line: 101 } }])
  })

  it('attaches standalone policies to their roles, once, by reference or name', () => {
    const role = byId(service.roles, 'OrdersRole')
    const shared = byId(service.policies, 'SharedPolicy')
    const extra = byId(service.policies, 'ExtraPolicy')
    expect(shared).toMatchObject({ kind: 'managed', attachedTo: ['OrdersRole'] })
    expect(role.policies).toContain(shared)
    expect(extra.attachedTo).toEqual(['OrdersRole'])
    expect(role.policies.filter(p => p === extra)).toHaveLength(1)
    expect(extra.document?.statements[0]).toMatchObject({
      effect: { value: 'Deny', loc: { line: 121 } },
      notActions: [{ value: 'iam:*' }],
      notResources: [{ value: 'arn:aws:s3:::secret/*' }]
    })
  })

  it('models a function URL as the function url and a public endpoint with CORS', () => {
    const fn = byId(service.functions, 'OrdersFunction')
    expect(fn.url).toMatchObject({
      authType: { value: 'NONE', loc: { line: 128 } },
      endpointId: 'OrdersUrl',
      loc: { line: 124 }
    })
    const endpoint = byId(service.endpoints, 'OrdersUrl')
    expect(endpoint).toMatchObject({
      kind: 'function-url',
      functionIds: ['OrdersFunction'],
      auth: { type: 'none', loc: { line: 128 } }
    })
    expect(endpoint.cors?.allowOrigins).toMatchObject([{ value: '*', loc: { line: 130 } }])
    expect(endpoint.cors?.allowCredentials?.value).toBe(true)
    expect(fn.triggers).toContainEqual(
      expect.objectContaining({ kind: 'function-url', endpointId: 'OrdersUrl', async: false })
    )
  })

  it('links permissions to their function, by reference or by ARN', () => {
    expect(byId(service.permissions, 'OrdersUrlPermission')).toMatchObject({
      functionId: 'OrdersFunction',
      action: { value: 'lambda:InvokeFunctionUrl' },
      principal: { value: '*', loc: { line: 138 } },
      functionUrlAuthType: { value: 'NONE', loc: { line: 139 } },
      loc: { line: 133 }
    })
    // The ARN names `orders-dev`: the function's resolved name.
    expect(byId(service.permissions, 'ByNamePermission')).toMatchObject({
      functionId: 'OrdersFunction',
      sourceAccount: { value: '123456789012' },
      sourceArn: { value: 'arn:aws:s3:::uploads' }
    })
  })

  it('turns event source mappings into polling triggers by source type', () => {
    const orders = byId(service.functions, 'OrdersFunction')
    expect(orders.triggers).toContainEqual(
      expect.objectContaining({
        kind: 'sqs',
        async: false,
        loc: expect.objectContaining({ line: 148 })
      })
    )
    const inline = byId(service.functions, 'InlineFunction')
    expect(inline.triggers).toMatchObject([
      { kind: 'kinesis', async: false, source: { value: expect.stringContaining(':kinesis:') } }
    ])
    expect(inline.onFailureDestination?.loc.line).toBe(160)
  })

  it('reads on-failure destinations of asynchronous invocations', () => {
    expect(byId(service.functions, 'OrdersFunction').onFailureDestination).toMatchObject({
      value: { kind: 'symbolic', refs: ['Dlq'] },
      loc: { line: 168 }
    })
  })

  it('sets log retention from the function log group, by name or LoggingConfig', () => {
    expect(byId(service.functions, 'OrdersFunction').logRetentionDays).toMatchObject({
      value: 14,
      loc: { line: 173 }
    })
    expect(byId(service.functions, 'InlineFunction').logRetentionDays).toMatchObject({
      value: 90,
      loc: { line: 178 }
    })
    expect(byId(service.functions, 'ConditionalRoleFunction').logRetentionDays).toBeUndefined()
    expect(byId(service.resources, 'InlineLogs')).toMatchObject({
      kind: 'log-group',
      name: { value: 'inline-logs' },
      attributes: { retentionDays: { value: 90 }, kmsKeyId: { value: { refs: ['Key'] } } }
    })
  })

  it('keeps every resource as written, including types the model does not read', () => {
    expect(service.rawResources).toHaveLength(19)
    const alarm = byId(service.rawResources, 'Unmodelled')
    expect(alarm).toMatchObject({ type: 'AWS::CloudWatch::Alarm', loc: { line: 190 } })
    expect(alarm.metadata?.kind).toBe('map')
    expect(alarm.properties?.kind).toBe('map')
  })
})

function byName<T extends { name: string }>(items: readonly T[], name: string): T {
  const found = items.find(i => i.name === name)
  if (!found) throw new Error(`no ${name}`)
  return found
}

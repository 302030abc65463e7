import { beforeAll, describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import { literal } from '../../../src/model/attr.js'
import type { Diagnostic } from '../../../src/model/location.js'
import type { Policy, Service } from '../../../src/model/types.js'
import { buildFixture, byId, fixtureDocument } from '../cloudformation/fixtures.js'

describe('SAM functions, policies and events', () => {
  let service: Service
  let diagnostics: Diagnostic[]
  let policies: Policy[]
  beforeAll(async () => {
    ;({ service, diagnostics } = await buildFixture(samFormat, 'sam/functions.yaml', {
      file: 'app/template.yaml',
      files: {
        'app/samconfig.toml':
          'version = 0.1\n[default.deploy.parameters]\nstack_name = "orders-prod"\n'
      }
    }))
    policies = byId(service.roles, 'WorkerRole').policies
  })

  it('takes the stack name from samconfig.toml beside the template', () => {
    expect(service.name).toBe('orders-prod')
  })

  it('reports an unknown policy template and a missing template parameter, located', () => {
    expect(diagnostics.map(d => [d.line, d.code, d.severity])).toEqual([
      [40, 'unknown-policy-template', 'warning'],
      [42, 'policy-template', 'warning']
    ])
    expect(diagnostics[1]?.message).toMatch(/SNSPublishMessagePolicy is missing its TopicName/)
  })

  it('reads the function attributes SAM adds', () => {
    const fn = byId(service.functions, 'Worker')
    expect(fn).toMatchObject({
      name: { value: 'worker' },
      codePath: { value: 'worker.zip', loc: { line: 20 } },
      deadLetterTarget: { value: { refs: ['Dlq'] }, loc: { line: 45 } },
      onFailureDestination: { value: { refs: ['Dlq'] }, loc: { line: 50 } },
      reservedConcurrency: { value: 2 },
      kmsKeyArn: { value: 'arn:aws:kms:us-east-1:123456789012:key/abc' },
      roleId: 'WorkerRole'
    })
    expect(fn.architectures.map(literal)).toEqual(['arm64'])
    expect(fn.logRetentionDays).toMatchObject({ value: 30, loc: { line: 178 } })
  })

  it('models the function URL as an IAM-authenticated endpoint', () => {
    const fn = byId(service.functions, 'Worker')
    expect(fn.url).toMatchObject({
      authType: { value: 'AWS_IAM', loc: { line: 55 } },
      endpointId: 'WorkerUrl',
      loc: { line: 54 }
    })
    expect(byId(service.endpoints, 'WorkerUrl')).toMatchObject({
      kind: 'function-url',
      functionIds: ['Worker'],
      auth: { type: 'iam', loc: { line: 55 } },
      cors: { allowOrigins: [{ value: 'https://example.com', loc: { line: 57 } }] }
    })
  })

  it('generates the function role with the boundary and every kind of Policies item', () => {
    const role = byId(service.roles, 'WorkerRole')
    expect(role.generatedBy).toBe('sam')
    expect(role.permissionsBoundary?.loc.line).toBe(21)
    expect(policies.map(p => [p.kind, literal(p.name) ?? literal(p.arn)])).toEqual([
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      ['aws-managed', 'arn:aws:iam::aws:policy/AWSLambdaExecute'],
      ['aws-managed', 'arn:aws:iam::aws:policy/AmazonS3FullAccess'],
      ['external', 'arn:aws:iam::123456789012:policy/custom'],
      ['inline', undefined],
      ['sam-template', 'S3ReadPolicy'],
      ['sam-template', 'S3CrudPolicy'],
      ['sam-template', 'DynamoDBCrudPolicy'],
      ['sam-template', 'SQSSendMessagePolicy'],
      ['sam-template', 'VPCAccessPolicy'],
      ['sam-template', 'MadeUpPolicy'],
      ['sam-template', 'SNSPublishMessagePolicy'],
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole'],
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole'],
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole'],
      ['aws-managed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole'],
      ['managed', undefined]
    ])
    expect(policies[2]?.arn?.loc.line).toBe(24)
    // `!Ref SharedPolicy` attaches the template's own managed policy, both ways.
    expect(policies[16]).toBe(byId(service.policies, 'SharedPolicy'))
    expect(byId(service.policies, 'SharedPolicy').attachedTo).toEqual(['WorkerRole'])
  })

  it('reads inline policy documents in Policies', () => {
    expect(policies[4]?.document?.statements[0]).toMatchObject({
      actions: [{ value: 'sqs:*', loc: { line: 29 } }],
      resources: [{ value: '*' }]
    })
  })

  it('expands policy templates, substituting literal parameters', () => {
    const s3Read = policies[5]
    expect(s3Read).toMatchObject({ name: { value: 'S3ReadPolicy', loc: { line: 31 } } })
    expect(s3Read?.templateParameters).toMatchObject({ kind: 'map' })
    const statement = s3Read?.document?.statements[0]
    expect(statement?.actions.map(literal)).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:GetObjectVersion',
      's3:GetLifecycleConfiguration'
    ])
    // `BucketName: '*'` widens the template to every bucket.
    expect(statement?.resources).toMatchObject([
      { value: 'arn:aws:s3:::*', loc: { line: 32 } },
      { value: 'arn:aws:s3:::*/*', loc: { line: 32 } }
    ])
    expect(policies[9]?.document?.statements[0]?.resources.map(literal)).toEqual(['*'])
  })

  it('keeps template parameters that are references symbolic inside the ARN', () => {
    const [bucket] = policies[6]?.document?.statements[0]?.resources ?? []
    expect(bucket).toMatchObject({
      value: {
        kind: 'symbolic',
        fn: 'Fn::Sub',
        expr: '!Sub arn:aws:s3:::${BucketParam}',
        refs: ['BucketParam']
      },
      loc: { line: 34 }
    })
    const [queue] = policies[8]?.document?.statements[0]?.resources ?? []
    expect(queue?.value).toMatchObject({ kind: 'symbolic', refs: ['Queue'] })
    expect(policies[8]?.document?.statements[0]?.actions.map(literal)).toEqual(['sqs:SendMessage*'])
  })

  it('resolves a parameter default into a template, leaving region and account symbolic', () => {
    const [table, index] = policies[7]?.document?.statements[0]?.resources ?? []
    expect(table?.value).toMatchObject({
      kind: 'symbolic',
      expr: '!Sub arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/orders',
      refs: []
    })
    expect(index?.value).toMatchObject({ expr: expect.stringMatching(/table\/orders\/index\/\*$/) })
  })

  it('keeps unknown templates without a document', () => {
    expect(policies[10]).toMatchObject({ kind: 'sam-template', name: { value: 'MadeUpPolicy' } })
    expect(policies[10]?.document).toBeUndefined()
  })

  it('maps every event type to a trigger, asynchronous where AWS invokes asynchronously', () => {
    const triggers = byId(service.functions, 'Worker').triggers
    expect(triggers.map(t => [t.kind, t.async, t.loc.line])).toEqual([
      ['function-url', false, 54],
      ['s3', true, 59],
      ['sns', true, 64],
      ['sqs', false, 68],
      ['kinesis', false, 72],
      ['dynamodb-stream', false, 77],
      ['schedule', true, 82],
      ['schedule', true, 86],
      ['eventbridge', true, 90],
      ['cloudwatch-logs', true, 95],
      ['iot', true, 100],
      ['cognito', true, 104],
      ['msk', false, 109],
      ['mq', false, 114],
      ['alexa', false, 119]
    ])
    const source = (line: number) => triggers.find(t => t.loc.line === line)?.source
    expect(source(82)?.value).toBe('rate(1 day)')
    expect(source(90)?.value).toBe('orders.service')
    expect(source(114)).toMatchObject({
      value: 'arn:aws:mq:us-east-1:123456789012:broker:b:1',
      loc: { line: 117 }
    })
    expect(source(59)?.value).toMatchObject({ kind: 'symbolic', refs: ['Uploads'] })
  })

  it('uses a given role and adds no generated one', () => {
    const fn = byId(service.functions, 'Existing')
    expect(fn.roleId).toBe('ExistingRole')
    const roles = service.roles.filter(r => r.id === 'ExistingRole')
    expect(roles).toHaveLength(1)
    expect(roles[0]?.generatedBy).toBeUndefined()
    expect(service.roles.filter(r => r.generatedBy === 'sam').map(r => r.id)).toEqual([
      'WorkerRole',
      'FlowRole'
    ])
  })

  it('links plain CloudFormation resources to SAM functions', () => {
    expect(byId(service.permissions, 'WorkerPermission').functionId).toBe('Worker')
  })

  it('reads state machines with their generated role, tables and layers', () => {
    expect(byId(service.resources, 'Flow')).toMatchObject({
      kind: 'state-machine',
      name: { value: 'flow' },
      attributes: {
        loggingLevel: { value: 'ALL', loc: { line: 152 } },
        tracing: { value: true, loc: { line: 154 } }
      }
    })
    const flowRole = byId(service.roles, 'FlowRole')
    expect(flowRole.trustPolicy?.statements[0]?.principals[0]?.value.value).toBe(
      'states.amazonaws.com'
    )
    expect(flowRole.policies[0]?.document?.statements[0]?.resources[0]?.value).toMatchObject({
      refs: ['Worker'],
      expr: expect.stringContaining('function:${Worker}*')
    })
    expect(byId(service.resources, 'Simple').attributes.sseEnabled).toMatchObject({
      value: true,
      loc: { line: 163 }
    })
    expect(byId(service.resources, 'Shared').kind).toBe('layer')
  })
})

describe('SAM detection', () => {
  it('claims AWS::Serverless types without the Transform header, and CloudFormation does not', async () => {
    const document = fixtureDocument('sam/no-transform.yaml')
    expect(cloudformationFormat.detect('no-transform.yaml', document)).toBe(false)
    const { service } = await buildFixture(samFormat, 'sam/no-transform.yaml')
    expect(service.name).toBe('no-transform')
    expect(byId(service.functions, 'Hello').codePath?.value).toBe('hello/')
  })

  it('claims a Transform list holding the SAM transform', () => {
    expect(samFormat.detect('t.yaml', fixtureDocument('sam/functions.yaml'))).toBe(true)
    expect(cloudformationFormat.detect('t.yaml', fixtureDocument('sam/functions.yaml'))).toBe(false)
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import type { Service } from '../../../src/model/types.js'
import { buildFixture, byId } from './fixtures.js'

describe('CloudFormation: data stores, messaging and other resources', () => {
  let service: Service
  beforeAll(async () => {
    const built = await buildFixture(cloudformationFormat, 'cloudformation/data.yaml')
    expect(built.diagnostics).toEqual([])
    service = built.service
  })

  it('reads a bucket: ACL, public access block and encryption', () => {
    const bucket = byId(service.resources, 'Uploads')
    expect(bucket).toMatchObject({
      kind: 'bucket',
      type: 'AWS::S3::Bucket',
      name: { value: 'uploads' },
      loc: { line: 2, column: 3 },
      attributes: {
        acl: { value: 'PublicRead', loc: { line: 6 } },
        publicAccessBlock: {
          blockPublicAcls: { value: false, loc: { line: 8 } },
          blockPublicPolicy: { value: true },
          ignorePublicAcls: { value: false },
          restrictPublicBuckets: { value: true },
          loc: { line: 7 }
        },
        encryption: { value: 'aws:kms', loc: { line: 15 } },
        kmsKeyId: { value: { refs: ['Key'] } }
      }
    })
  })

  it('attaches separate resource policies to what they govern', () => {
    const [policy] = byId(service.resources, 'Uploads').policies
    expect(policy?.statements[0]).toMatchObject({
      principals: [{ type: '*', value: { value: '*', loc: { line: 28 } } }],
      actions: [{ value: 's3:GetObject' }],
      resources: [{ value: { refs: ['Uploads'] }, loc: { line: 30 } }]
    })
    // Named twice (by reference and by URL), attached once.
    expect(byId(service.resources, 'Queue').policies).toHaveLength(1)
    expect(byId(service.resources, 'Topic').policies[0]?.statements[0]?.resources).toMatchObject([
      { loc: { line: 76 } }
    ])
    expect(byId(service.resources, 'Key').policies[0]?.loc.line).toBe(94)
  })

  it('reads encryption, recovery and rotation settings', () => {
    expect(byId(service.resources, 'Table').attributes).toMatchObject({
      pointInTimeRecovery: { value: true, loc: { line: 36 } },
      sseEnabled: { value: true },
      kmsKeyId: { value: 'alias/orders' }
    })
    expect(byId(service.resources, 'Queue').attributes).toEqual({
      sseEnabled: { value: false, loc: expect.objectContaining({ line: 44 }) }
    })
    expect(byId(service.resources, 'Topic').attributes.kmsKeyId?.value).toBe('alias/aws/sns')
    expect(byId(service.resources, 'Stream').attributes).toMatchObject({
      encryption: { value: 'KMS', loc: { line: 88 } },
      kmsKeyId: { value: 'alias/aws/kinesis' }
    })
    expect(byId(service.resources, 'Key').attributes.keyRotation).toMatchObject({
      value: false,
      loc: { line: 93 }
    })
    expect(byId(service.resources, 'Secret').attributes.rotation).toMatchObject({
      value: true,
      loc: { line: 105 }
    })
    expect(byId(service.resources, 'Plain').attributes).toEqual({})
  })

  it('reads state machines, event buses, identity and user pools', () => {
    expect(byId(service.resources, 'Flow').attributes).toMatchObject({
      loggingLevel: { value: 'OFF', loc: { line: 117 } },
      tracing: { value: true, loc: { line: 119 } }
    })
    expect(byId(service.resources, 'Identities').attributes.allowUnauthenticated).toMatchObject({
      value: true,
      loc: { line: 145 }
    })
    expect(byId(service.resources, 'Users').attributes.mfa?.value).toBe('OFF')
  })

  it('attaches event bus policies in both forms, by name or reference', () => {
    const [legacy, statement] = byId(service.resources, 'Bus').policies
    expect(legacy?.statements).toMatchObject([
      {
        sid: 'everyone',
        effect: { value: 'Allow' },
        actions: [{ value: 'events:PutEvents' }],
        principals: [{ type: '*', value: { value: '*', loc: { line: 130 } } }]
      }
    ])
    expect(statement?.statements[0]?.principals).toMatchObject([
      { type: 'AWS', value: { value: 'arn:aws:iam::111122223333:root', loc: { line: 138 } } }
    ])
  })

  it('turns a layer permission into a statement with its organization condition', () => {
    const layer = byId(service.resources, 'Layer')
    expect(layer).toMatchObject({ kind: 'layer', name: { value: 'shared' } })
    const statement = layer.policies[0]?.statements[0]
    expect(statement).toMatchObject({
      actions: [{ value: 'lambda:GetLayerVersion' }],
      principals: [{ type: '*', value: { value: '*', loc: { line: 161 } } }]
    })
    const condition = statement?.condition
    const equals =
      condition?.kind === 'map' ? condition.entries.get('StringEquals')?.value : undefined
    expect(equals?.kind === 'map' && equals.entries.get('aws:PrincipalOrgID')).toMatchObject({
      keyLoc: { line: 162 },
      value: { value: 'o-abc123' }
    })
  })

  it('puts the triggers other resources declare on the function, asynchronous', () => {
    const triggers = byId(service.functions, 'Worker').triggers
    expect(triggers.map(t => [t.kind, t.source?.value, t.async, t.loc.line])).toEqual([
      ['s3', 'uploads', true, 2],
      ['sns', 'alerts', true, 57],
      ['sns', 'arn:aws:sns:us-east-1:123456789012:other', true, 77],
      ['schedule', 'rate(1 day)', true, 163],
      ['eventbridge', 'orders.service', true, 170]
    ])
  })
})

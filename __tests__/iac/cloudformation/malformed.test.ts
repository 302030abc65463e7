import { describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { CFN_HANDLERS } from '../../../src/iac/cloudformation/handlers.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { mapTemplate } from '../../../src/iac/cloudformation/template.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import { emptyService } from '../../../src/iac/types.js'
import type { TemplateFormat } from '../../../src/iac/types.js'
import type { MapValue } from '../../../src/model/value.js'
import { repoOf } from './fixtures.js'

async function build(format: TemplateFormat, text: string) {
  const loaded = loadDocument('bad.yaml', text)
  expect(loaded.diagnostics).toEqual([])
  return format.build({ file: 'bad.yaml', document: loaded.value as MapValue }, repoOf())
}

describe('malformed CloudFormation templates', () => {
  it('reports structural problems where they are written and reads the rest', async () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters: [oops]',
      'Resources:',
      '  NoType:',
      '    Properties: {}',
      '  ListProps:',
      '    Type: AWS::S3::Bucket',
      '    Properties: [1, 2]',
      '  Fn::ForEach::Topics:',
      '    - Name',
      '    - [A, B]',
      '    - Topic${Name}: { Type: AWS::SNS::Topic }',
      '    - extra',
      '  Good:',
      '    Type: AWS::SQS::Queue'
    ].join('\n')
    const { services, diagnostics } = await build(cloudformationFormat, text)
    expect(diagnostics.map(d => [d.line, d.code, d.severity])).toEqual([
      [2, 'invalid-template', 'warning'],
      [4, 'invalid-template', 'warning'],
      [8, 'invalid-template', 'warning'],
      [9, 'unsupported-intrinsic', 'warning']
    ])
    expect(diagnostics[1]?.message).toMatch(/NoType has no Type/)
    expect(diagnostics[3]?.message).toMatch(/should be \[identifier, collection, resources\]/)
    expect(diagnostics.every(d => d.file === 'bad.yaml')).toBe(true)
    const service = services[0]
    expect(service?.rawResources.map(r => r.id)).toEqual(['ListProps', 'Good'])
    expect(service?.resources.map(r => r.id)).toEqual(['ListProps', 'Good'])
  })

  it('is an error where Fn::Transform adds resources from outside the template', async () => {
    const include = [
      '  Fn::Transform:',
      '    Name: AWS::Include',
      '    Parameters: { Location: s3://shared/resources.yaml }'
    ]
    const beside = await build(
      cloudformationFormat,
      ['Resources:', ...include, '  Q:', '    Type: AWS::SQS::Queue'].join('\n')
    )
    expect(beside.diagnostics).toMatchObject([
      {
        line: 2,
        code: 'external-resources',
        severity: 'error',
        message: expect.stringContaining('AWS::Include from s3://shared/resources.yaml')
      }
    ])
    expect(beside.services[0]?.rawResources.map(r => r.id)).toEqual(['Q'])
    const alone = await build(cloudformationFormat, ['Resources:', ...include].join('\n'))
    expect(alone.diagnostics).toMatchObject([{ line: 2, code: 'external-resources' }])
  })

  it('reports Resources that is not a map', async () => {
    const { services, diagnostics } = await build(
      cloudformationFormat,
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  - a\n  - b\n'
    )
    expect(diagnostics).toMatchObject([{ line: 3, code: 'invalid-template' }])
    expect(services[0]?.rawResources).toEqual([])
  })

  it('reports a template that is not YAML with its position, before any format runs', () => {
    const loaded = loadDocument('bad.yaml', 'Resources:\n  A:\n    Type: [unclosed\n')
    expect(loaded.value).toBeUndefined()
    expect(loaded.diagnostics[0]).toMatchObject({ file: 'bad.yaml', code: 'parse-error' })
  })

  it('never throws on hostile properties, for every resource type it reads', async () => {
    const types = [
      ...Object.keys(CFN_HANDLERS),
      'AWS::Serverless::Function',
      'AWS::Serverless::Api',
      'AWS::Serverless::HttpApi',
      'AWS::Serverless::SimpleTable',
      'AWS::Serverless::StateMachine',
      'AWS::Serverless::LayerVersion'
    ]
    const hostile = [
      'Properties: oops',
      'Properties: { Events: [1], Policies: { A: [1] }, Environment: [x], Roles: 3, Queues: { a: 1 } }',
      'Properties: { Code: [1], Role: [x], Statement: 1, Targets: x, Subscription: 1, Auth: [1] }',
      'Properties: { MethodSettings: x, PolicyDocument: [1], ResourceId: { Ref: Self0 }, Cors: [1] }',
      'Properties: { Events: { E: { Type: Api, Properties: [1] } }, FunctionUrlConfig: [1] }',
      'Properties: { Events: { E: { Type: HttpApi, Properties: { ApiId: 1, Auth: x } } } }',
      'Properties: { Policies: [{ S3ReadPolicy: x }, { Statement: x }, 7, [1]], DefinitionBody: 1 }'
    ]
    const lines = ['Transform: AWS::Serverless-2016-10-31', 'Resources:']
    types.forEach((type, t) =>
      hostile.forEach((props, h) =>
        lines.push(`  R${t}x${h}:`, `    Type: ${type}`, `    ${props}`)
      )
    )
    const { services, diagnostics } = await build(samFormat, lines.join('\n'))
    expect(diagnostics.filter(d => d.code === 'internal-error')).toEqual([])
    expect(services[0]?.rawResources).toHaveLength(types.length * hostile.length)
  })
})

describe('a resource the reader fails on', () => {
  it('is an error at the resource: what it would have checked is unchecked', () => {
    const loaded = loadDocument('t.yaml', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n')
    const template = loaded.value as MapValue
    const service = emptyService('t.yaml', 't', 'cloudformation', '', template.loc)
    const failing = () => {
      throw new Error('unexpected shape')
    }
    const diagnostics = mapTemplate({ template }, service, { 'AWS::SQS::Queue': failing })
    expect(diagnostics).toMatchObject([
      { line: 2, code: 'internal-error', severity: 'error', message: /unexpected shape/ }
    ])
  })
})

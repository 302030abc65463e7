import { describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import { samFormat } from '../../../src/iac/sam/index.js'
import type { TemplateFormat } from '../../../src/iac/types.js'
import type { MapValue } from '../../../src/model/value.js'
import { repoOf } from './fixtures.js'

async function notes(format: TemplateFormat, text: string) {
  const loaded = loadDocument('template.yaml', text)
  expect(loaded.diagnostics).toEqual([])
  const built = await format.build(
    { file: 'template.yaml', document: loaded.value as MapValue },
    repoOf()
  )
  return built.diagnostics
    .filter(d => d.code === 'openapi-not-read')
    .map(d => [d.line, d.severity, d.message])
}

describe('OpenAPI definitions that are not read', () => {
  it('says, at the property, that a SAM definition in a file or an include is not read', async () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  RestApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionBody:',
      "        'Fn::Transform':",
      '          Name: AWS::Include',
      '          Parameters:',
      '            Location: s3://specs/openapi.yaml',
      '  HttpApi:',
      '    Type: AWS::Serverless::HttpApi',
      '    Properties:',
      '      DefinitionUri: s3://specs/openapi.yaml',
      '  InlineApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionBody:',
      '        openapi: 3.0.1',
      '        paths: {}'
    ].join('\n')
    expect(await notes(samFormat, text)).toEqual([
      [
        7,
        'warning',
        'RestApi defines routes in an OpenAPI definition (DefinitionBody), which is not read: the authorization of routes written only there is not checked'
      ],
      [15, 'warning', expect.stringContaining('HttpApi defines routes in an OpenAPI definition')]
    ])
  })

  it('says so for CloudFormation APIs with a BodyS3Location, and reads an inline Body', async () => {
    const text = [
      'Resources:',
      '  Rest:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties:',
      '      Body: { openapi: 3.0.1, paths: {} }',
      '  Http:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties:',
      '      BodyS3Location: { Bucket: specs, Key: api.yaml }',
      '  Routes:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties:',
      '      ProtocolType: HTTP'
    ].join('\n')
    expect((await notes(cloudformationFormat, text)).map(n => n.slice(0, 2))).toEqual([
      [9, 'warning']
    ])
  })
})

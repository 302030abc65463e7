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

describe('routes written in an OpenAPI definition', () => {
  it('says, at the property, that a SAM API definition is not read', async () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  RestApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionBody:',
      '        openapi: 3.0.1',
      '  HttpApi:',
      '    Type: AWS::Serverless::HttpApi',
      '    Properties:',
      '      DefinitionUri: ./openapi.yaml',
      '  PlainApi:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod'
    ].join('\n')
    expect(await notes(samFormat, text)).toEqual([
      [
        7,
        'warning',
        'RestApi defines routes in an OpenAPI definition (DefinitionBody), which is not read: the authorization of routes written only there is not checked'
      ],
      [12, 'warning', expect.stringContaining('HttpApi defines routes in an OpenAPI definition')]
    ])
  })

  it('says so for CloudFormation REST and HTTP APIs with a Body or BodyS3Location', async () => {
    const text = [
      'Resources:',
      '  Rest:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties:',
      '      Body: { openapi: 3.0.1 }',
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
      [5, 'warning'],
      [9, 'warning']
    ])
  })
})

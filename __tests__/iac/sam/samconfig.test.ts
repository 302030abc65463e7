import { describe, expect, it } from '@jest/globals'
import { overridesOf } from '../../../src/iac/cloudformation/samconfig.js'
import { modelOfFiles } from '../../helpers/model.js'

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Parameters:
  UrlAuth:
    Type: String
    Default: AWS_IAM
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs24.x
      Handler: index.handler
      InlineCode: x
      FunctionUrlConfig:
        AuthType: !Ref UrlAuth
`

const urlAuth = async (files: Record<string, string>) => {
  const m = await modelOfFiles(files)
  const url = m.services[0]?.endpoints.find(e => e.kind === 'function-url')
  return { auth: url?.auth?.type, line: url?.auth?.loc?.line, diagnostics: m.diagnostics }
}

describe('samconfig.toml parameter_overrides', () => {
  it('replace the defaults of the template sam deploy deploys, as the deployment does', async () => {
    const samconfig =
      'version = 0.1\n[default.deploy.parameters]\nstack_name = "app"\nparameter_overrides = "Stage=prod UrlAuth=NONE"\n'
    expect(await urlAuth({ 'app/template.yaml': TEMPLATE })).toMatchObject({ auth: 'iam' })
    expect(
      await urlAuth({ 'app/template.yaml': TEMPLATE, 'app/samconfig.toml': samconfig })
    ).toMatchObject({ auth: 'none', line: 15, diagnostics: [] })
    // In the `global` section, and for the template that `template_file` names.
    const global = `[default.global.parameters]\ntemplate_file = "api.yaml"\nparameter_overrides = ["UrlAuth=NONE"]\n`
    expect(await urlAuth({ 'app/api.yaml': TEMPLATE, 'app/samconfig.toml': global })).toMatchObject(
      {
        auth: 'none'
      }
    )
    expect(
      await urlAuth({ 'app/other.yaml': TEMPLATE, 'app/samconfig.toml': global })
    ).toMatchObject({
      auth: 'iam'
    })
  })

  it('make the template an error when the samconfig.toml cannot be read as TOML', async () => {
    const { diagnostics } = await urlAuth({
      'template.yaml': TEMPLATE,
      'samconfig.toml': '[default.deploy.parameters]\nparameter_overrides = "UrlAuth=NONE\n'
    })
    expect(diagnostics.map(d => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual([
      'samconfig.toml:2 parse-error error'
    ])
  })

  it('are read as SAM writes them: quoted values, the older ParameterKey form', () => {
    expect([
      ...overridesOf('A=1 B="two words" C=\'x y\' ParameterKey=D,ParameterValue=4 E="say \\"hi\\""')
    ]).toEqual([
      ['D', '4'],
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'x y'],
      ['E', 'say "hi"']
    ])
  })
})

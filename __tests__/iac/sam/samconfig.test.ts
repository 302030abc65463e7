import { describe, expect, it } from '@jest/globals'
import { overridesOf } from '../../../src/iac/cloudformation/samconfig.js'
import { templateReferences } from '../../../src/units/references.js'
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

  it('make the template an error when the samconfig.toml is there but cannot be read', async () => {
    const binary = '\u0000\u0001\u0002 parameter_overrides = "UrlAuth=NONE"\n'
    const result = await urlAuth({ 'app/template.yaml': TEMPLATE, 'app/samconfig.toml': binary })
    expect(result.diagnostics.map(d => [d.file, d.code, d.severity])).toEqual([
      ['app/samconfig.toml', 'unreadable-samconfig', 'error']
    ])
    expect(result.diagnostics[0]?.message).toContain('app/template.yaml')
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

describe('samconfig.yaml and samconfig.yml', () => {
  // SAM reads samconfig.toml, and when there is none, samconfig.yaml or samconfig.yml.
  const yamlConfig =
    'version: 0.1\ndefault:\n  deploy:\n    parameters:\n      stack_name: app\n      parameter_overrides:\n        - UrlAuth=NONE\n'

  it('give sam deploy its parameter values when no samconfig.toml is there', async () => {
    for (const name of ['samconfig.yaml', 'samconfig.yml']) {
      expect(
        await urlAuth({ 'app/template.yaml': TEMPLATE, [`app/${name}`]: yamlConfig })
      ).toMatchObject({ auth: 'none', line: 15, diagnostics: [] })
    }
    const toml =
      'version = 0.1\n[default.deploy.parameters]\nparameter_overrides = "UrlAuth=AWS_IAM"\n'
    expect(
      await urlAuth({
        'app/template.yaml': TEMPLATE,
        'app/samconfig.toml': toml,
        'app/samconfig.yaml': yamlConfig
      })
    ).toMatchObject({ auth: 'iam' })
  })

  it('make the template an error when the file cannot be read as YAML', async () => {
    const { diagnostics } = await urlAuth({
      'template.yaml': TEMPLATE,
      'samconfig.yaml':
        'default:\n  deploy:\n    parameters:\n      parameter_overrides: [UrlAuth=NONE\n'
    })
    expect(diagnostics.map(d => `${d.file} ${d.code} ${d.severity}`)).toEqual([
      'samconfig.yaml parse-error error'
    ])
  })

  it('is an error at the samconfig when its aliases expand it beyond reason', async () => {
    // Each level repeats the one before nine times: a few lines, a billion values.
    const levels = ['      l0: &l0 [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `      l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`
      )
    const { diagnostics } = await urlAuth({
      'template.yaml': TEMPLATE,
      'samconfig.yaml': [
        'default:',
        '  deploy:',
        '    parameters:',
        '      parameter_overrides: UrlAuth=NONE',
        '      stack_name: app',
        ...levels
      ].join('\n')
    })
    expect(diagnostics.map(d => `${d.file} ${d.code} ${d.severity}`)).toEqual([
      'samconfig.yaml parse-error error'
    ])
  })

  it('are files of the template, so a pull request changing one alone checks it again', () => {
    expect(templateReferences('Resources: {}\n', 'app/template.yaml')).toEqual(
      expect.arrayContaining(['app/samconfig.toml', 'app/samconfig.yaml', 'app/samconfig.yml'])
    )
  })
})

describe('the stack name sam deploy deploys a template as', () => {
  const nameOf = async (files: Record<string, string>) =>
    (await modelOfFiles(files)).services.map(s => s.name)
  const yamlConfig = (name: string) =>
    `version: 0.1\ndefault:\n  deploy:\n    parameters:\n      stack_name: ${name}\n`

  it('is read from samconfig.toml, else samconfig.yaml, else samconfig.yml', async () => {
    expect(await nameOf({ 'app/template.yaml': TEMPLATE })).toEqual(['app'])
    for (const name of ['samconfig.yaml', 'samconfig.yml']) {
      expect(
        await nameOf({ 'app/template.yaml': TEMPLATE, [`app/${name}`]: yamlConfig('orders-api') })
      ).toEqual(['orders-api'])
    }
    const toml = 'version = 0.1\n[default.deploy.parameters]\nstack_name = "from-toml"\n'
    expect(
      await nameOf({
        'app/template.yaml': TEMPLATE,
        'app/samconfig.toml': toml,
        'app/samconfig.yaml': yamlConfig('from-yaml'),
        'app/samconfig.yml': yamlConfig('from-yml')
      })
    ).toEqual(['from-toml'])
    expect(
      await nameOf({
        'app/template.yaml': TEMPLATE,
        'app/samconfig.yaml': yamlConfig('from-yaml'),
        'app/samconfig.yml': yamlConfig('from-yml')
      })
    ).toEqual(['from-yaml'])
  })

  it('in the global section, quoted; a samconfig without one leaves the folder name', async () => {
    const global = `default:\n  global:\n    parameters:\n      stack_name: "shared-stack"\n`
    expect(await nameOf({ 'app/template.yaml': TEMPLATE, 'app/samconfig.yml': global })).toEqual([
      'shared-stack'
    ])
    const none = 'default:\n  deploy:\n    parameters:\n      region: eu-west-1\n'
    expect(await nameOf({ 'app/template.yaml': TEMPLATE, 'app/samconfig.yaml': none })).toEqual([
      'app'
    ])
  })
})

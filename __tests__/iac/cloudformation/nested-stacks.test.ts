import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../../helpers/scan.js'

const CHILD = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Url:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f
      AuthType: NONE
`

const PARENT = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Inside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: stacks/child.yaml
  Outside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ../../platform/network.yaml
  Missing:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/gone.yaml
  Uploaded:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/child.yaml
  App:
    Type: AWS::Serverless::Application
    Properties:
      Location: ../../shared/app.yaml
  FromRepository:
    Type: AWS::Serverless::Application
    Properties:
      Location:
        ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/app
        SemanticVersion: 1.0.0
`

describe('nested stacks named by a local path', () => {
  it('are errors at the property when outside the repository or missing; the rest is checked', async () => {
    const result = await scanFiles({
      'app/template.yaml': PARENT,
      'app/stacks/child.yaml': CHILD
    })
    const nested = result.diagnostics.head.filter(d => /nested-stack/.test(d.code))
    expect(nested.map(d => [d.code, d.file, d.line])).toEqual([
      ['nested-stack-outside-repository', 'app/template.yaml', 11],
      ['unresolved-nested-stack', 'app/template.yaml', 15],
      ['nested-stack-outside-repository', 'app/template.yaml', 23]
    ])
    expect(nested[0]?.message).toContain(
      'TemplateURL ../../platform/network.yaml is outside the repository'
    )
    expect(result.decision).toBe('error')
    // The nested template in the repository is checked as a template of its own.
    expect(result.findings.map(f => [f.ruleId, f.location.file])).toContainEqual([
      'lambda-url-auth-none',
      'app/stacks/child.yaml'
    ])
  })

  it('are no problem when every local template is in the repository', async () => {
    const parent = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Inside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/child.yaml
`
    const result = await scanFiles({ 'template.yaml': parent, 'stacks/child.yaml': CHILD })
    expect(result.diagnostics.head.filter(d => d.severity === 'error')).toEqual([])
  })

  it('are an error at the property when the nested template is there but cannot be read', async () => {
    const parent = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Inside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/child.yaml
`
    // Encrypted content names no AWS type: on its own it is only a warning.
    const encrypted = '\u0000GITCRYPT\u0000\u0093\u00c1' + 'x'.repeat(64)
    const result = await scanFiles({ 'template.yaml': parent, 'stacks/child.yaml': encrypted })
    expect(result.errors.map(d => [d.code, d.file, d.line])).toEqual([
      ['unreadable-nested-stack', 'template.yaml', 6]
    ])
    expect(result.decision).toBe('error')
  })

  it('make a pull request that removes the nested template an error', async () => {
    const parent = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Inside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/child.yaml
`
    const base = { 'template.yaml': parent, 'stacks/child.yaml': CHILD, 'README.md': 'x\n' }
    const head = { 'template.yaml': parent, 'README.md': 'x\n' }
    const result = await scanFiles(head, base)
    expect(result.diagnostics.head.map(d => [d.code, d.file, d.line])).toContainEqual([
      'unresolved-nested-stack',
      'template.yaml',
      6
    ])
    expect(result.decision).toBe('error')
  })

  it('are errors when the file is one the gate never reads as a template', async () => {
    // `aws cloudformation package` uploads any local file; the gate reads YAML, JSON and
    // .template files outside tool folders as templates, so this one would never be checked.
    const parent = (path: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Inside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ${path}
`
    for (const path of ['stacks/child.cfn', '.aws-sam/build/child.yaml']) {
      const result = await scanFiles({ 'template.yaml': parent(path), [path]: CHILD })
      const nested = result.diagnostics.head.filter(d => /nested-stack/.test(d.code))
      expect(nested.map(d => [d.code, d.file, d.line, d.severity])).toEqual([
        ['unchecked-nested-stack', 'template.yaml', 6, 'error']
      ])
      expect(nested[0]?.message).toContain(`TemplateURL ${path} is not read as a template`)
      expect(result.decision).toBe('error')
    }
  })
})

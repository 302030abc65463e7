import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

const sam = (codeUri: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: ${codeUri}
      FunctionUrlConfig:
        AuthType: NONE
`

describe('SAM CodeUri', () => {
  it('follows a code folder inside the repository', async () => {
    const result = await scanFiles({
      'app/template.yaml': sam('src/'),
      'app/src/index.js': 'exports.handler = async () => 1\n'
    })
    expect(result.errors).toEqual([])
    expect(result.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })

  it('leaves S3 locations alone', async () => {
    const result = await scanFiles({ 'template.yaml': sam('s3://bucket/code.zip') })
    expect(result.errors).toEqual([])
  })

  it('makes a missing code folder, or one outside the repository, a located error', async () => {
    const missing = await scanFiles({ 'app/template.yaml': sam('build/') })
    expect(missing.decision).toBe('error')
    expect(missing.errors.map(e => [e.file, e.line, e.code])).toEqual([
      ['app/template.yaml', 9, 'unresolved-code-uri']
    ])
    const outside = await scanFiles({ 'app/template.yaml': sam('../../elsewhere/') })
    expect(outside.errors.map(e => [e.file, e.line, e.code, e.message])).toEqual([
      [
        'app/template.yaml',
        9,
        'code-outside-repository',
        'CodeUri ../../elsewhere/ is outside the repository: not read, so its code and lockfiles are not checked'
      ]
    ])
    // The function is still modelled and its findings reported.
    expect(outside.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })

  it('takes a missing .zip or .jar for a build output: a located warning, not an error', async () => {
    for (const built of ['target/app-1.0.jar', 'build/distributions/app.ZIP']) {
      const result = await scanFiles({
        'app/template.yaml': sam(built),
        'app/pom.xml': '<project><modelVersion>4.0.0</modelVersion></project>\n'
      })
      expect(result.errors).toEqual([])
      expect(result.decision).not.toBe('error')
      const warnings = result.diagnostics.head.filter(d => d.code === 'built-code-uri')
      expect(warnings.map(d => [d.file, d.line, d.severity])).toEqual([
        ['app/template.yaml', 9, 'warning']
      ])
      expect(warnings[0]?.message).toContain(`CodeUri ${built} is a deployment package`)
      expect(result.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
    }
    // A folder is code the gate would read: missing, it stays an error; so does a package
    // outside the repository.
    const folder = await scanFiles({ 'app/template.yaml': sam('target/classes/') })
    expect(folder.errors.map(e => e.code)).toEqual(['unresolved-code-uri'])
    const outside = await scanFiles({ 'app/template.yaml': sam('../../out/app.zip') })
    expect(outside.errors.map(e => e.code)).toEqual(['code-outside-repository'])
  })
})

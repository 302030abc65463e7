import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'

/**
 * Line ends git and GitHub do not count as one (a lone carriage return), read where the tool that
 * installs or deploys the file ends its lines, and located at the line the diff shows.
 */
const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })

describe('line ends', () => {
  it('reads a yarn.lock entry written after a lone CR, as yarn does', async () => {
    // yarn ends a line at a lone CR: minimist 1.2.0 (vulnerable) is installed. The blanks after
    // a lone CR are no indentation to yarn: left-pad's version is read at the top level.
    const lock = [
      '# yarn lockfile v1',
      '',
      '',
      'left-pad@1.3.0:\r  version "1.3.0"\r\rminimist@1.2.0:',
      '  version "1.2.0"',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'web/yarn.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(
      r.findings.map(f => `${f.dependency?.name}@${f.dependency?.version}:${f.location.line}`)
    ).toEqual(['minimist@1.2.0:4'])
    expect(r.errors.map(e => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'web/yarn.lock:4 parse-error'
    ])
  })

  it('reads a gradle.lockfile dependency written after a lone CR, as Gradle (Java) does', async () => {
    // Java ends a line at a lone CR: log4j-core 2.14.1 is locked, not part of the comment.
    const lock = [
      '# This is a Gradle generated file for dependency locking.',
      '# x\rorg.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath',
      'empty=',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'svc/gradle.lockfile': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(
      r.findings.map(f => `${f.dependency?.name}@${f.dependency?.version}:${f.location.line}`)
    ).toEqual(['org.apache.logging.log4j:log4j-core@2.14.1:2'])
    expect(r.errors).toEqual([])
  })

  it('refuses a YAML template holding a YAML 1.1 line break, where PyYAML reads a hidden resource', async () => {
    // PyYAML (SAM CLI, the AWS CLI) ends the plain value at each U+2028 and reads a public
    // function URL; a YAML 1.2 reader reads one long display name.
    const LS = '\u2028'
    const hidden = ['  Url:', '    Type:', '      AWS::Lambda::Url', '    Properties:']
      .concat(['      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f'])
      .concat(['      AuthType:', '        NONE'])
    const template = [
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      `      DisplayName: x${LS}${hidden.join(LS).replace('TargetFunctionArn: ', `TargetFunctionArn:${LS}        `)}`,
      ''
    ].join('\n')
    const r = await scanFiles({ 'app/template.yaml': template })
    expect(r.errors.map(e => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([
      'app/template.yaml:5:21 parse-error'
    ])
    expect(r.errors[0]?.message).toMatch(/Unicode line separator \(U\+2028\)/)
    expect(r.decision).toBe('error')
  })

  it('reads a Serverless file and a strict JSON template holding a U+2028 as they are deployed', async () => {
    const json = JSON.stringify({
      Resources: {
        Url: {
          Type: 'AWS::Lambda::Url',
          Properties: {
            TargetFunctionArn: 'arn:aws:lambda:us-east-1:1:function:f',
            AuthType: 'NONE'
          },
          Metadata: { Note: 'a\u2028b' }
        }
      }
    })
    const sls =
      'service: svc\n# a\u2028b\nprovider:\n  name: aws\n  runtime: python3.12\nfunctions:\n  f:\n    handler: a.b\n    url: true\n'
    const r = await scanFiles({ 'app/template.json': json, 'svc/serverless.yml': sls })
    expect(r.errors).toEqual([])
    expect(
      r.findings.filter(f => f.ruleId === 'lambda-url-auth-none').map(f => f.location.file)
    ).toEqual(['app/template.json', 'svc/serverless.yml'])
  })
})

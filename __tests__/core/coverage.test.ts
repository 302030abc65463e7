import { afterEach, describe, expect, it } from '@jest/globals'
import { uncheckedFiles } from '../../src/core/coverage.js'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { cloudformationFormat } from '../../src/iac/cloudformation/index.js'
import { terraformFormat } from '../../src/iac/registry.js'
import type { TemplateFormat } from '../../src/iac/types.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'
import { scanFiles } from '../helpers/scan.js'

const ROLE_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Admin:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: all
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
`
const SERVERLESS =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'
const TERRAFORM = 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n'

const files = () =>
  new MemorySource(
    'head',
    new Map([
      ['serverless.yml', SERVERLESS],
      ['stacks/admin.yaml', ROLE_TEMPLATE],
      ['infra/main.tf', TERRAFORM],
      ['docs/notes.yaml', 'title: no AWS types here\n']
    ])
  )

async function scan(source = files()) {
  const config = parseConfigText('.serverless-gate.yml', 'scanners: [iac]\n')
  return runScan({ head: source, config, settings: resolveSettings({}, config) })
}

const restore: (() => void)[] = []
afterEach(() => restore.splice(0).forEach(r => r()))

/** Makes a reader forget its input: it returns nothing, and says nothing. */
function breakReader(format: Pick<TemplateFormat, 'build'>): void {
  const real = format.build
  format.build = async () => ({ services: [], diagnostics: [] })
  restore.push(() => void (format.build = real))
}

describe('the invariant: recognised files = evaluated files + error diagnostics', () => {
  it('holds for a scan whose readers work: no error, findings reported', async () => {
    const result = await scan()
    expect(result.errors).toEqual([])
    expect(result.decision).toBe('fail')
  })

  it('makes the result error when a template reader returns nothing for a recognised file', async () => {
    breakReader(cloudformationFormat)
    const result = await scan()
    expect(result.decision).toBe('error')
    const unchecked = result.errors.filter(e => e.code === 'not-checked')
    expect(unchecked.map(e => e.file)).toEqual(['stacks/admin.yaml'])
    expect(unchecked[0]?.message).toMatch(/recognised as an IaC template but neither checked/)
    // The other files are still checked and their findings reported.
    expect(result.findings.map(f => f.ruleId)).toContain('lambda-url-auth-none')
  })

  it('makes the result error when the Terraform reader drops a folder', async () => {
    breakReader(terraformFormat as unknown as Pick<TemplateFormat, 'build'>)
    const result = await scan()
    expect(result.decision).toBe('error')
    expect(result.errors.map(e => [e.file, e.code])).toEqual([['infra/main.tf', 'not-checked']])
  })

  it('counts a lockfile no reader evaluated or reported', async () => {
    const source = new MemorySource(
      'head',
      new Map([
        ['package-lock.json', '{"lockfileVersion": 3, "packages": {}}'],
        ['app/requirements.txt', 'django==2.2.24\n']
      ])
    )
    const found = await uncheckedFiles({
      source,
      lockfiles: ['package-lock.json'],
      diagnostics: []
    })
    expect(found.map(d => [d.file, d.code, d.severity])).toEqual([
      ['app/requirements.txt', 'not-checked', 'error']
    ])
    const reported = await uncheckedFiles({
      source,
      lockfiles: ['package-lock.json'],
      diagnostics: [
        {
          file: 'app/requirements.txt',
          line: 1,
          column: 1,
          message: 'x',
          code: 'x',
          severity: 'warning'
        }
      ]
    })
    // A warning is not enough: a recognised file is checked, or it is an error.
    expect(reported.map(d => d.file)).toEqual(['app/requirements.txt'])
  })

  it('accepts a reader that states a file is not something the gate checks', async () => {
    const source = new MemorySource(
      'head',
      new Map([['serverless.yml', 'service: s\nprovider:\n  name: azure\n']])
    )
    const result = await scan(source)
    expect(result.errors).toEqual([])
    expect(result.diagnostics.head.map(d => [d.file, d.code, d.severity])).toEqual([
      ['serverless.yml', 'not-checked-format', 'warning']
    ])
  })

  it('states that a Serverless service written as code is not checked, in every scan', async () => {
    const result = await scanFiles({
      'api/serverless.ts': "export default { service: 'api', provider: { name: 'aws' } }\n",
      'jobs/serverless.js': "module.exports = { service: 'jobs' }\n",
      // Beside a serverless.yml, the framework reads the YAML: the script is not the service.
      'web/serverless.yml': 'service: web\nprovider:\n  name: aws\n',
      'web/serverless.js': "module.exports = require('./serverless.yml')\n"
    })
    const stated = result.diagnostics.head.filter(d => d.code === 'not-checked-format')
    expect(stated.map(d => [d.file, d.severity])).toEqual([
      ['api/serverless.ts', 'warning'],
      ['jobs/serverless.js', 'warning']
    ])
    expect(stated[0]?.message).toMatch(/Serverless service written as code.*not checked/)
  })

  it('states it in a pull request that adds one', async () => {
    const base = { 'web/serverless.yml': 'service: web\nprovider:\n  name: aws\n' }
    const head = { ...base, 'api/serverless.ts': "export default { service: 'api' }\n" }
    const result = await scanFiles(head, base)
    const stated = result.diagnostics.head.filter(d => d.code === 'not-checked-format')
    expect(stated.map(d => d.file)).toEqual(['api/serverless.ts'])
  })
})

describe('binary files named like templates', () => {
  // A file encrypted by git-crypt starts `\0GITCRYPT\0`; its bytes name no AWS type.
  const encrypted = '\u0000GITCRYPT\u0000\u0093\u00c1\u0007k\u0001\u0000\u00ff' + 'x'.repeat(64)

  it('are no error when their bytes show no template: the gate does not need them', async () => {
    const result = await scanFiles({
      'serverless.yml': SERVERLESS,
      'config/secrets.json': encrypted,
      'config/secrets.yaml': encrypted
    })
    expect(result.decision).toBe('fail')
    expect(result.errors).toEqual([])
    expect(result.diagnostics.head.map(d => `${d.file} ${d.code} ${d.severity}`)).toEqual([
      'config/secrets.json binary-content warning',
      'config/secrets.yaml binary-content warning'
    ])
  })

  it('are an error when their bytes name AWS types, as a template would', async () => {
    const result = await scanFiles({
      'stacks/admin.yaml': `${ROLE_TEMPLATE}\u0000`,
      'stacks/utf16.yaml': Buffer.from(ROLE_TEMPLATE, 'utf16le').toString('latin1')
    })
    expect(result.decision).toBe('error')
    expect(result.errors.map(e => `${e.file} ${e.code}`).sort()).toEqual([
      'stacks/admin.yaml binary-content',
      'stacks/utf16.yaml invalid-encoding'
    ])
  })
})

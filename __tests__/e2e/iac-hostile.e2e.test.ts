import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Infrastructure written to slip an administrator role or a public function URL past the gate,
 * through the bundled CLI: each is read as the deploying tool reads it, and what cannot be
 * resolved is an error, never a pass.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

interface Report {
  result: string
  findings: { ruleId: string; location: { file: string; line: number } }[]
  errors: { file: string; line: number; code: string }[]
}

async function scan(files: Record<string, string>) {
  const repo = tempRepo(files)
  cleanups.push(repo.cleanup)
  const args = ['scan', 'app', '--scanners', 'iac', '--format', 'json', '--fail-on', 'high']
  const out = await spawnNode([join(DIST, 'cli.js'), ...args], repo.root, {
    PATH: process.env.PATH ?? ''
  })
  return { code: out.code, report: JSON.parse(out.stdout) as Report }
}

const RISKY = new Set(['iam-admin-access', 'lambda-url-auth-none'])
const risky = (r: Report) =>
  r.findings
    .filter(f => RISKY.has(f.ruleId))
    .map(f => `${f.ruleId} ${f.location.file}:${f.location.line}`)

const URL_IAM = [
  'resource "aws_lambda_function_url" "u" {',
  '  function_name      = "reports"',
  '  authorization_type = var.auth',
  '}',
  'variable "auth" {',
  '  default = "AWS_IAM"',
  '}'
].join('\n')

describe('infrastructure written to hide an admin role or a public URL (bundled CLI)', () => {
  it.each([
    [
      'IAM statements merged into the Serverless provider with a YAML merge key',
      {
        'app/svc/serverless.yml': [
          'service: svc',
          'x-provider: &provider',
          '  name: aws',
          '  runtime: python3.13',
          '  iam:',
          '    role:',
          '      statements:',
          "        - { Effect: Allow, Action: '*', Resource: '*' }",
          'provider:',
          '  <<: *provider',
          'functions:',
          '  a:',
          '    handler: a.handler'
        ].join('\n')
      },
      ['iam-admin-access svc/serverless.yml:8']
    ],
    [
      'a SAM function URL written in an Fn::ForEach loop',
      {
        'app/sam/template.yaml': [
          'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
          'Resources:',
          '  Fn::ForEach::Fns:',
          '    - Name',
          '    - [A, B]',
          '    - ${Name}Fn:',
          '        Type: AWS::Serverless::Function',
          '        Properties:',
          '          Runtime: python3.13',
          '          Handler: a.handler',
          '          InlineCode: x',
          '          FunctionUrlConfig:',
          '            AuthType: NONE'
        ].join('\n')
      },
      ['lambda-url-auth-none sam/template.yaml:13']
    ],
    [
      'an administrator statement behind Fn::If, in a JSON template whose types are escaped',
      {
        'app/cfn/stack.json': JSON.stringify(
          {
            Conditions: { Dev: { 'Fn::Equals': ['a', 'a'] } },
            Resources: {
              Policy: {
                Type: 'AWS::IAM::ManagedPolicy',
                Properties: {
                  PolicyDocument: {
                    Statement: [
                      {
                        'Fn::If': [
                          'Dev',
                          { Effect: 'Allow', Action: '*', Resource: '*' },
                          { Ref: 'AWS::NoValue' }
                        ]
                      }
                    ]
                  }
                }
              }
            }
          },
          null,
          2
        ).replace('AWS::IAM', 'A\\u0057S::IAM')
      },
      ['iam-admin-access cfn/stack.json:21']
    ],
    [
      'a Terraform override file opening a function URL',
      {
        'app/tf/main.tf': URL_IAM,
        'app/tf/url_override.tf':
          'resource "aws_lambda_function_url" "u" {\n  authorization_type = "NONE"\n}\n'
      },
      ['lambda-url-auth-none tf/url_override.tf:2']
    ],
    [
      'a terraform.tfvars setting the URL auth variable to NONE',
      { 'app/tf/main.tf': URL_IAM, 'app/tf/terraform.tfvars': 'auth = "NONE"\n' },
      ['lambda-url-auth-none tf/main.tf:3']
    ]
  ])('%s is found', async (_case, files, expected) => {
    const { code, report } = await scan(files)
    expect(report.errors).toEqual([])
    expect(risky(report)).toEqual(expected)
    expect(code).toBe(1)
  })

  it('a Terraform folder whose locals are too large to resolve is an error, not a pass', async () => {
    const { code, report } = await scan({
      'app/tf/main.tf': [
        'locals {',
        `  big  = [${Array(510_000).fill('1').join(',')}]`,
        '  auth = "NONE"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  layers = local.big',
        '}',
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "f"',
        '  authorization_type = local.auth',
        '}'
      ].join('\n')
    })
    expect(report.errors.map(e => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'tf/main.tf:6 values-too-large'
    ])
    expect(report.result).toBe('error')
    expect(code).toBe(2)
  })
})

import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { applySuppressions } from '../../src/policy/suppressions/apply.js'

const sls = (statement: string, extra = '') => `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
${statement}
functions:
  create:
    handler: src/create.handler
${extra}`

const WILDCARD = `        - Effect: Allow
          Action: s3:*
          Resource: arn:aws:s3:::exports/*`

const wildcard = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.findings.filter(f => f.ruleId === 'iam-wildcard-action')
const invalid = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.findings.filter(f => f.ruleId === 'invalid-suppression')

describe('inline suppressions', () => {
  it('applies a comment at the end of the flagged line', async () => {
    const r = await scanFiles({
      'serverless.yml': sls(
        WILDCARD.replace(
          'Action: s3:*',
          'Action: s3:* # serverless-gate:ignore iam-wildcard-action exports are rebuilt nightly'
        )
      )
    })
    expect(wildcard(r)[0]?.suppressed).toEqual({
      reason: 'exports are rebuilt nightly',
      source: 'inline',
      location: { file: 'serverless.yml', line: 9, column: 1 }
    })
    expect(invalid(r)).toEqual([])
  })

  it('applies a comment block above the statement item that contains the finding', async () => {
    const r = await scanFiles({
      'serverless.yml': sls(`        # reviewed with security, see SEC-142
        # serverless-gate:ignore iam-wildcard-action the bucket is the function's scratch space
${WILDCARD}`)
    })
    expect(wildcard(r)[0]?.suppressed?.reason).toBe("the bucket is the function's scratch space")
  })

  it('does not apply a comment above an unrelated sibling', async () => {
    const r = await scanFiles({
      'serverless.yml':
        sls(`        # serverless-gate:ignore iam-wildcard-action only the first statement
        - Effect: Allow
          Action: dynamodb:GetItem
          Resource: '*'
${WILDCARD}`)
    })
    expect(wildcard(r)[0]?.suppressed).toBeUndefined()
  })

  it('stacks several suppressions above one node', async () => {
    const r = await scanFiles({
      'serverless.yml':
        sls(`        # serverless-gate:ignore iam-wildcard-resource scoped by bucket policy
        # serverless-gate:ignore iam-wildcard-action scratch bucket
        - Effect: Allow
          Action: s3:*
          Resource: '*'`)
    })
    expect(
      r.findings
        .filter(f => ['iam-wildcard-action', 'iam-wildcard-resource'].includes(f.ruleId))
        .map(f => f.suppressed?.reason)
    ).toEqual(expect.arrayContaining(['scoped by bucket policy', 'scratch bucket']))
  })

  it('scopes a suppression to one piece of evidence', async () => {
    const text = sls(`        # serverless-gate:ignore iam-wildcard-action[s3:*] scratch bucket
        - Effect: Allow
          Action: [s3:*, sqs:*]
          Resource: arn:aws:s3:::exports/*`)
    const found = wildcard(await scanFiles({ 'serverless.yml': text }))
    expect(found.map(f => [f.evidence, f.suppressed?.reason])).toEqual([
      ['s3:*', 'scratch bucket'],
      ['sqs:*', undefined]
    ])
  })

  it('reports a suppression without a reason and does not apply it', async () => {
    const r = await scanFiles({
      'serverless.yml': sls(
        WILDCARD.replace(
          'Action: s3:*',
          'Action: s3:* # serverless-gate:ignore iam-wildcard-action'
        )
      )
    })
    expect(wildcard(r)[0]?.suppressed).toBeUndefined()
    expect(invalid(r)).toMatchObject([
      {
        location: { file: 'serverless.yml', line: 9 },
        message: expect.stringContaining('no reason')
      }
    ])
  })

  it('makes inline suppressions ineffective, and says so, with allow-inline-suppressions: false', async () => {
    const text = sls(
      WILDCARD.replace(
        'Action: s3:*',
        'Action: s3:* # serverless-gate:ignore iam-wildcard-action scratch'
      )
    )
    const r = await scanFiles(
      { 'serverless.yml': text },
      undefined,
      'allow-inline-suppressions: false'
    )
    expect(wildcard(r)[0]).toMatchObject({
      suppressionNote: expect.stringContaining('allow-inline-suppressions: false')
    })
    expect(wildcard(r)[0]?.suppressed).toBeUndefined()
    expect(invalid(r)).toHaveLength(1)
  })

  it('reads HCL comments above a block', async () => {
    const tf = `resource "aws_lambda_function" "hook" {
  function_name = "hook"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "hook.zip"
  role          = "arn:aws:iam::123456789012:role/hook"
}

# serverless-gate:ignore lambda-url-auth-none public webhook, verified by signature
resource "aws_lambda_function_url" "hook" {
  function_name      = aws_lambda_function.hook.function_name
  authorization_type = "NONE"
}
`
    const r = await scanFiles({ 'infra/main.tf': tf })
    expect(r.findings.find(f => f.ruleId === 'lambda-url-auth-none')?.suppressed?.reason).toBe(
      'public webhook, verified by signature'
    )
  })
})

describe('config ignores', () => {
  const text = sls(WILDCARD)
  it('suppresses by rule, path glob and resource, with its reason', async () => {
    const config = `ignore:
  - rule: iam-wildcard-action
    path: "**/serverless.yml"
    resource: IamRoleLambdaExecution
    reason: accepted in threat model TM-7
    expires: 2099-01-01`
    const r = await scanFiles({ 'svc/serverless.yml': text }, undefined, config)
    expect(wildcard(r)[0]?.suppressed).toEqual({
      reason: 'accepted in threat model TM-7',
      source: 'config',
      expires: '2099-01-01'
    })
  })

  it('stops suppressing after its expiry date, and says so', async () => {
    const config = `ignore:\n  - rule: iam-wildcard-action\n    reason: temporary\n    expires: 2026-01-31`
    const r = await scanFiles({ 'serverless.yml': text }, undefined, config)
    expect(wildcard(r)[0]).toMatchObject({
      suppressionNote: expect.stringContaining('expired on 2026-01-31')
    })
    expect(wildcard(r)[0]?.suppressed).toBeUndefined()
  })

  it('does not match another path or resource', async () => {
    const config = `ignore:\n  - rule: iam-wildcard-action\n    path: other/**\n    reason: elsewhere\n  - rule: iam-wildcard-action\n    resource: SomeOtherRole\n    reason: other role`
    expect(
      wildcard(await scanFiles({ 'serverless.yml': text }, undefined, config))[0]?.suppressed
    ).toBeUndefined()
  })
})

describe('CloudFormation metadata', () => {
  it('suppresses through Metadata on the resource, and reports one without a reason', async () => {
    const cfn = (reason: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Hook:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      Role: arn:aws:iam::123456789012:role/hook
      Code:
        ZipFile: 'def handler(e, c): return {}'
  Url:
    Type: AWS::Lambda::Url
    Metadata:
      serverless-gate:
        ignore:
          - rule: lambda-url-auth-none
            reason: ${reason}
    Properties:
      TargetFunctionArn: !GetAtt Hook.Arn
      AuthType: NONE
`
    const ok = await scanFiles({ 'template.yaml': cfn('public webhook') })
    expect(ok.diagnostics.head).toEqual([])
    const url = ok.findings.filter(f => f.ruleId === 'lambda-url-auth-none')
    expect(url).toMatchObject([{ suppressed: { source: 'metadata', reason: 'public webhook' } }])
    const bad = await scanFiles({ 'template.yaml': cfn("''") })
    expect(invalid(bad).length).toBeGreaterThan(0)
  })

  it('suppresses only in the service whose resources carry it', async () => {
    const cfn = (metadata: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Url:
    Type: AWS::Lambda::Url${metadata}
    Properties:
      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:hook
      AuthType: NONE
`
    const ignored = `
    Metadata:
      serverless-gate:
        ignore:
          - rule: lambda-url-auth-none
            reason: public webhook`
    const r = await scanFiles({ 'a/template.yaml': cfn(ignored), 'b/template.yaml': cfn('') })
    const url = r.findings.filter(f => f.ruleId === 'lambda-url-auth-none')
    expect(url.map(f => [f.location.file, f.suppressed?.source])).toEqual([
      ['a/template.yaml', 'metadata'],
      ['b/template.yaml', undefined]
    ])
  })
})

describe('suppressions in a diff', () => {
  it('marks a suppression the change adds, and the finding stays in the report', async () => {
    const base = { 'serverless.yml': sls(WILDCARD) }
    const head = {
      'serverless.yml': sls(
        WILDCARD.replace(
          'Action: s3:*',
          'Action: s3:* # serverless-gate:ignore iam-wildcard-action scratch'
        )
      )
    }
    const r = await scanFiles(head, base)
    expect(wildcard(r)).toMatchObject([
      { status: 'unchanged', suppressed: { reason: 'scratch', addedInPr: true } }
    ])
  })
})

describe('inline suppressions in JSON templates', () => {
  it('are not looked for by reading the file again: JSON has no comments', async () => {
    // The marker sits in a string: a JSON template suppresses only through `Metadata`.
    const template = JSON.stringify({
      Description:
        '# serverless-gate:ignore iam-admin-access -- reviewed, needed for the migration',
      Resources: {
        Admin: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyName: 'all',
            Roles: ['r'],
            PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
          }
        }
      }
    })
    const r = await scanFiles({ 'template.json': template })
    expect(r.findings.length).toBeGreaterThan(0)
    const read: string[] = []
    const findings = await applySuppressions(r.findings, {
      ignores: [],
      allowInline: true,
      now: new Date('2026-11-22T00:00:00Z'),
      model: r.models.head,
      textOf: async file => {
        read.push(file)
        return template
      }
    })
    expect(read).toEqual([])
    const admin = findings.filter(f => f.ruleId === 'iam-admin-access')
    expect(admin.length).toBe(1)
    expect(admin.filter(f => f.suppressed)).toEqual([])
  })
})

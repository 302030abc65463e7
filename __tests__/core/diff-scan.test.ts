import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

const BASE = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:*
          Resource: arn:aws:s3:::exports/*
functions:
  create:
    handler: src/create.handler
`

const only = (r: Awaited<ReturnType<typeof scanFiles>>, ruleId: string) =>
  r.findings.filter(f => f.ruleId === ruleId)

describe('diff scan', () => {
  it('keeps a finding unchanged when its lines move', async () => {
    const moved = BASE.replace('service: orders\n', 'service: orders\n# a comment\n\n\n').replace(
      '  runtime: nodejs20.x\n',
      '  runtime: nodejs20.x\n  memorySize: 256\n'
    )
    const r = await scanFiles({ 'serverless.yml': moved }, { 'serverless.yml': BASE })
    const [f] = only(r, 'iam-wildcard-action')
    expect(f).toMatchObject({ status: 'unchanged', location: { line: 13 } })
    expect(
      r.findings.filter(x => x.status === 'new' && x.severity !== 'low' && x.severity !== 'info')
    ).toEqual([])
  })

  it('does not make a finding new when another part of the file changes', async () => {
    const edited = BASE.replace(
      '  create:\n    handler: src/create.handler\n',
      '  create:\n    handler: src/create.handler\n    timeout: 30\n'
    )
    const r = await scanFiles({ 'serverless.yml': edited }, { 'serverless.yml': BASE })
    expect(only(r, 'iam-wildcard-action').map(f => f.status)).toEqual(['unchanged'])
    expect(r.decision).toBe('pass')
  })

  it('reports a removed finding as fixed and passes', async () => {
    const fixed = BASE.replace('Action: s3:*', 'Action: s3:GetObject')
    const r = await scanFiles({ 'serverless.yml': fixed }, { 'serverless.yml': BASE })
    expect(only(r, 'iam-wildcard-action')).toMatchObject([
      { status: 'fixed', location: { line: 9 } }
    ])
    expect(r.decision).toBe('pass')
  })

  it('gates on new findings only, and on all with gate-on: all', async () => {
    const worse = BASE.replace('Resource: arn:aws:s3:::exports/*', "Resource: '*'")
    const base = { 'serverless.yml': worse }
    const head = {
      'serverless.yml': worse.replace('  create:\n', '  create:\n    memorySize: 512\n')
    }
    expect((await scanFiles(head, base, 'fail-on-severity: medium')).decision).toBe('pass')
    expect((await scanFiles(head, base, 'fail-on-severity: medium\ngate-on: all')).decision).toBe(
      'fail'
    )
  })

  it('folds a diff finding into the catalog finding on the same line', async () => {
    const head = BASE.replace('Action: s3:*', "Action: '*'").replace(
      'Resource: arn:aws:s3:::exports/*',
      "Resource: '*'"
    )
    const r = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': BASE })
    const admin = r.findings.find(f => f.ruleId === 'iam-admin-access')
    expect(admin).toMatchObject({ status: 'new', severity: 'critical', location: { line: 9 } })
    expect(admin?.also?.map(a => a.ruleId)).toContain('diff-permission-growth')
    expect(r.findings.filter(f => f.ruleId === 'diff-permission-growth')).toEqual([])
    expect(r.decision).toBe('fail')
  })

  it('is an error, not a pass, when a changed template cannot be read', async () => {
    const r = await scanFiles(
      { 'serverless.yml': 'service: [broken\n' },
      { 'serverless.yml': BASE }
    )
    expect(r.decision).toBe('error')
    expect(r.errors[0]).toMatchObject({ file: 'serverless.yml', code: 'parse-error' })
  })

  it('lists security-relevant changes even where no rule fires', async () => {
    const head = BASE.replace(
      '  create:\n',
      '  report:\n    handler: src/report.handler\n    environment:\n      REPORT_BUCKET: exports\n  create:\n'
    )
    const r = await scanFiles({ 'serverless.yml': head }, { 'serverless.yml': BASE })
    expect(r.changes.map(c => c.summary)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('function `report` added'),
        expect.stringContaining('`REPORT_BUCKET`')
      ])
    )
  })

  it('keeps a finding on a shared setting unchanged when the change adds a function', async () => {
    const old = BASE.replace('runtime: nodejs20.x', 'runtime: python3.8')
    const added = old + '  report:\n    handler: src/report.handler\n'
    const r = await scanFiles({ 'serverless.yml': added }, { 'serverless.yml': old })
    expect(only(r, 'lambda-runtime-deprecated')).toMatchObject([
      { status: 'unchanged', location: { line: 4 } }
    ])
  })

  it('lists a resource the change makes public', async () => {
    const topic = (policy: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Events:
    Type: AWS::SNS::Topic
  EventsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Events]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: ${policy}
            Action: sns:Publish
            Resource: !Ref Events
`
    const r = await scanFiles(
      { 'template.yaml': topic("'*'") },
      { 'template.yaml': topic('{ AWS: arn:aws:iam::123456789012:root }') }
    )
    expect(r.changes).toContainEqual(
      expect.objectContaining({
        kind: 'resource-public',
        resource: 'Events',
        summary: 'topic `Events` becomes public: its policy allows anyone',
        location: expect.objectContaining({ line: 11 })
      })
    )
  })

  it('shows an ignore the change adds to the config as added by it, and says the configuration changed', async () => {
    const headConfig =
      'fail-on-severity: critical\nignore:\n  - rule: iam-wildcard-action\n    reason: the bucket is scratch space\n'
    const r = await scanFiles(
      { 'serverless.yml': BASE },
      { 'serverless.yml': BASE },
      headConfig,
      undefined,
      undefined,
      ''
    )
    expect(only(r, 'iam-wildcard-action')).toMatchObject([
      { status: 'unchanged', suppressed: { source: 'config', addedInPr: true } }
    ])
    expect(r.notes.map(n => n.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'loosens `fail-on-severity` ("high" → "critical") in the gate\'s configuration'
        ),
        expect.stringContaining('edits `ignore`')
      ])
    )
  })
})

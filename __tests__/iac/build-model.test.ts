import { describe, expect, it } from '@jest/globals'
import { modelOfFiles as model } from '../helpers/model.js'

describe('buildModel', () => {
  it("never reads the gate's own configuration as a template, even where it names AWS types", async () => {
    const m = await model({
      '.serverless-gate.yml':
        'ignore:\n  - rule: iam-wildcard-action\n    resource: AWS::IAM::Role Admin\n    reason: the break-glass role\n'
    })
    expect(m.services).toEqual([])
    expect(m.diagnostics).toEqual([])
  })

  it('reads each format and leaves other YAML and JSON alone', async () => {
    const m = await model({
      'svc/serverless.yml':
        'service: a\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  f:\n    handler: h.f\n',
      'sam/template.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: a.h\n      CodeUri: src/\n',
      'sam/src/a.py': 'def h(event, context):\n    return 1\n',
      'cfn/stack.json':
        '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}',
      'infra/main.tf':
        'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  role = "arn:aws:iam::1:role/r"\n}\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'package.json': '{"name": "x"}',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres\n'
    })
    expect(m.services.map(s => [s.id, s.format])).toEqual([
      ['cfn/stack.json', 'cloudformation'],
      ['infra', 'terraform'],
      ['sam/template.yaml', 'sam'],
      ['svc/serverless.yml', 'serverless']
    ])
    expect(m.diagnostics).toEqual([])
  })

  it('does not model a file a Serverless service includes as a template of its own', async () => {
    const m = await model({
      'serverless.yml':
        'service: a\nprovider:\n  name: aws\nfunctions:\n  f:\n    handler: h.f\nresources:\n  - ${file(resources/queue.yml)}\n',
      'resources/queue.yml':
        'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n'
    })
    expect(m.services.map(s => s.id)).toEqual(['serverless.yml'])
    expect(m.services[0]?.files).toEqual(['serverless.yml', 'resources/queue.yml'])
    expect(m.services[0]?.resources.map(r => [r.id, r.loc.file, r.loc.line])).toEqual([
      ['Queue', 'resources/queue.yml', 2]
    ])
  })

  it('reports an unreadable template and still models the others', async () => {
    const m = await model({
      'a/serverless.yml': 'service: [\n',
      'b/serverless.yml': 'service: b\nprovider:\n  name: aws\nfunctions: {}\n'
    })
    expect(m.services.map(s => s.id)).toEqual(['b/serverless.yml'])
    expect(m.diagnostics).toMatchObject([
      { file: 'a/serverless.yml', code: 'parse-error', line: 2 }
    ])
  })
})

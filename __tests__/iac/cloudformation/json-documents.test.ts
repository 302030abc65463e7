import { describe, expect, it } from '@jest/globals'
import { cloudformationFormat } from '../../../src/iac/cloudformation/index.js'
import { loadDocument } from '../../../src/iac/document/yaml.js'
import type { MapValue } from '../../../src/model/value.js'
import { repoOf } from './fixtures.js'

async function build(file: string, text: string) {
  const loaded = loadDocument(file, text)
  expect(loaded.diagnostics).toEqual([])
  return cloudformationFormat.build({ file, document: loaded.value as MapValue }, repoOf())
}

const ROLE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      AssumeRolePolicyDocument: |',
  '        {',
  '          "Version": "2012-10-17",',
  '          "Statement": [',
  '            { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" },',
  '              "Action": "sts:AssumeRole" }',
  '          ]',
  '        }'
]

describe('policy documents written as JSON strings', () => {
  it('reads a block scalar document, located at its lines in the template', async () => {
    const text = [
      ...ROLE,
      '      Policies:',
      '        - PolicyName: logs',
      '          PolicyDocument: >-',
      '            {"Statement": [{"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]}'
    ].join('\n')
    const { services, diagnostics } = await build('template.yaml', text)
    expect(diagnostics).toEqual([])
    const role = services[0]?.roles[0]
    const trust = role?.trustPolicy?.statements[0]
    expect(trust?.principals.map(p => [p.type, p.value.value, p.value.loc.line])).toEqual([
      ['Service', 'lambda.amazonaws.com', 10]
    ])
    expect(trust?.principals[0]?.value.loc.column).toBe(60)
    const inline = role?.policies[0]?.document?.statements[0]
    expect(inline?.actions.map(a => [a.value, a.loc.line])).toEqual([['logs:PutLogEvents', 17]])
  })

  it('reads a JSON template whose document is an escaped string', async () => {
    const doc = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }]
    })
    const template = {
      Resources: {
        Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } }
      }
    }
    const { diagnostics, services } = await build('t.json', JSON.stringify(template, null, 2))
    expect(diagnostics).toEqual([])
    const statement = services[0]?.policies[0]?.document?.statements[0]
    expect(statement?.actions.map(a => [a.value, a.loc.line])).toEqual([['sqs:SendMessage', 6]])
  })

  it('reports a string that is not JSON once, at the place of the mistake, and reads the rest', async () => {
    const text = [
      ...ROLE.slice(0, 9),
      '            { "Effect": "Allow" "Action": "sts:AssumeRole" }',
      '          ]',
      '        }',
      '  Queue:',
      '    Type: AWS::SQS::Queue'
    ].join('\n')
    const { diagnostics, services } = await build('template.yaml', text)
    expect(diagnostics.map(d => [d.file, d.line, d.code, d.severity])).toEqual([
      ['template.yaml', 10, 'invalid-policy-json', 'error']
    ])
    expect(diagnostics[0]?.message).toMatch(
      /^AssumeRolePolicyDocument is a string that is not a JSON/
    )
    expect(diagnostics[0]?.column).toBe(33)
    expect(services[0]?.roles[0]?.trustPolicy).toBeUndefined()
    expect(services[0]?.resources.map(r => r.id)).toEqual(['Queue'])
  })

  it('reports a JSON string that is not an object', async () => {
    const text = [...ROLE.slice(0, 5), '      AssumeRolePolicyDocument: "[1, 2]"'].join('\n')
    const { diagnostics } = await build('template.yaml', text)
    expect(diagnostics.map(d => [d.line, d.code, d.message])).toEqual([
      [
        6,
        'invalid-policy-json',
        'AssumeRolePolicyDocument is a string that is not a JSON policy document: it is not an object'
      ]
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { modelOfFiles as model } from '../../helpers/model.js'

const ROLE = [
  '        Type: AWS::IAM::Role', // 8
  '        Properties:',
  '          AssumeRolePolicyDocument:',
  '            Statement:',
  '              - Effect: Allow',
  '                Principal: { Service: lambda.amazonaws.com }',
  '                Action: sts:AssumeRole',
  '          Policies:',
  '            - PolicyName: admin',
  '              PolicyDocument:',
  '                Statement:',
  '                  - Effect: Allow',
  "                    Action: '*'" // 20
]

describe('resources written in Fn::ForEach loops (AWS::LanguageExtensions)', () => {
  it('are modelled once, as written, when the loop is the only member of Resources', async () => {
    const m = await model({
      'template.yaml': [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Transform: AWS::LanguageExtensions',
        'Resources:',
        '  Fn::ForEach::Roles:',
        '    - Name',
        '    - [Reader, Writer]',
        '    - ${Name}Role:',
        ...ROLE,
        "                    Resource: '*'"
      ].join('\n')
    })
    expect(m.diagnostics).toEqual([])
    const role = m.services[0]?.roles.find(r => r.id === '${Name}Role')
    expect(role?.policies[0]?.document?.statements[0]?.actions[0]).toMatchObject({
      value: '*',
      loc: { line: 20 }
    })
  })

  it('are read beside other resources, through nested loops, in JSON and with SAM types', async () => {
    const template = {
      Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'],
      Globals: { Function: { Runtime: 'python3.13' } },
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        'Fn::ForEach::Envs': [
          'Env',
          ['dev', 'prod'],
          {
            'Fn::ForEach::Fns': [
              'N',
              ['A', 'B'],
              {
                'Fn${N}${Env}': {
                  Type: 'AWS::Serverless::Function',
                  Properties: {
                    Handler: 'i.h',
                    InlineCode: 'x',
                    FunctionUrlConfig: { AuthType: 'NONE' }
                  }
                }
              }
            ]
          }
        ]
      }
    }
    const m = await model({ 'stack.json': JSON.stringify(template, null, 2) })
    expect(m.diagnostics).toEqual([])
    const service = m.services[0]
    expect(service?.format).toBe('sam')
    const fn = service?.functions.find(f => f.id === 'Fn${N}${Env}')
    expect(fn?.runtime?.value).toBe('python3.13')
    expect(service?.rawResources.map(r => r.id)).toEqual(['Queue', 'Fn${N}${Env}'])
  })
})

import { describe, expect, it } from '@jest/globals'
import { modelOfFiles } from '../../helpers/model.js'

// SAM documents FunctionUrlConfig.AuthType as required: without it SAM rejects the template.
const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs24.x
      Handler: index.handler
      InlineCode: x
      FunctionUrlConfig:
        InvokeMode: BUFFERED
`

describe('SAM FunctionUrlConfig without AuthType', () => {
  it('is a located warning, not a function URL open to anyone', async () => {
    const m = await modelOfFiles({ 'template.yaml': TEMPLATE })
    const service = m.services[0]
    expect(service?.endpoints.filter(e => e.kind === 'function-url')).toEqual([])
    expect(service?.functions[0]?.url).toBeUndefined()
    expect(m.diagnostics.map(d => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual([
      'template.yaml:10 sam-url-auth-type-missing warning'
    ])
    expect(m.diagnostics[0]?.message).toMatch(/no AuthType.*SAM rejects the template/)
  })

  it('takes AuthType from Globals when the function leaves it out', async () => {
    const withGlobals = TEMPLATE.replace(
      'Resources:',
      'Globals:\n  Function:\n    FunctionUrlConfig:\n      AuthType: AWS_IAM\nResources:'
    )
    const m = await modelOfFiles({ 'template.yaml': withGlobals })
    const url = m.services[0]?.endpoints.find(e => e.kind === 'function-url')
    expect(url?.auth.type).toBe('iam')
    expect(m.diagnostics).toEqual([])
  })
})

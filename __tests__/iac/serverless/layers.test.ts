import { describe, expect, it } from '@jest/globals'
import type { PolicyStatement } from '../../../src/model/types.js'
import { buildText, byId, lines, symbolicOf } from './helpers.js'

/** A statement as `[principal type, principal, action, line]`. */
function grantOf(s: PolicyStatement): [string, unknown, unknown, number] {
  const [p] = s.principals
  return [p?.type ?? '', p?.value.value, s.actions[0]?.value, s.loc.line]
}

describe('Serverless layers', () => {
  it('models each layer, with a policy statement per allowed account', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: shared-libs', // 1
        'provider:', // 2
        '  name: aws', // 3
        'layers:', // 4
        '  common:', // 5
        '    path: layers/common', // 6
        '    allowedAccounts:', // 7
        "      - '*'", // 8
        '      - 111111111111', // 9
        '  private-utils:', // 10
        '    name: utils-${sls:stage}', // 11
        '    path: layers/utils', // 12
        'functions:', // 13
        '  ping:', // 14
        '    handler: ping.handler', // 15
        '    layers:', // 16
        '      - !Ref CommonLambdaLayer' // 17
      )
    )
    expect(diagnostics).toEqual([])
    const common = byId(service.resources, 'common')
    expect(common).toMatchObject({
      kind: 'layer',
      type: 'AWS::Lambda::LayerVersion',
      // Without `name`, the framework names the layer after its key.
      name: { value: 'common', loc: { line: 5 } },
      attributes: {},
      loc: { file: 'serverless.yml', line: 5, column: 3 }
    })
    expect(common.policies).toHaveLength(1)
    expect(common.policies[0]?.loc.line).toBe(7)
    expect(common.policies[0]?.statements.map(grantOf)).toEqual([
      ['*', '*', 'lambda:GetLayerVersion', 8],
      ['AWS', '111111111111', 'lambda:GetLayerVersion', 9]
    ])
    expect(common.policies[0]?.statements[0]?.effect).toMatchObject({ value: 'Allow' })
    const utils = byId(service.resources, 'private-utils')
    expect(utils.policies).toEqual([])
    expect(symbolicOf(utils.name)).toMatchObject({ expr: 'utils-${sls:stage}' })
    expect(byId(service.functions, 'ping').layers.map(l => symbolicOf(l).refs)).toEqual([
      ['CommonLambdaLayer']
    ])
  })

  it('keeps accounts written as an expression undecided, and reports what cannot be read', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: shared-libs', // 1
        'provider:', // 2
        '  name: aws', // 3
        'layers:', // 4
        '  byStage:', // 5
        '    allowedAccounts: ${ssm:/layers/accounts}', // 6
        '  odd:', // 7
        '    allowedAccounts:', // 8
        '      - { account: 1 }', // 9
        '      - 222222222222', // 10
        '  notAMap: layers/x' // 11
      )
    )
    const byStage = byId(service.resources, 'byStage').policies[0]
    expect(byStage?.statements).toEqual([])
    expect(byStage?.symbolic).toMatchObject({ fn: 'ssm', expr: '${ssm:/layers/accounts}' })
    expect(byId(service.resources, 'odd').policies[0]?.statements.map(grantOf)).toEqual([
      ['AWS', '222222222222', 'lambda:GetLayerVersion', 10]
    ])
    expect(service.resources.map(r => r.id)).toEqual(['byStage', 'odd'])
    expect(diagnostics.map(d => [d.line, d.code, d.severity])).toEqual([
      [9, 'invalid-serverless', 'warning'],
      [11, 'invalid-serverless', 'warning']
    ])
  })
})

describe('Serverless resources from included files', () => {
  it('reports problems of an included resource in the file that holds it', async () => {
    const { service, diagnostics } = await buildText(
      lines(
        'service: inc', // 1
        'provider:', // 2
        '  name: aws', // 3
        'resources:', // 4
        '  - ${file(resources/extra.yml)}' // 5
      ),
      {
        'resources/extra.yml': lines(
          'Resources:', // 1
          '  Queue:', // 2
          '    Type: AWS::SQS::Queue', // 3
          '  Broken:', // 4
          '    Properties: {}' // 5
        )
      }
    )
    expect(service.resources.map(r => [r.id, r.loc.file, r.loc.line])).toEqual([
      ['Queue', 'resources/extra.yml', 2]
    ])
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'resources/extra.yml',
        line: 4,
        code: 'invalid-template',
        message: 'resource Broken has no Type: it is not read'
      })
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inventory', 'usage-plan')
const NOTE = '        (a usage plan limits only requests that carry one of its API keys)'
const KEYED = 'requests with an API key of the plan'

async function inventory(format: 'text' | 'json', dir: string): Promise<string> {
  let out = ''
  const code = await runCli(['inventory', '--format', format, join(FIXTURES, dir)], {
    out: { write: t => (out += t) },
    err: { write: t => (out += t) },
    cwd: FIXTURES
  })
  expect(code).toBe(0)
  return out
}

async function stages(dir: string): Promise<unknown> {
  return (JSON.parse(await inventory('json', dir)) as { services: { stages: unknown }[] })
    .services[0]?.stages
}

describe('inventory: where the throttling of an API stage comes from', () => {
  it('Serverless: provider.apiGateway.usagePlan, the plan that throttles among several', async () => {
    expect(await stages('serverless')).toEqual([
      {
        id: 'ApiGatewayStage',
        stage: 'prod',
        location: 'serverless.yml:2:1',
        usagePlan: {
          id: 'partners',
          rate: '100',
          burst: '200',
          quota: '5000 per MONTH',
          location: 'serverless.yml:7:5',
          appliesTo: KEYED
        }
      }
    ])
    expect(await inventory('text', 'serverless')).toContain(
      [
        '  API stages:',
        '  - ApiGatewayStage  (stage prod)  serverless.yml:2:1',
        '      throttling: none on the stage or its methods (the account default holds)',
        '      usage plan partners: rate 100/s, burst 200, quota 5000 per MONTH  serverless.yml:7:5',
        NOTE
      ].join('\n')
    )
  })

  it('CloudFormation: AWS::ApiGateway::UsagePlan on two stages, beside stage throttling', async () => {
    const plan = {
      id: 'PartnerPlan',
      rate: '100',
      burst: '200',
      quota: '5000 per MONTH',
      location: 'template.yaml:28:3',
      appliesTo: KEYED
    }
    expect(await stages('cloudformation')).toEqual([
      {
        id: 'ProdStage',
        stage: 'prod',
        location: 'template.yaml:11:3',
        throttle: { rate: '20', burst: '50' },
        usagePlan: plan
      },
      { id: 'BetaStage', stage: 'beta', location: 'template.yaml:22:3', usagePlan: plan }
    ])
    expect(await inventory('text', 'cloudformation')).toContain(
      [
        '  - ProdStage  (stage prod)  template.yaml:11:3',
        '      throttling: rate 20/s, burst 50, for every request',
        '      usage plan PartnerPlan: rate 100/s, burst 200, quota 5000 per MONTH  template.yaml:28:3',
        NOTE,
        '  - BetaStage  (stage beta)  template.yaml:22:3',
        '      throttling: none on the stage or its methods (the account default holds)'
      ].join('\n')
    )
  })

  it('Terraform: aws_api_gateway_usage_plan with a quota and no throttle', async () => {
    expect(await stages('terraform')).toEqual([
      {
        id: 'aws_api_gateway_stage.prod',
        stage: 'prod',
        location: 'main.tf:9:1',
        usagePlan: {
          id: 'aws_api_gateway_usage_plan.partners',
          quota: '5000 per MONTH',
          location: 'main.tf:15:1',
          appliesTo: KEYED
        }
      }
    ])
    expect(await inventory('text', 'terraform')).toContain(
      [
        '  - aws_api_gateway_stage.prod  (stage prod)  main.tf:9:1',
        '      throttling: none on the stage or its methods (the account default holds)',
        '      usage plan aws_api_gateway_usage_plan.partners: no throttle, quota 5000 per MONTH  main.tf:15:1',
        NOTE
      ].join('\n')
    )
  })
})

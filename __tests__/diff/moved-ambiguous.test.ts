import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

/** A service whose role may attach any policy to any role when `resource` is `*`. */
function service(name: string, fn: string, resource?: string): string {
  const statements = resource
    ? [
        '  iam:',
        '    role:',
        '      statements:',
        '        - Effect: Allow',
        '          Action: iam:AttachRolePolicy',
        `          Resource: '${resource}'`
      ]
    : []
  return [
    `service: ${name}`,
    'provider:',
    '  name: aws',
    '  runtime: nodejs22.x',
    ...statements,
    'functions:',
    `  ${fn}:`,
    `    handler: handler.${fn}`,
    ''
  ].join('\n')
}

const TSCONFIG = '{"compilerOptions":{"strict":true}}\n'

describe('moves the content cannot tell apart', () => {
  it('never hide a finding a service introduces behind another service that moved with it', async () => {
    // Both services moved and were edited; only their identical tsconfig.json could pair folders,
    // and in path order it would pair billing with alpha (the reports service).
    const base = {
      'svc1/serverless.yml': service('billing', 'charge', '*'),
      'svc1/tsconfig.json': TSCONFIG,
      'svc2/serverless.yml': service('reports', 'build'),
      'svc2/tsconfig.json': TSCONFIG
    }
    const head = {
      'apps/zeta/serverless.yml': service(
        'billing',
        'charge',
        'arn:aws:iam::123456789012:role/billing-worker'
      ),
      'apps/zeta/tsconfig.json': TSCONFIG,
      'apps/alpha/serverless.yml': service('reports', 'build', '*'),
      'apps/alpha/tsconfig.json': TSCONFIG
    }
    const r = await scanFiles(head, base)
    const escalation = r.findings.filter(f => f.ruleId === 'iam-privilege-escalation')
    expect(escalation.map(f => `${f.status} ${f.location.file}`).sort()).toEqual([
      'fixed svc1/serverless.yml',
      'new apps/alpha/serverless.yml'
    ])
    expect(r.decision).toBe('fail')
  })
})

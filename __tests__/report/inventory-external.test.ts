import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { s3PublicAccess } from '../../src/policy/rules/data/s3-public-access.js'
import { inventoryOf } from '../../src/report/inventory.js'
import { renderInventoryText } from '../../src/report/inventory-text.js'
import { modelOf, RULE_FIXTURES } from '../helpers/rule-harness.js'

const fixture = (path: string) => join(RULE_FIXTURES, path)

describe('inventory of policies and settings on resources defined elsewhere', () => {
  it('lists a queue policy on a queue URL and a function URL on a function ARN', async () => {
    for (const [path, expected] of [
      [
        'sqs-policy-public/bad/external-cloudformation',
        {
          id: 'SharedQueuePolicy',
          kind: 'queue',
          target: 'https://sqs.eu-west-1.amazonaws.com/111122223333/shared-jobs',
          location: 'template.yaml:4:3'
        }
      ],
      [
        'lambda-url-auth-none/bad/external-cloudformation',
        {
          id: 'ReportsUrl',
          kind: 'function',
          target: 'arn:aws:lambda:eu-west-1:111122223333:function:reports',
          location: 'template.yaml:4:3'
        }
      ],
      [
        'api-data-trace-enabled/bad/external-terraform',
        {
          id: 'aws_api_gateway_method_settings.all',
          kind: 'api-stage',
          target: 'prod',
          location: 'main.tf:6:1'
        }
      ]
    ] as const) {
      const inventory = inventoryOf(await modelOf(fixture(path)))
      expect(inventory.services[0]?.external).toEqual([expected])
      expect(renderInventoryText(inventory)).toContain(
        `  set on resources defined elsewhere:\n  - ${expected.kind} ${expected.target}  by ${expected.id}`
      )
    }
  })

  it('names the target as written when it is an expression', async () => {
    const inventory = inventoryOf(
      await modelOf(fixture('sqs-policy-public/bad/external-terraform'))
    )
    expect(inventory.services[0]?.external.map(e => [e.kind, e.target])).toEqual([
      ['queue', 'var.queue_url']
    ])
  })

  it('lists nothing when the policy governs a resource of the template', async () => {
    const inventory = inventoryOf(await modelOf(fixture('sqs-policy-public/bad/cloudformation')))
    expect(inventory.services[0]?.external).toEqual([])
  })
})

describe('a public bucket policy on a bucket defined elsewhere', () => {
  it('is undecided: the bucket public access block is not in the template', async () => {
    const model = await modelOf(fixture('s3-public-access/good/external-cloudformation'))
    const result = evaluate(model, [s3PublicAccess])
    expect(result.findings).toEqual([])
    expect(result.undecided.map(u => [u.ruleId, u.location.line])).toEqual([
      ['s3-public-access', 11]
    ])
    expect(result.undecided[0]?.reason).toContain('`shared-assets-111122223333` (defined elsewhere')
  })
})

describe('inventory of IAM users and groups', () => {
  it('lists each user and group with what its policies allow, in Terraform', async () => {
    const inventory = inventoryOf(await modelOf(fixture('iam-admin-access/bad/users-terraform')))
    const principals = inventory.services[0]?.principals ?? []
    expect(
      principals.map(p => [p.kind, p.id, p.defined, p.permissions.map(x => x.actions)])
    ).toEqual([
      ['user', 'aws_iam_user.deploy', true, [['*']]],
      [
        'group',
        'aws_iam_group.operators',
        true,
        [['policy arn:aws:iam::aws:policy/AdministratorAccess']]
      ],
      ['user', 'legacy-admin', false, [['policy arn:aws:iam::aws:policy/PowerUserAccess']]]
    ])
    const text = renderInventoryText(inventory)
    expect(text).toContain('  - IAM user aws_iam_user.deploy  main.tf:1:1\n        Allow * on *')
    expect(text).toContain('  - IAM user legacy-admin (defined elsewhere)  main.tf:28:1')
  })

  it('attaches inline, managed and standalone policies to users and groups, in CloudFormation', async () => {
    const inventory = inventoryOf(
      await modelOf(fixture('iam-admin-access/bad/users-cloudformation'))
    )
    const principals = inventory.services[0]?.principals ?? []
    expect(principals.map(p => [p.kind, p.id, p.permissions.map(x => x.actions.join())])).toEqual([
      ['user', 'DeployUser', ['*', '*:*']],
      ['group', 'Operators', ['policy arn:aws:iam::aws:policy/AdministratorAccess']]
    ])
  })

  it('names a group defined elsewhere as the template writes it', async () => {
    const inventory = inventoryOf(await modelOf(fixture('iam-admin-access/bad/users-sam')))
    expect(inventory.services[0]?.principals.map(p => [p.kind, p.id, p.defined])).toEqual([
      ['group', 'support', false]
    ])
  })
})

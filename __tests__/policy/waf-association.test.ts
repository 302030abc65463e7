import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { apiNoWaf } from '../../src/policy/rules/api/api-no-waf.js'
import { modelOf, RULE_FIXTURES } from '../helpers/rule-harness.js'

const fixture = (name: string) => join(RULE_FIXTURES, 'api-no-waf', 'good', name)

describe('web ACL associations that name a stage ARN the model cannot match', () => {
  it.each([
    ['stage-arn-cloudformation', 'template.yaml', 22],
    ['stage-arn-terraform', 'main.tf', 21]
  ])('leave the stage undecided, not unprotected: %s', async (name, file, line) => {
    const result = evaluate(await modelOf(fixture(name)), [apiNoWaf])
    expect(result.findings).toEqual([])
    expect(result.undecided.map(u => [u.location.file, u.location.line])).toEqual([[file, line]])
    expect(result.undecided[0]?.reason).toMatch(/stages\/prod/)
  })

  it('protect the stage when WAF Classic names it', async () => {
    for (const name of ['waf-classic-cloudformation', 'waf-classic-terraform']) {
      const model = await modelOf(fixture(name))
      const stage = model.services[0]?.resources.find(r => r.kind === 'api-stage')
      expect(stage?.attributes.wafAclId).toBeDefined()
      expect(evaluate(model, [apiNoWaf]).undecided).toEqual([])
    }
  })
})

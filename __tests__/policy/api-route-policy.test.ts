import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { apiNoAuthorization } from '../../src/policy/rules/api/api-no-authorization.js'
import { modelOf, RULE_FIXTURES } from '../helpers/rule-harness.js'

const bad = (name: string) => join(RULE_FIXTURES, 'api-no-authorization', 'bad', name)
const messages = async (name: string) =>
  evaluate(await modelOf(bad(name)), [apiNoAuthorization]).findings.map(
    f => `${f.location.line} ${f.message}`
  )

describe('who api-no-authorization says can call a private API route', () => {
  it('names the VPC endpoints of any AWS account when the policy lets `*` invoke the route', async () => {
    const sam = await messages('sam-private-any-vpce')
    expect(sam).toHaveLength(2)
    expect(sam[0]).toMatch(
      /^33 .*GET \/status.*: anyone through a VPC endpoint in any AWS account \(.*no `aws:SourceVpce` or `aws:SourceVpc` condition\) can call it$/
    )
    // Other routes are admitted through the named endpoint only.
    expect(sam[1]).toMatch(/^39 .*POST \/jobs.*: anyone who can reach the private API can call it$/)
    const serverless = await messages('serverless-private-any-vpce')
    expect(serverless).toHaveLength(1)
    expect(serverless[0]).toMatch(/any AWS account/)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { toPlain } from '../../../src/model/value.js'
import { buildFiles } from './support.js'

const RULES = join(process.cwd(), '__tests__', 'fixtures', 'rules')
const fixture = (path: string) => readFileSync(join(RULES, path), 'utf8')

describe('Terraform conditionals and list functions', () => {
  it('decide an auth setting whose results are both literal', async () => {
    const open = await buildFiles({
      'main.tf': fixture('lambda-url-auth-none/bad/terraform-conditional/main.tf')
    })
    const closed = await buildFiles({
      'main.tf': fixture('lambda-url-auth-none/good/terraform-conditional/main.tf')
    })
    expect(open.service.endpoints.map(e => e.auth.type)).toEqual(['none'])
    expect(closed.service.endpoints.map(e => e.auth.type)).toEqual(['iam'])
    expect(closed.service.functions[0]?.url?.authType.value).toBe('AWS_IAM')
  })

  it('read null on one side as an unset (open) route', async () => {
    const { service } = await buildFiles({
      'main.tf': fixture('api-no-authorization/bad/terraform-conditional/main.tf')
    })
    expect(service.endpoints.map(e => e.auth.type)).toEqual(['none', 'none'])
  })

  it('list both sides of a conditional list, and build concat, flatten and distinct', async () => {
    const { service } = await buildFiles({
      'main.tf': `
locals {
  a = ["s3:GetObject"]
}
resource "aws_s3_bucket" "x" {
  value = [
    var.c ? local.a : ["*"],
    concat(local.a, ["b"]),
    flatten([local.a, [["c"]]]),
    distinct(["d", "d", var.v]),
    var.c ? "same" : "same",
    var.c ? "one" : var.other,
  ]
}
`
    })
    const raw = service.rawResources.find(r => r.id === 'aws_s3_bucket.x')
    const values = toPlain(raw?.properties) as { value: unknown[] }
    expect(values.value).toEqual([
      ['s3:GetObject', '*'],
      ['s3:GetObject', 'b'],
      ['s3:GetObject', 'c'],
      ['d', 'var.v'],
      'same',
      'var.c ? "one" : var.other'
    ])
  })
})

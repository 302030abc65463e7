import { describe, expect, it } from '@jest/globals'
import { buildFiles } from './support.js'

const statementsOf = async (main: string) => {
  const { service, diagnostics } = await buildFiles({
    'main.tf': `${main}
resource "aws_iam_policy" "p" {
  name   = "p"
  policy = data.aws_iam_policy_document.d.json
}
`
  })
  expect(diagnostics).toEqual([])
  const policy = service.policies.find(p => p.id === 'aws_iam_policy.p')
  return (policy?.document?.statements ?? []).map(s => ({
    actions: s.actions.map(a => a.value),
    line: s.actions[0]?.loc?.line
  }))
}

/** Terraform writes one nested block for each element of a `dynamic` block's `for_each`. */
describe('dynamic blocks over a known collection', () => {
  it('are one block per element, the iterator bound to it', async () => {
    const statements = await statementsOf(`locals {
  statements = [{ actions = ["*"] }, { actions = ["s3:GetObject"] }]
}
data "aws_iam_policy_document" "d" {
  dynamic "statement" {
    for_each = local.statements
    content {
      actions   = statement.value.actions
      resources = ["*"]
    }
  }
}`)
    expect(statements).toEqual([
      { actions: ['*'], line: 8 },
      { actions: ['s3:GetObject'], line: 8 }
    ])
  })

  it('bind the iterator a block names, over a map, and nest', async () => {
    const statements = await statementsOf(`variable "grants" {
  default = { admin = ["*"] }
}
data "aws_iam_policy_document" "d" {
  dynamic "statement" {
    for_each = var.grants
    iterator = grant
    content {
      sid       = grant.key
      actions   = grant.value
      resources = ["*"]
      dynamic "condition" {
        for_each = []
        content {
          test = "StringEquals"
        }
      }
    }
  }
}`)
    expect(statements).toEqual([{ actions: ['*'], line: 10 }])
  })

  it('stay one block with an unknown iterator when the collection is not known', async () => {
    const statements = await statementsOf(`variable "grants" {}
data "aws_iam_policy_document" "d" {
  dynamic "statement" {
    for_each = var.grants
    content {
      actions   = statement.value
      resources = ["*"]
    }
  }
}`)
    expect(statements).toHaveLength(1)
    expect(statements[0]?.actions).toEqual([expect.objectContaining({ kind: 'symbolic' })])
  })
})

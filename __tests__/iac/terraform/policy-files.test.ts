import { describe, expect, it } from '@jest/globals'
import { policyFilePath } from '../../../src/iac/terraform/model/policy-files.js'

// Only JSON files inside the folder are read for `file(...)`: nothing outside the repository,
// nothing rendered with variables.
describe('policyFilePath', () => {
  it.each([
    ['file("${path.module}/policies/worker.json")', 'infra', 'infra/policies/worker.json'],
    ['file("worker.json")', '', 'worker.json'],
    ['file("./policies/../worker.json")', 'infra', 'infra/worker.json'],
    ['file("../../etc/policy.json")', 'infra', undefined],
    ['file("/etc/policy.json")', 'infra', undefined],
    ['file("${var.dir}/worker.json")', 'infra', undefined],
    ['file("${path.module}/worker.json.tpl")', 'infra', undefined],
    ['templatefile("worker.json", {})', 'infra', undefined]
  ])('%s in %s', (expr, dir, expected) => {
    expect(policyFilePath(expr, dir)).toBe(expected)
  })
})

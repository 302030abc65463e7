import { describe, expect, it } from '@jest/globals'
import { policyFilePath, templateFilePath } from '../../../src/iac/referenced-files.js'
import { scanFiles } from '../../helpers/scan.js'

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

// Templates are read when they are JSON or YAML documents (a policy, an OpenAPI body) in the folder.
describe('templateFilePath', () => {
  it.each([
    ['templatefile("${path.module}/policy.json.tpl", { a = 1 })', 'infra', 'infra/policy.json.tpl'],
    ['templatefile("openapi.yaml", {})', '', 'openapi.yaml'],
    ['templatefile("api/openapi.yml.tftpl",', 'infra', 'infra/api/openapi.yml.tftpl'],
    ['templatefile("user-data.sh", {})', 'infra', undefined],
    ['templatefile("../../x.json", {})', 'infra', undefined],
    ['templatefile("${var.dir}/x.json", {})', 'infra', undefined],
    ['file("policy.json")', 'infra', undefined]
  ])('%s in %s', (expr, dir, expected) => {
    expect(templateFilePath(expr, dir)).toBe(expected)
  })
})

describe('a policy file that cannot be read as JSON', () => {
  const main = [
    'resource "aws_iam_role" "worker" {',
    '  name               = "worker"',
    '  assume_role_policy = "{}"',
    '}',
    '',
    'resource "aws_iam_role_policy" "worker" {',
    '  role   = aws_iam_role.worker.id',
    '  policy = file("${path.module}/policies/worker.json")',
    '}',
    ''
  ].join('\n')

  it('is an error at that file, not a policy unknown until deployment', async () => {
    const broken =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "*", "Resource": "*"}\n'
    const result = await scanFiles({ 'infra/main.tf': main, 'infra/policies/worker.json': broken })
    expect(result.decision).toBe('error')
    expect(result.errors.map(e => [e.file, e.line, e.code])).toEqual([
      ['infra/policies/worker.json', 5, 'parse-error']
    ])
  })

  it('is an error at that file when it is there but cannot be read', async () => {
    const binary =
      '\u0000\u0001{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
    const result = await scanFiles({ 'infra/main.tf': main, 'infra/policies/worker.json': binary })
    expect(result.decision).toBe('error')
    expect(result.errors.map(e => [e.file, e.code])).toContainEqual([
      'infra/policies/worker.json',
      'unreadable-policy-file'
    ])
  })
})

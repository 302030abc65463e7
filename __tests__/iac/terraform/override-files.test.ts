import { describe, expect, it } from '@jest/globals'
import { buildFiles } from './support.js'

const URL_BLOCK = [
  'resource "aws_lambda_function_url" "u" {',
  '  function_name      = "reports"',
  '  authorization_type = "AWS_IAM"',
  '}'
].join('\n')

const authOf = async (files: Record<string, string>) => {
  const { service, diagnostics } = await buildFiles(files)
  const url = service.endpoints.find(e => e.kind === 'function-url')
  return { auth: url?.auth, diagnostics }
}

/** Terraform merges override files (`override.tf`, `*_override.tf`, and their `.tf.json`) last. */
describe('Terraform override files', () => {
  it('merge their attributes into the block they override, located in the override file', async () => {
    const { auth, diagnostics } = await authOf({
      'main.tf': URL_BLOCK,
      'z_override.tf':
        'resource "aws_lambda_function_url" "u" {\n  authorization_type = "NONE"\n}\n'
    })
    expect(diagnostics).toEqual([])
    expect(auth).toMatchObject({ type: 'none', loc: { file: 'mod/z_override.tf', line: 2 } })
  })

  it('are read after the other files whatever their names, JSON ones too, in name order', async () => {
    const { auth } = await authOf({
      'a_override.tf.json':
        '{"resource": {"aws_lambda_function_url": {"u": {"authorization_type": "AWS_IAM"}}}}',
      'main.tf': URL_BLOCK,
      'override.tf': 'resource "aws_lambda_function_url" "u" {\n  authorization_type = "NONE"\n}\n'
    })
    expect(auth).toMatchObject({ type: 'none', loc: { file: 'mod/override.tf' } })
  })

  it('replace variable defaults and locals', async () => {
    const { auth } = await authOf({
      'main.tf': [
        'variable "auth" {',
        '  default = "AWS_IAM"',
        '}',
        'locals {',
        '  auth = var.auth',
        '}',
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "reports"',
        '  authorization_type = local.auth',
        '}'
      ].join('\n'),
      'vars_override.tf': 'variable "auth" {\n  default = "NONE"\n}\n'
    })
    expect(auth).toMatchObject({ type: 'none' })
  })

  it('leave a block declared twice in ordinary files a duplicate, the first one used', async () => {
    const { auth, diagnostics } = await authOf({
      'a.tf': URL_BLOCK,
      'b.tf': 'resource "aws_lambda_function_url" "u" {\n  authorization_type = "NONE"\n}\n'
    })
    expect(auth).toMatchObject({ type: 'iam' })
    expect(diagnostics).toMatchObject([{ code: 'duplicate-address', file: 'mod/b.tf' }])
  })

  it('replace all nested blocks of a type the override writes, keeping the other types', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': [
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "reports"',
        '  authorization_type = "AWS_IAM"',
        '  cors {',
        '    allow_origins = ["https://example.com"]',
        '  }',
        '}'
      ].join('\n'),
      'cors_override.tf': [
        'resource "aws_lambda_function_url" "u" {',
        '  cors {',
        '    allow_methods = ["GET"]',
        '  }',
        '}'
      ].join('\n')
    })
    expect(diagnostics).toEqual([])
    const url = service.endpoints.find(e => e.kind === 'function-url')
    expect(url?.auth).toMatchObject({ type: 'iam' })
    expect(url?.cors?.allowOrigins).toEqual([])
    expect(url?.cors?.allowMethods.map(m => m.value)).toEqual(['GET'])
  })

  it('override nothing when no other file declares the block, variable or local: warned, not read', async () => {
    const { service, diagnostics } = await buildFiles({
      'main.tf': 'variable "known" {\n  default = "x"\n}\n',
      'extra_override.tf': [
        'resource "aws_lambda_function_url" "u" {',
        '  function_name      = "reports"',
        '  authorization_type = "NONE"',
        '}',
        'variable "name" {',
        '  default = "x"',
        '}',
        'locals {',
        '  tag = "y"',
        '}'
      ].join('\n')
    })
    expect(service.endpoints).toEqual([])
    expect(service.parameters.map(p => p.name)).toEqual(['known'])
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'override-without-base', line: 1, severity: 'warning' }),
      expect.objectContaining({ code: 'override-without-base', line: 5, severity: 'warning' }),
      expect.objectContaining({ code: 'override-without-base', line: 9, severity: 'warning' })
    ])
  })
})

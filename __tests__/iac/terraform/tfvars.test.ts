import { describe, expect, it } from '@jest/globals'
import { discoverIac } from '../../../src/iac/discover.js'
import { buildFiles } from './support.js'

const MAIN = [
  'variable "auth" {',
  '  default = "AWS_IAM"',
  '}',
  'resource "aws_lambda_function_url" "u" {',
  '  function_name      = "reports"',
  '  authorization_type = var.auth',
  '}'
].join('\n')

const authOf = async (files: Record<string, string>) => {
  const { service, diagnostics } = await buildFiles({ 'main.tf': MAIN, ...files })
  return { auth: service.endpoints.find(e => e.kind === 'function-url')?.auth, diagnostics }
}

/**
 * Terraform loads terraform.tfvars and *.auto.tfvars (and their .json) by itself; other variable
 * files only with -var-file, so what they set is a value the variable may take.
 */
describe('variable files Terraform loads by itself', () => {
  it('set the variables they assign, over the defaults', async () => {
    const { auth, diagnostics } = await authOf({ 'terraform.tfvars': 'auth = "NONE"\n' })
    expect(diagnostics).toEqual([])
    expect(auth).toMatchObject({ type: 'none' })
  })

  it('apply in Terraform’s order: terraform.tfvars, its .json, then *.auto.tfvars by name', async () => {
    const { auth } = await authOf({
      'b.auto.tfvars.json': '{"auth": "NONE"}',
      'a.auto.tfvars': 'auth = "AWS_IAM"\n',
      'terraform.tfvars': 'auth = "AWS_IAM"\n'
    })
    expect(auth).toMatchObject({ type: 'none' })
    const { auth: last } = await authOf({
      'terraform.tfvars.json': '{"auth": "AWS_IAM"}',
      'terraform.tfvars': 'auth = "NONE"\n'
    })
    expect(last).toMatchObject({ type: 'iam' })
  })

  it('are an error when a .json one is not an object of values: what it sets is not known', async () => {
    const { auth, diagnostics } = await authOf({ 'terraform.tfvars.json': '["auth", "NONE"]' })
    expect(diagnostics.map(d => [d.file, d.line, d.code, d.severity])).toEqual([
      ['mod/terraform.tfvars.json', 1, 'invalid-tfvars', 'error']
    ])
    expect(auth).toMatchObject({ type: 'iam' })
  })

  it('are possible values when Terraform needs -var-file for them: open when one opens', async () => {
    const { auth, diagnostics } = await authOf({ 'prod.tfvars': 'auth = "NONE"\n' })
    expect(diagnostics).toEqual([])
    expect(auth).toMatchObject({ type: 'none' })
    const { auth: closed } = await authOf({
      'dev.tfvars': 'auth = "AWS_IAM"\n',
      'prod.tfvars.json': '{"auth": "AWS_IAM"}'
    })
    expect(closed).toMatchObject({ type: 'iam' })
  })

  it('without a default, are each a value the variable may take', async () => {
    const main = MAIN.replace('  default = "AWS_IAM"\n', '')
    const build = (files: Record<string, string>) => buildFiles({ 'main.tf': main, ...files })
    const auth = async (files: Record<string, string>) =>
      (await build(files)).service.endpoints.find(e => e.kind === 'function-url')?.auth
    expect(
      await auth({ 'a.tfvars': 'auth = "AWS_IAM"\n', 'b.tfvars': 'auth = "NONE"\n' })
    ).toMatchObject({
      type: 'none'
    })
    expect(await auth({ 'a.tfvars': 'auth = "AWS_IAM"\n' })).toMatchObject({ type: 'iam' })
  })

  it('are an error where a -var-file one cannot be read', async () => {
    const { diagnostics } = await authOf({ 'prod.tfvars.json': '{"auth": ' })
    expect(diagnostics.map(d => [d.file, d.severity])).toEqual([['mod/prod.tfvars.json', 'error']])
  })

  it('belong to the folder of configuration they set', () => {
    const found = discoverIac([
      'infra/main.tf',
      'infra/terraform.tfvars',
      'infra/x.auto.tfvars.json',
      'infra/prod.tfvars',
      'other/terraform.tfvars'
    ])
    expect([...found.terraform]).toEqual([
      [
        'infra',
        ['infra/main.tf', 'infra/terraform.tfvars', 'infra/x.auto.tfvars.json', 'infra/prod.tfvars']
      ]
    ])
  })
})

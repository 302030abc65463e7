import { afterEach, describe, expect, it } from '@jest/globals'
import { discoverIac } from '../../../src/iac/discover.js'
import { findingsOf, modelOfRepo } from './support.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/** A function URL anyone may call: `lambda-url-auth-none` reports it at line 3. */
const OPEN_URL = [
  'resource "aws_lambda_function_url" "u" {',
  '  function_name      = "reports"',
  '  authorization_type = "NONE"',
  '}',
  ''
].join('\n')

const IAM_URL = OPEN_URL.replace('"NONE"', '"AWS_IAM"')

/**
 * Terraform reads a folder's `.tf` and `.tf.json` files but skips hidden files (a name starting
 * with `.`) and editor backups (`main.tf~`, `#main.tf#`): they are no configuration, so nothing
 * in them is reported, and they are not errors either.
 */
describe('files Terraform ignores in a folder', () => {
  it('are not configuration: a hidden or backup copy of a block adds no finding', async () => {
    const model = await modelOfRepo(
      {
        'infra/main.tf': IAM_URL,
        'infra/.draft.tf': OPEN_URL.replace('"u"', '"draft"'),
        // It names an AWS:: type, as a policy's condition may: still no template.
        'infra/.draft.tf.json':
          '{"resource": {"aws_lambda_function_url": {"json": {"function_name": "r", "authorization_type": "NONE", "description": "AWS::Lambda::Url"}}}}',
        'infra/main.tf~': OPEN_URL.replace('"u"', '"vim"'),
        'infra/#main.tf#': OPEN_URL.replace('"u"', '"emacs"')
      },
      cleanups
    )
    expect(findingsOf(model, 'lambda-url-auth-none')).toEqual([])
    expect(model.diagnostics).toEqual([])
    expect(model.services.map(s => s.files)).toEqual([['infra/main.tf']])
  })

  it('do not make a folder of configuration by themselves', async () => {
    const model = await modelOfRepo({ 'infra/.main.tf': OPEN_URL }, cleanups)
    expect(model.services).toEqual([])
    expect(model.diagnostics).toEqual([])
  })

  it('are told by the file name only: a file in a folder named with a dot is read', async () => {
    const model = await modelOfRepo({ 'infra/v1.2/main.tf': OPEN_URL }, cleanups)
    expect(findingsOf(model, 'lambda-url-auth-none')).toEqual(['infra/v1.2/main.tf:3'])
  })

  it('are left out of the Terraform folders of a listing', () => {
    const found = discoverIac(['a/.hidden.tf', 'a/main.tf', 'a/main.tf~', 'b/.x.tf.json'])
    expect([...found.terraform]).toEqual([['a', ['a/main.tf']]])
    expect(found.templates).toEqual([])
  })
})

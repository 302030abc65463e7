import { describe, expect, it } from '@jest/globals'
import { discoverIac, withoutIacFiles } from '../../src/iac/discover.js'

const listing = [
  '.github/workflows/ci.yml',
  'a/main.tf',
  'a/sub/main.tf',
  'a/variables.tf',
  'b/main.tf',
  'node_modules/x/serverless.yml',
  'package.json',
  'sam/template.yaml',
  'svc/serverless.yml',
  'svc/shared.json',
  'z/main.tf.json'
]

/** What sorting every file of the listing out again gives. */
const fresh = (files: string[]) => discoverIac([...files])

describe('the IaC candidates of a listing', () => {
  it('are the same asked again, and each caller gets its own copy', () => {
    const first = discoverIac(listing)
    first.templates.push('changed.yml')
    first.terraform.delete('a')
    expect(discoverIac(listing)).toEqual(fresh(listing))
    expect(discoverIac(listing).templates).not.toContain('changed.yml')
  })

  it('without some of its files are those of the smaller listing', () => {
    for (const left of [
      ['svc/serverless.yml', 'sam/template.yaml'],
      ['a/main.tf', 'a/variables.tf'],
      ['b/main.tf', 'svc/shared.json', 'z/main.tf.json'],
      // A folder partly left: sorted out again, in its own place.
      ['a/main.tf'],
      []
    ]) {
      const kept = withoutIacFiles(listing, new Set(left))
      expect(kept).toEqual(listing.filter(f => !left.includes(f)))
      expect(discoverIac(kept)).toEqual(fresh(kept))
      expect([...discoverIac(kept).terraform.keys()]).toEqual([...fresh(kept).terraform.keys()])
    }
  })
})

describe('the IaC candidates of tricky paths', () => {
  it('are told by the file name, whatever the folders are called', () => {
    const files = [
      'main.tf',
      'x.tf/template.yaml',
      'x.tf/main.tf.json',
      'a.yaml/main.tf',
      'main.tf.json.bak',
      'package.json',
      'svc/package.json',
      'package.json/template.yaml',
      'svc/cdk.json',
      'x.json',
      'a/x.template',
      '.github/workflows/ci.yml',
      '.github/actions/setup/action.yml',
      '.github/cfn/oidc-role.yaml',
      'svc/.github/template.yaml',
      '.github/serverless.yml',
      'svc/serverless.yml',
      'infra/.terraform/modules/m/main.tf',
      'template.YAML'
    ]
    const found = discoverIac(files)
    expect(found.templates).toEqual([
      'x.tf/template.yaml',
      'package.json/template.yaml',
      'x.json',
      'a/x.template',
      // A template kept beside the workflows (the role they assume) is deployed like any other.
      '.github/cfn/oidc-role.yaml',
      'svc/.github/template.yaml',
      '.github/serverless.yml',
      'svc/serverless.yml'
    ])
    expect([...found.terraform]).toEqual([
      ['', ['main.tf']],
      ['x.tf', ['x.tf/main.tf.json']],
      ['a.yaml', ['a.yaml/main.tf']]
    ])
  })
})

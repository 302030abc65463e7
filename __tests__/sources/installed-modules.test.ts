import { afterEach, describe, expect, it } from '@jest/globals'
import { GitRevisionSource } from '../../src/sources/git.js'
import { commit, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

describe('the modules terraform init installed, in a listing', () => {
  it('lists the Terraform files of the folders modules.json names, and nothing else of .terraform', async () => {
    const repo = tempRepo({})
    cleanups.push(repo.cleanup)
    initRepo(repo.root)
    const sha = commit(
      repo.root,
      {
        'infra/main.tf': 'module "queue" {\n  source = "acme/queue/aws"\n}\n',
        'infra/.terraform/modules/modules.json': JSON.stringify({
          Modules: [
            { Key: 'queue', Source: 'acme/queue/aws', Dir: '.terraform/modules/queue' },
            { Key: 'away', Source: 'acme/away/aws', Dir: '../../outside' }
          ]
        }),
        'infra/.terraform/modules/queue/main.tf': 'resource "aws_sqs_queue" "q" {}\n',
        'infra/.terraform/modules/queue/README.md': '# queue\n',
        'infra/.terraform/modules/queue/examples/main.tf': 'resource "aws_sqs_queue" "e" {}\n',
        'infra/.terraform/modules/unnamed/main.tf': 'resource "aws_sqs_queue" "u" {}\n'
      },
      'vendored modules'
    )
    const source = await GitRevisionSource.open(repo.root, sha)
    expect(await source.list()).toEqual(['infra/.terraform/modules/queue/main.tf', 'infra/main.tf'])
  })
})

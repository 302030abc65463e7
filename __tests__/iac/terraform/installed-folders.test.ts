import { afterEach, describe, expect, it } from '@jest/globals'
import { buildModel } from '../../../src/iac/build-model.js'
import type { Model } from '../../../src/model/types.js'
import { DirectorySource } from '../../../src/sources/filesystem.js'
import { commit, initRepo } from '../../helpers/git-repo.js'
import { tempRepo, writeFiles } from '../../helpers/temp-repo.js'
import { findingsOf as findings, modelOfRepo } from './support.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

type Files = Record<string, string>

/** A located error in the manifest of `infra`. */
const manifestError = (line: number, code: string) =>
  expect.objectContaining({
    file: 'infra/.terraform/modules/modules.json',
    line,
    severity: 'error',
    code
  })

const modelOf = (files: Record<string, string>): Promise<Model> => modelOfRepo(files, cleanups)

function manifest(modules: Entry[]) {
  return JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, ...modules] }, null, 2)
}

const QUEUE_CALL = `module "queue" {
  source  = "acme/queue/aws"
  version = "1.2.0"
  name    = "jobs"
}
`

/** The made-up module as `terraform init` installs it: a queue with SSE-SQS turned off. */
const QUEUE_MAIN = `variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name                    = var.name
  sqs_managed_sse_enabled = false
}
`

const QUEUE_ENTRY = {
  Key: 'queue',
  Source: 'registry.terraform.io/acme/queue/aws',
  Version: '1.2.0',
  Dir: '.terraform/modules/queue'
}

type Entry = { Key: string; Source: string; Version?: string; Dir: string }

const installedQueue = (entries: Entry[] = [QUEUE_ENTRY]): Files => ({
  'infra/main.tf': QUEUE_CALL,
  'infra/.terraform/modules/modules.json': manifest(entries),
  'infra/.terraform/modules/queue/main.tf': QUEUE_MAIN
})

describe('modules read where terraform init installed them', () => {
  it('reads a module the gate does not model as a folder, with findings in the installed file', async () => {
    const model = await modelOf(installedQueue())
    expect(model.diagnostics).toEqual([])
    expect(model.services.map(s => s.id)).toEqual(['infra', 'infra/.terraform/modules/queue'])
    expect(findings(model, 'sqs-unencrypted')).toEqual(['infra/.terraform/modules/queue/main.tf:7'])
    const call = model.services[0]?.moduleCalls?.[0]
    expect(call).toEqual(
      expect.objectContaining({
        id: 'module.queue',
        version: '1.2.0',
        installedAt: 'infra/.terraform/modules/queue',
        undecided: []
      })
    )
  })

  it('lists the installed files in a git work tree that ignores .terraform', async () => {
    const repo = tempRepo({})
    cleanups.push(repo.cleanup)
    initRepo(repo.root)
    commit(repo.root, { '.gitignore': '.terraform/\n', 'infra/main.tf': QUEUE_CALL }, 'infra')
    writeFiles(repo.root, {
      'infra/.terraform/modules/modules.json': manifest([QUEUE_ENTRY]),
      'infra/.terraform/modules/queue/main.tf': QUEUE_MAIN,
      'infra/.terraform/modules/queue/examples/main.tf': QUEUE_MAIN,
      'infra/.terraform/providers/registry.terraform.io/hashicorp/aws/x.tf': QUEUE_MAIN
    })
    const source = new DirectorySource(repo.root)
    expect(await source.list()).toEqual([
      '.gitignore',
      'infra/.terraform/modules/queue/main.tf',
      'infra/main.tf'
    ])
    const model = await buildModel(source, repo.root)
    expect(findings(model, 'sqs-unencrypted')).toEqual(['infra/.terraform/modules/queue/main.tf:7'])
  })

  it('reads a nested module call from its own key, and says where the caller reads it', async () => {
    const files = installedQueue([
      QUEUE_ENTRY,
      {
        Key: 'queue.dlq',
        Source: 'git::https://example.com/acme/dlq.git?ref=v2.0.0',
        Dir: '.terraform/modules/queue.dlq'
      }
    ])
    files['infra/.terraform/modules/queue/dlq.tf'] = `module "dlq" {
  source = "git::https://example.com/acme/dlq.git?ref=v2.0.0"
}
`
    files['infra/.terraform/modules/queue.dlq/main.tf'] = `resource "aws_sqs_queue" "dlq" {
  kms_master_key_id       = null
  sqs_managed_sse_enabled = false
}
`
    const model = await modelOf(files)
    expect(model.diagnostics).toEqual([])
    expect(findings(model, 'sqs-unencrypted').sort()).toEqual([
      'infra/.terraform/modules/queue.dlq/main.tf:3',
      'infra/.terraform/modules/queue/main.tf:7'
    ])
    const installed = model.services.find(s => s.id === 'infra/.terraform/modules/queue')
    expect(installed?.files).toEqual([
      'infra/.terraform/modules/queue/dlq.tf',
      'infra/.terraform/modules/queue/main.tf'
    ])
    expect(installed?.moduleCalls).toEqual([
      expect.objectContaining({
        id: 'module.dlq',
        installedAt: 'infra/.terraform/modules/queue.dlq',
        undecided: []
      })
    ])
  })

  it('reads a folder once when several keys name it', async () => {
    const model = await modelOf({
      ...installedQueue([QUEUE_ENTRY, { ...QUEUE_ENTRY, Key: 'again' }]),
      'infra/again.tf': 'module "again" {\n  source = "acme/queue/aws"\n  name = "b"\n}\n'
    })
    expect(model.services.map(s => s.id)).toEqual(['infra', 'infra/.terraform/modules/queue'])
    expect(findings(model, 'sqs-unencrypted')).toEqual(['infra/.terraform/modules/queue/main.tf:7'])
  })

  it('refuses an installed folder outside the repository, at its line in modules.json', async () => {
    const files = installedQueue([{ ...QUEUE_ENTRY, Dir: '../../../elsewhere/queue' }])
    const model = await modelOf(files)
    expect(model.diagnostics).toEqual([manifestError(9, 'module-outside-root')])
    expect(model.services[0]?.moduleCalls?.[0]?.undecided).toEqual([
      expect.objectContaining({ input: 'source' })
    ])
  })

  it('refuses a nested module installed outside the repository', async () => {
    const files = installedQueue([
      QUEUE_ENTRY,
      { Key: 'queue.dlq', Source: 'acme/dlq/aws', Dir: '/tmp/dlq' }
    ])
    const model = await modelOf(files)
    expect(model.diagnostics).toEqual([manifestError(15, 'module-outside-root')])
  })

  it('says so, at its line, when a listed folder is missing', async () => {
    const files = installedQueue()
    delete files['infra/.terraform/modules/queue/main.tf']
    const model = await modelOf(files)
    expect(model.diagnostics).toEqual([manifestError(9, 'module-not-installed')])
    expect(model.diagnostics[0]?.message).toContain('infra/.terraform/modules/queue')
    expect(model.services.map(s => s.id)).toEqual(['infra'])
  })

  it('still models the well-known modules from their inputs, and never reads their files', async () => {
    const model = await modelOf({
      'main.tf': `module "jobs" {
  source                  = "terraform-aws-modules/sqs/aws"
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
`,
      '.terraform/modules/modules.json': manifest([
        {
          Key: 'jobs',
          Source: 'registry.terraform.io/terraform-aws-modules/sqs/aws',
          Version: '4.2.0',
          Dir: '.terraform/modules/jobs'
        },
        { Key: 'jobs.inner', Source: 'acme/inner/aws', Dir: '.terraform/modules/jobs.inner' }
      ]),
      '.terraform/modules/jobs/main.tf': QUEUE_MAIN,
      '.terraform/modules/jobs.inner/main.tf': QUEUE_MAIN
    })
    expect(model.diagnostics).toEqual([])
    expect(model.services.map(s => s.id)).toEqual(['.'])
    expect(findings(model, 'sqs-unencrypted')).toEqual(['main.tf:4'])
  })

  it('leaves a local module to the folder it is in', async () => {
    const model = await modelOf({
      'main.tf': 'module "local" {\n  source = "./modules/queue"\n}\n',
      'modules/queue/main.tf': QUEUE_MAIN,
      '.terraform/modules/modules.json': manifest([
        { Key: 'local', Source: './modules/queue', Dir: 'modules/queue' }
      ])
    })
    expect(model.diagnostics).toEqual([])
    expect(model.services.map(s => s.id)).toEqual(['.', 'modules/queue'])
    expect(findings(model, 'sqs-unencrypted')).toEqual(['modules/queue/main.tf:7'])
  })
})

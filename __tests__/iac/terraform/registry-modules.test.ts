import { afterEach, describe, expect, it } from '@jest/globals'
import { majorOf } from '../../../src/iac/terraform/model/registry/known.js'
import type { Model } from '../../../src/model/types.js'
import { evaluate } from '../../../src/policy/engine/evaluate.js'
import { CATALOG } from '../../../src/policy/rules/index.js'
import { findingsOf as findings, modelOfRepo } from './support.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const modelOf = (files: Record<string, string>): Promise<Model> => modelOfRepo(files, cleanups)

const BUCKET = `module "assets" {
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "assets"
  acl    = "public-read"
}
`

/** A stand-in for an installed module: its files are never modelled on their own. */
const INSTALLED_MAIN = `resource "aws_s3_bucket" "this" {
  bucket = var.bucket
}

variable "bucket" {
  type    = string
  default = null
}
`

function manifest(modules: { Key: string; Source: string; Version?: string; Dir: string }[]) {
  return JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, ...modules] }, null, 2)
}

const installedBucket = (version: string, dir = '.terraform/modules/assets') => ({
  'infra/main.tf': BUCKET,
  'infra/.terraform/modules/modules.json': manifest([
    {
      Key: 'assets',
      Source: 'registry.terraform.io/terraform-aws-modules/s3-bucket/aws',
      Version: version,
      Dir: dir
    }
  ]),
  'infra/.terraform/modules/assets/main.tf': INSTALLED_MAIN
})

describe('Terraform registry modules installed by terraform init (modules.json)', () => {
  it('takes the installed version for defaults that changed between major versions', async () => {
    // 3.x leaves the public access block off by default; 4.x turns it on.
    const v3 = await modelOf(installedBucket('3.15.1'))
    expect(v3.diagnostics).toEqual([])
    expect(findings(v3, 's3-public-access')).toEqual(['infra/main.tf:4'])
    const v4 = await modelOf(installedBucket('4.1.2'))
    expect(findings(v4, 's3-public-access')).toEqual([])
    expect(v4.services[0]?.moduleCalls?.[0]?.version).toBe('4.1.2')
  })

  it('never models the installed module files as a folder of their own', async () => {
    const model = await modelOf(installedBucket('4.1.2'))
    expect(model.services.map(s => s.id)).toEqual(['infra'])
    expect(model.services[0]?.files).toEqual([
      'infra/main.tf',
      'infra/.terraform/modules/modules.json'
    ])
    expect(model.services[0]?.resources.map(r => r.id)).toEqual(['module.assets'])
  })

  it('refuses a module installed outside the repository, at its line in modules.json', async () => {
    const model = await modelOf(installedBucket('4.1.2', '../../elsewhere/assets'))
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: 'infra/.terraform/modules/modules.json',
        line: 9,
        severity: 'error',
        code: 'module-outside-root'
      })
    ])
  })

  it('says so when modules.json lists a module whose folder is gone', async () => {
    const files: Record<string, string> = installedBucket('4.1.2')
    delete files['infra/.terraform/modules/assets/main.tf']
    const model = await modelOf(files)
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: 'infra/.terraform/modules/modules.json',
        severity: 'error',
        code: 'module-not-installed'
      })
    ])
    expect(model.diagnostics[0]?.message).toContain('.terraform/modules/assets')
  })

  it('reports a modules.json that is not JSON', async () => {
    const model = await modelOf({
      'main.tf': BUCKET,
      '.terraform/modules/modules.json': '{"Modules": ['
    })
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: '.terraform/modules/modules.json',
        code: 'invalid-modules-json'
      })
    ])
  })

  it('reports a modules.json that cannot be read as text, instead of reading no modules', async () => {
    const model = await modelOf({
      'main.tf': BUCKET,
      '.terraform/modules/modules.json': '{"Modules": []}\u0000\u0000'
    })
    expect(model.diagnostics).toEqual([
      expect.objectContaining({
        file: '.terraform/modules/modules.json',
        code: 'unreadable',
        severity: 'error',
        message: expect.stringContaining('binary content')
      })
    ])
  })
})

describe('Terraform registry modules modelled from their inputs', () => {
  it('lists inputs it cannot resolve as undecided, and the rules report nothing on them', async () => {
    const model = await modelOf({
      'main.tf': `module "jobs" {
  source                  = "terraform-aws-modules/sqs/aws"
  name                    = "jobs"
  sqs_managed_sse_enabled = var.encrypt
  create_queue_policy     = true
  queue_policy_statements = var.statements
}

variable "encrypt" {
  type = bool
}

variable "statements" {
  type = any
}
`
    })
    const call = model.services[0]?.moduleCalls?.[0]
    expect(call?.modelled).toEqual(['module.jobs'])
    expect(call?.undecided.map(u => [u.input, u.loc.line])).toEqual([
      ['queue_policy_statements', 6],
      ['sqs_managed_sse_enabled', 4]
    ])
    expect(findings(model, 'sqs-unencrypted')).toEqual([])
    expect(findings(model, 'sqs-policy-public')).toEqual([])
    const undecided = evaluate(model, CATALOG).undecided.map(u => `${u.ruleId}:${u.location.line}`)
    expect(undecided).toEqual(expect.arrayContaining(['sqs-unencrypted:4']))
  })

  it('notes a version newer than the one whose inputs it follows, and still models the call', async () => {
    const model = await modelOf({
      'main.tf': `module "orders" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 9.0"
  name    = "orders"
}
`
    })
    const call = model.services[0]?.moduleCalls?.[0]
    expect(call?.undecided).toEqual([
      expect.objectContaining({ input: 'version', loc: expect.objectContaining({ line: 1 }) })
    ])
    expect(findings(model, 'dynamodb-pitr-disabled')).toEqual(['main.tf:1'])
  })

  it('lists a registry module it does not model as not checked', async () => {
    const model = await modelOf({
      'main.tf': `module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

module "local" {
  source = "./modules/local"
}
`
    })
    expect(model.services.find(s => s.id === '.')?.moduleCalls).toEqual([
      expect.objectContaining({
        id: 'module.vpc',
        version: '5.8.1',
        modelled: [],
        undecided: [expect.objectContaining({ input: 'source' })]
      })
    ])
  })
})

describe('the version a call follows', () => {
  it('reads constraints, installed versions and Git refs; a commit or branch is no version', () => {
    expect(majorOf('~> 4.0')).toBe(4)
    expect(majorOf('>= 3.2, < 5.0')).toBe(3)
    expect(majorOf('v5.1.0')).toBe(5)
    expect(majorOf('4')).toBe(4)
    expect(majorOf('3f2a9c1')).toBeUndefined()
    expect(majorOf('main')).toBeUndefined()
    expect(majorOf(undefined)).toBeUndefined()
  })

  it('takes the version of a Git source from its ref', async () => {
    const model = await modelOf({
      'main.tf': `module "assets" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v3.15.1"
  bucket = "assets"
  acl    = "public-read"
}
`
    })
    expect(model.services[0]?.moduleCalls?.[0]?.version).toBe('v3.15.1')
    expect(findings(model, 's3-public-access')).toEqual(['main.tf:4'])
  })
})

import { describe, expect, it } from '@jest/globals'
import { discoverIac } from '../../src/iac/discover.js'
import { MemorySource } from '../../src/sources/memory.js'
import { affectedBy } from '../../src/units/affected.js'
import { changedPaths } from '../../src/units/changes.js'
import { indexUnits } from '../../src/units/index.js'

type Files = Record<string, string>

async function reached(base: Files, edits: Files): Promise<string[]> {
  const head = { ...base, ...edits }
  const b = new MemorySource('base', new Map(Object.entries(base)))
  const h = new MemorySource('head', new Map(Object.entries(head)))
  const selection = await affectedBy(
    await changedPaths(b, h),
    await indexUnits(h),
    async path => base[path],
    new Set(discoverIac(Object.keys(base)).templates)
  )
  return [...selection.terraform].sort()
}

const repo: Files = {
  'infra/main.tf': 'module "queue" {\n  source = "terraform-aws-modules/sqs/aws"\n}\n',
  'infra/.terraform/modules/modules.json': '{"Modules":[]}',
  'infra/.terraform/modules/queue/main.tf': 'resource "aws_sqs_queue" "this" {}\n',
  'other/main.tf': 'resource "aws_sqs_queue" "other" {}\n'
}

describe('a Terraform folder reads what terraform init installed for it', () => {
  it('a change to an installed module file reaches the folder, and only it', async () => {
    const edited = 'resource "aws_sqs_queue" "this" {\n  sqs_managed_sse_enabled = false\n}\n'
    expect(await reached(repo, { 'infra/.terraform/modules/queue/main.tf': edited })).toEqual([
      'infra'
    ])
  })

  it('a change to modules.json reaches the folder', async () => {
    const manifest = '{"Modules":[{"Key":"queue","Version":"4.2.0"}]}'
    expect(await reached(repo, { 'infra/.terraform/modules/modules.json': manifest })).toEqual([
      'infra'
    ])
  })

  it('installed module folders are never Terraform folders of their own', async () => {
    const index = await indexUnits(new MemorySource('head', new Map(Object.entries(repo))))
    expect(index.units.map(u => u.root).sort()).toEqual(['infra', 'other'])
  })
})

describe('a module read where terraform init installed it', () => {
  const manifest = JSON.stringify({
    Modules: [
      {
        Key: 'queue',
        Source: 'registry.terraform.io/acme/queue/aws',
        Dir: '.terraform/modules/queue'
      }
    ]
  })
  const withOpaque: Files = {
    'infra/main.tf': 'module "queue" {\n  source = "acme/queue/aws"\n}\n',
    'infra/.terraform/modules/modules.json': manifest,
    'infra/.terraform/modules/queue/main.tf': 'resource "aws_sqs_queue" "this" {}\n',
    'other/main.tf': 'resource "aws_sqs_queue" "other" {}\n'
  }

  it('is a unit of its own, like a local module folder', async () => {
    const index = await indexUnits(new MemorySource('head', new Map(Object.entries(withOpaque))))
    expect(index.units.map(u => u.root).sort()).toEqual([
      'infra',
      'infra/.terraform/modules/queue',
      'other'
    ])
  })

  it('a change to it reaches it and the folder that calls it', async () => {
    const edited = 'resource "aws_sqs_queue" "this" {\n  sqs_managed_sse_enabled = false\n}\n'
    expect(await reached(withOpaque, { 'infra/.terraform/modules/queue/main.tf': edited })).toEqual(
      ['infra', 'infra/.terraform/modules/queue']
    )
  })
})

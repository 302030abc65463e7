import { afterEach, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

async function inventory(files: Record<string, string>, format: 'json' | 'text') {
  const repo = tempRepo(files)
  cleanups.push(repo.cleanup)
  let out = ''
  const code = await runCli(['inventory', '--format', format], {
    out: { write: t => (out += t) },
    err: { write: () => undefined },
    cwd: repo.root
  })
  return { code, out }
}

const MAIN = `module "queue" {
  source              = "terraform-aws-modules/sqs/aws"
  version             = "~> 4.0"
  name                = "jobs"
  kms_master_key_id   = var.key
  create_queue_policy = true
}

module "api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "5.2.0"
  name    = "orders"
  routes = {
    "GET /orders" = {
      integration = { uri = "arn:aws:lambda:eu-west-1:111122223333:function:orders" }
    }
  }
}

variable "key" {
  type = string
}
`

describe('serverless-gate inventory with Terraform registry modules', () => {
  it('lists each module call with what it models and the inputs that stay undecided (json)', async () => {
    const { code, out } = await inventory({ 'main.tf': MAIN }, 'json')
    expect(code).toBe(0)
    const service = JSON.parse(out).services[0]
    expect(service.counts).toEqual({ functions: 0, endpoints: 1, roles: 0, resources: 3 })
    expect(service.modules).toEqual([
      {
        id: 'module.queue',
        source: 'terraform-aws-modules/sqs/aws',
        version: '~> 4.0',
        location: 'main.tf:1:1',
        modelled: ['module.queue'],
        undecided: [
          {
            input: 'kms_master_key_id',
            reason: 'not known before deployment',
            location: 'main.tf:5:3'
          }
        ]
      },
      {
        id: 'module.api',
        source: 'terraform-aws-modules/apigateway-v2/aws',
        version: '5.2.0',
        location: 'main.tf:9:1',
        modelled: ['module.api', 'module.api.routes["GET /orders"]', 'module.api.stage'],
        undecided: []
      }
    ])
  })

  it('shows the same in text', async () => {
    const { out } = await inventory({ 'main.tf': MAIN }, 'text')
    expect(out).toContain(
      '- module module.queue (terraform-aws-modules/sqs/aws ~> 4.0)  main.tf:1:1'
    )
    expect(out).toContain(
      'modelled: module.api, module.api.routes["GET /orders"], module.api.stage'
    )
    expect(out).toContain('undecided kms_master_key_id: not known before deployment  main.tf:5:3')
  })
})

describe('serverless-gate inventory with a module read where terraform init installed it', () => {
  const files = {
    'main.tf': 'module "vpc" {\n  source  = "acme/network/aws"\n  version = "2.0.1"\n}\n',
    '.terraform/modules/modules.json': JSON.stringify({
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        {
          Key: 'vpc',
          Source: 'registry.terraform.io/acme/network/aws',
          Version: '2.0.1',
          Dir: '.terraform/modules/vpc'
        }
      ]
    }),
    '.terraform/modules/vpc/main.tf': 'resource "aws_sqs_queue" "flow" {\n  name = "flow"\n}\n'
  }

  it('says where the call is read from instead of not checked (json)', async () => {
    const { code, out } = await inventory(files, 'json')
    expect(code).toBe(0)
    const services = JSON.parse(out).services
    expect(services.map((s: { id: string }) => s.id)).toEqual(['.', '.terraform/modules/vpc'])
    expect(services[0].modules).toEqual([
      {
        id: 'module.vpc',
        source: 'acme/network/aws',
        version: '2.0.1',
        location: 'main.tf:1:1',
        modelled: [],
        undecided: [],
        installedAt: '.terraform/modules/vpc'
      }
    ])
  })

  it('shows the same in text', async () => {
    const { out } = await inventory(files, 'text')
    expect(out).toContain('read from the installed source at .terraform/modules/vpc')
    expect(out).not.toContain('not checked')
  })
})

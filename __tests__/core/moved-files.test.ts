import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, renameSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { git, initRepo } from '../helpers/git-repo.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

/**
 * Pull requests that move files, scanned as the CLI scans two git revisions: git's rename
 * detection says what moved, each side is read at its own paths, and what moved is compared with
 * the base where it was.
 */

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements: \${file(../../shared/iam.yml):statements}
functions:
  list:
    handler: src/list.handler
    url: true
`
const S3_WILDCARD = "statements:\n  - Effect: Allow\n    Action: 's3:*'\n    Resource: '*'\n"
const ADMIN = "statements:\n  - Effect: Allow\n    Action: '*'\n    Resource: '*'\n"

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      CodeUri: src/
      FunctionUrlConfig:
        AuthType: NONE
      Policies:
        - AdministratorAccess
`

/** A Terraform folder: a local module, a policy read from a file beside it, a queue. */
const STACK = `module "fn" {
  source = "../modules/fn"
}

resource "aws_iam_role" "fn" {
  name               = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "fn" {
  role   = aws_iam_role.fn.id
  policy = file("\${path.module}/../policies/fn.json")
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
`
const POLICY = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }]
  })
const MODULE = (action: string) => `resource "aws_iam_role_policy" "fn" {
  role = "fn"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "${action}", Resource = "*" }]
  })
}
`

interface Change {
  /** Files or folders moved, then committed with what else changed: git finds the renames. */
  rename?: [from: string, to: string][]
  write?: Record<string, string>
}

/** `main` holds the base files (and links: path → target), `feature` the change. */
function makeRepo(
  files: Record<string, string>,
  change: Change,
  links: Record<string, string> = {}
) {
  const { root, cleanup } = tempRepo(files)
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(root, path))
  initRepo(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
  git(root, 'checkout', '-q', '-b', 'feature')
  for (const [from, to] of change.rename ?? []) {
    mkdirSync(dirname(join(root, to)), { recursive: true })
    renameSync(join(root, from), join(root, to))
  }
  writeFiles(root, change.write ?? {})
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'change')
  git(root, 'checkout', '-q', 'main')
  return { root, cleanup }
}

interface Outcome {
  root: string
  code: number
  new: string[]
  fixed: string[]
  unchanged: string[]
  changes: string[]
}

interface JsonFinding {
  status: string
  ruleId: string
  location: { file: string; line: number }
}

/** `scan --base main --head feature` over a repository whose `feature` branch makes the change. */
async function pullRequest(
  base: Record<string, string>,
  change: Change,
  scope: 'changed' | 'full',
  links: Record<string, string> = {}
): Promise<Outcome> {
  const repo = makeRepo(base, change, links)
  cleanups.push(repo.cleanup)
  const { code, out } = await scan(repo.root, scope, 'json')
  const report = JSON.parse(out) as {
    findings: JsonFinding[]
    changes: { kind: string; resource: string; location: { file: string } }[]
  }
  const of = (status: string) =>
    report.findings
      .filter(f => f.status === status)
      .map(f => `${f.ruleId} ${f.location.file}:${f.location.line}`)
      .sort()
  return {
    root: repo.root,
    code,
    new: of('new'),
    fixed: of('fixed'),
    unchanged: of('unchanged'),
    changes: report.changes.map(c => `${c.kind} ${c.resource} ${c.location.file}`).sort()
  }
}

async function scan(root: string, scope: string, format: string) {
  let out = ''
  const args = ['--scanners', 'iac', '--pr-scope', scope, '--format', format]
  const code = await runCli(['scan', '--base', 'main', '--head', 'feature', ...args], {
    out: { write: t => (out += t) },
    err: { write: () => {} },
    cwd: root
  })
  return { code, out }
}

const SCOPES = ['changed', 'full'] as const

describe('a pull request that moves a service folder', () => {
  const base = {
    'services/orders/serverless.yml': SERVICE,
    'services/orders/src/list.js': 'exports.handler = async () => ({})\n',
    'shared/iam.yml': S3_WILDCARD,
    'README.md': '# shop\n'
  }
  const moved: Change = { rename: [['services/orders', 'services/shop']] }

  it.each(SCOPES)('unedited: nothing new, nothing fixed, no change (pr-scope %s)', async scope => {
    const r = await pullRequest(base, moved, scope)
    expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
    // The findings are the head's, at their new paths.
    expect(r.unchanged).toContain('path-public-data-writer services/shop/serverless.yml:11')
    expect(r.unchanged.some(f => f.includes('services/orders/'))).toBe(false)
    expect(r.code).toBe(0)
    const { out } = await scan(r.root, scope, 'text')
    expect(out).toContain(
      '2 moved files, compared with the base where they were: services/shop/serverless.yml (moved from services/orders/serverless.yml), services/shop/src/list.js (moved from services/orders/src/list.js)'
    )
  })

  it('in the working tree, against a base revision: nothing new, nothing fixed', async () => {
    const repo = makeRepo(base, moved)
    cleanups.push(repo.cleanup)
    git(repo.root, 'checkout', '-q', 'feature')
    let out = ''
    const code = await runCli(['scan', '--base', 'main', '--scanners', 'iac', '--format', 'json'], {
      out: { write: t => (out += t) },
      err: { write: () => {} },
      cwd: repo.root
    })
    const report = JSON.parse(out) as { findings: JsonFinding[]; changes: unknown[] }
    expect(report.findings.filter(f => f.status !== 'unchanged')).toEqual([])
    expect(report.changes).toEqual([])
    expect(code).toBe(0)
  })

  it('keeps its inline suppressions as they were: none is added by the move', async () => {
    const suppressed = SERVICE.replace(
      '    url: true\n',
      '    # serverless-gate:ignore lambda-url-auth-none the URL is signed by the CDN in front\n    url: true\n'
    )
    const repo = makeRepo({ ...base, 'services/orders/serverless.yml': suppressed }, moved)
    cleanups.push(repo.cleanup)
    const { out } = await scan(repo.root, 'changed', 'json')
    const report = JSON.parse(out) as {
      findings: (JsonFinding & { suppressed?: { addedInPr?: boolean } })[]
    }
    const url = report.findings.filter(f => f.ruleId === 'lambda-url-auth-none')
    expect(url).toMatchObject([
      { status: 'unchanged', location: { file: 'services/shop/serverless.yml' } }
    ])
    expect(url[0]?.suppressed).toBeDefined()
    expect(url[0]?.suppressed?.addedInPr).toBeUndefined()
  })

  it.each(SCOPES)('edited as it moved: only the edit is new (pr-scope %s)', async scope => {
    const edited = SERVICE.replace(
      '    url: true\n',
      '    url: true\n  get:\n    handler: src/list.handler\n    url: true\n'
    )
    const r = await pullRequest(
      base,
      { ...moved, write: { 'services/shop/serverless.yml': edited } },
      scope
    )
    // The function it adds: its public URL, the path through it, the role it shares.
    expect(r.new).toEqual([
      'lambda-shared-role services/shop/serverless.yml:6',
      'lambda-url-auth-none services/shop/serverless.yml:14',
      'path-public-data-writer services/shop/serverless.yml:12'
    ])
    expect(r.fixed).toEqual([])
    expect(r.changes).toEqual([
      'endpoint-added GetLambdaFunctionUrl services/shop/serverless.yml',
      'function-added get services/shop/serverless.yml'
    ])
    expect(r.code).toBe(1)
  })

  it.each(SCOPES)(
    'whose relative include now reads another file: the difference shows (pr-scope %s)',
    async scope => {
      const r = await pullRequest(
        { ...base, 'services/shared/iam.yml': ADMIN },
        {
          rename: [['services/orders', 'services/team/orders']]
        },
        scope
      )
      // `../../shared/iam.yml` was shared/iam.yml (s3:*) and is now services/shared/iam.yml (*):
      // the public function writes data no more, it administers the account.
      expect(r.new).toEqual(['path-public-admin-function services/shared/iam.yml:3'])
      expect(r.fixed).toEqual([
        'iam-wildcard-action shared/iam.yml:3',
        'iam-wildcard-resource shared/iam.yml:4',
        'path-public-data-writer services/orders/serverless.yml:11'
      ])
      expect(r.changes).toEqual([
        'permission-granted IamRoleLambdaExecution services/shared/iam.yml',
        'permission-revoked IamRoleLambdaExecution shared/iam.yml'
      ])
      // The function's own public URL was there before and is there after.
      expect(r.unchanged).toContain('lambda-url-auth-none services/team/orders/serverless.yml:11')
    }
  )
})

describe('a pull request that moves a link', () => {
  const linked = SERVICE.replace('../../shared/iam.yml', './iam.yml')
  const base = {
    'services/orders/serverless.yml': linked,
    'services/orders/src/list.js': 'exports.handler = async () => ({})\n',
    'shared/iam.yml': S3_WILDCARD,
    'services/shared/iam.yml': ADMIN
  }
  const links = { 'services/orders/iam.yml': '../../shared/iam.yml' }

  it.each(SCOPES)('beside itself: nothing new or fixed (pr-scope %s)', async scope => {
    const r = await pullRequest(
      base,
      { rename: [['services/orders', 'services/shop']] },
      scope,
      links
    )
    expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
  })

  it.each(SCOPES)(
    'whose relative target now leads elsewhere: the difference shows (pr-scope %s)',
    async scope => {
      const r = await pullRequest(
        base,
        { rename: [['services/orders', 'services/team/orders']] },
        scope,
        links
      )
      // The link `iam.yml` read shared/iam.yml (s3:*) and now reads services/shared/iam.yml (*).
      expect(r.new).toEqual(['path-public-admin-function services/team/orders/iam.yml:3'])
      // What it read before is fixed, where the base had it.
      expect(r.fixed.length).toBeGreaterThan(0)
      expect(r.fixed.every(f => f.includes(' services/orders/'))).toBe(true)
      expect(r.changes).toEqual([
        'permission-granted IamRoleLambdaExecution services/team/orders/iam.yml',
        'permission-revoked IamRoleLambdaExecution services/orders/iam.yml'
      ])
    }
  )
})

describe('a pull request that renames a SAM template', () => {
  it.each(SCOPES)('reports nothing new or fixed (pr-scope %s)', async scope => {
    const r = await pullRequest(
      { 'sam/api/template.yaml': SAM, 'sam/api/src/app.py': 'def handler(e, c): pass\n' },
      { rename: [['sam/api/template.yaml', 'sam/api/app.yaml']] },
      scope
    )
    expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
    expect(r.unchanged.length).toBeGreaterThan(0)
    expect(r.unchanged.every(f => f.includes(' sam/api/app.yaml:'))).toBe(true)
  })
})

describe('a pull request that moves a Terraform folder', () => {
  const base = {
    'infra/api/main.tf': STACK,
    'infra/modules/fn/main.tf': MODULE('s3:GetObject'),
    'infra/policies/fn.json': POLICY('s3:GetObject'),
    'infra/envs/modules/fn/main.tf': MODULE('*'),
    'infra/envs/policies/fn.json': POLICY('*')
  }

  it.each(SCOPES)(
    'where its relative paths read the same: nothing new or fixed (pr-scope %s)',
    async scope => {
      const r = await pullRequest(base, { rename: [['infra/api', 'infra/orders']] }, scope)
      expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
      expect(r.unchanged).toContain('sqs-unencrypted infra/orders/main.tf:20')
    }
  )

  it.each(SCOPES)(
    'whose relative module source and policy file now point elsewhere: the difference shows (pr-scope %s)',
    async scope => {
      const r = await pullRequest(base, { rename: [['infra/api', 'infra/envs/api']] }, scope)
      // `../policies/fn.json` was infra/policies/fn.json (s3:GetObject) and is now
      // infra/envs/policies/fn.json (`*`); `../modules/fn` is another folder, read on its own.
      expect(r.new).toEqual([
        'iam-admin-access infra/envs/policies/fn.json:1',
        'iam-wildcard-action infra/envs/policies/fn.json:1'
      ])
      expect(r.fixed).toEqual([])
      expect(r.changes).toEqual([
        'permission-granted aws_iam_role.fn infra/envs/policies/fn.json',
        'permission-revoked aws_iam_role.fn infra/policies/fn.json'
      ])
      // The queue written in the moved file itself is the same queue.
      expect(r.unchanged).toContain('sqs-unencrypted infra/envs/api/main.tf:20')
    }
  )
})

describe('a pull request that merges two service folders into one', () => {
  const other = SERVICE.replace('service: orders', 'service: billing')
  it.each(SCOPES)('pairs each file with its new place (pr-scope %s)', async scope => {
    const r = await pullRequest(
      {
        'services/orders/serverless.yml': SERVICE,
        'services/orders/src/list.js': 'exports.handler = async () => ({})\n',
        'teams/billing/serverless.yml': other,
        'teams/billing/src/list.js': 'exports.handler = async () => ({ billing: true })\n',
        'shared/iam.yml': S3_WILDCARD
      },
      {
        rename: [
          ['services/orders', 'apps/orders'],
          ['teams/billing', 'apps/billing']
        ]
      },
      scope
    )
    expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
    expect(r.unchanged).toContain('path-public-data-writer apps/orders/serverless.yml:11')
    expect(r.unchanged).toContain('path-public-data-writer apps/billing/serverless.yml:11')
  })
})

describe('a pull request that swaps two files', () => {
  const sam = (name: string) => SAM.replace('Worker:', `${name}:`)
  it.each(SCOPES)(
    'pairs each with itself, not as git pairs them by likeness (pr-scope %s)',
    async scope => {
      // a → c and b → a in one commit: git sees a edited, and b → c, the two templates alike.
      const r = await pullRequest(
        { 'stacks/a.yaml': sam('Api'), 'stacks/b.yaml': sam('Jobs') },
        {
          rename: [
            ['stacks/a.yaml', 'stacks/c.yaml'],
            ['stacks/b.yaml', 'stacks/a.yaml']
          ]
        },
        scope
      )
      expect([r.new, r.fixed, r.changes]).toEqual([[], [], []])
      expect(r.unchanged).toContain('iam-admin-access stacks/a.yaml:13')
      const { out } = await scan(r.root, scope, 'json')
      const report = JSON.parse(out) as { moved?: Record<string, string> }
      expect(report.moved).toEqual({
        'stacks/a.yaml': 'stacks/c.yaml',
        'stacks/b.yaml': 'stacks/a.yaml'
      })
    }
  )
})

describe('two directories compared', () => {
  it.each(SCOPES)(
    'find a folder moved unchanged: nothing new or fixed (pr-scope %s)',
    async scope => {
      const files = (dir: string) => ({
        [`${dir}/serverless.yml`]: SERVICE.replace('../../shared/iam.yml', '../shared/iam.yml'),
        [`${dir}/src/list.js`]: 'exports.handler = async () => ({})\n',
        'shared/iam.yml': S3_WILDCARD
      })
      const base = tempRepo(files('orders'))
      const head = tempRepo(files('shop'))
      cleanups.push(base.cleanup, head.cleanup)
      let out = ''
      const args = ['--scanners', 'iac', '--pr-scope', scope, '--format', 'json']
      const code = await runCli(['scan', head.root, '--base', base.root, ...args], {
        out: { write: t => (out += t) },
        err: { write: () => {} },
        cwd: head.root
      })
      const report = JSON.parse(out) as { findings: JsonFinding[]; moved?: Record<string, string> }
      expect(report.moved).toEqual({
        'orders/serverless.yml': 'shop/serverless.yml',
        'orders/src/list.js': 'shop/src/list.js'
      })
      expect(report.findings.filter(f => f.status !== 'unchanged')).toEqual([])
      expect(report.findings.map(f => f.location.file)).toContain('shop/serverless.yml')
      expect(code).toBe(0)
    }
  )
})

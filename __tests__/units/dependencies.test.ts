import { describe, expect, it } from '@jest/globals'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'
import { affectedBy } from '../../src/units/affected.js'
import { changedPaths } from '../../src/units/changes.js'
import { indexUnits } from '../../src/units/index.js'
import { discoverIac } from '../../src/iac/discover.js'

type Files = Record<string, string>

/** The roots of the units a change from `base` to `head` reaches. */
async function reached(base: Files, edits: Files, removed: string[] = []): Promise<string[]> {
  const head = { ...base, ...edits }
  for (const path of removed) delete head[path]
  const b = new MemorySource('base', new Map(Object.entries(base)))
  const h = new MemorySource('head', new Map(Object.entries(head)))
  const selection = await affectedBy(
    await changedPaths(b, h),
    await indexUnits(h),
    async path => base[path],
    new Set(discoverIac(Object.keys(base)).templates)
  )
  return selection.units.map(u => u.root).sort()
}

const sls = (name: string, include?: string): string =>
  `service: ${name}\nprovider:\n  name: aws\n  runtime: nodejs22.x\n${include ? `  iam:\n    role:\n      statements: \${file(${include}):statements}\n` : ''}functions:\n  api:\n    handler: h.handler\n`
const statements = (action: string): string =>
  `statements:\n  - Effect: Allow\n    Action: '${action}'\n    Resource: '*'\n`
const sam = (extra = ''): string =>
  `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.h\n      Runtime: python3.12\n      CodeUri: src/\n${extra}`
const lock = (version: string): string =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: { '': { name: 'x' }, 'node_modules/lodash': { version } }
  })

const monorepo: Files = {
  'shared/iam.yml': statements('s3:GetObject'),
  'services/a/serverless.yml': sls('a', '../../shared/iam.yml'),
  'services/b/serverless.yml': sls('b', '../../shared/iam.yml'),
  'services/c/serverless.yml': sls('c'),
  'services/c/package-lock.json': lock('4.17.21'),
  'sam/app/template.yaml': sam(
    '  Child:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location: ./nested/child.yaml\n'
  ),
  'sam/app/nested/child.yaml': sam(),
  'sam/other/template.yaml': sam(),
  'tf/modules/fn/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
  'tf/stacks/one/main.tf': 'module "fn" {\n  source = "../../modules/fn"\n}\n',
  'tf/stacks/two/main.tf': 'resource "aws_sqs_queue" "two" {\n  name = "two"\n}\n',
  'docs/readme.md': '# docs\n'
}

describe('the units a change reaches, by how files depend on each other', () => {
  it('a file a service pulls in with ${file()} reaches every service that includes it, and no other', async () => {
    expect(await reached(monorepo, { 'shared/iam.yml': statements('s3:*') })).toEqual([
      'services/a/serverless.yml',
      'services/b/serverless.yml'
    ])
  })

  it('a service reaches what it includes on either side: dropping an include still reads the old one', async () => {
    expect(await reached(monorepo, { 'services/a/serverless.yml': sls('a') })).toEqual([
      'services/a/serverless.yml'
    ])
    const added = await reached(monorepo, {
      'services/c/serverless.yml': sls('c', '../../shared/new.yml'),
      'shared/new.yml': statements('*')
    })
    expect(added).toEqual(['services/c/serverless.yml'])
  })

  it('a nested stack reaches its own template and the template that names it by path', async () => {
    expect(await reached(monorepo, { 'sam/app/nested/child.yaml': sam('# edited\n') })).toEqual([
      'sam/app/nested/child.yaml',
      'sam/app/template.yaml'
    ])
  })

  it('a local Terraform module reaches the folders whose module blocks call it', async () => {
    expect(
      await reached(monorepo, { 'tf/modules/fn/main.tf': 'resource "aws_sqs_queue" "r" {}\n' })
    ).toEqual(['tf/modules/fn', 'tf/stacks/one'])
  })

  it('a policy file a Terraform folder reads with file() reaches that folder, and the folders calling it', async () => {
    const policy = (action: string): string =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }]
      })
    const reads = (path: string): string =>
      `resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = file("\${path.module}/${path}")\n}\n`
    const repo: Files = {
      ...monorepo,
      'tf/stacks/two/main.tf': reads('policies/worker.json'),
      'tf/stacks/two/policies/worker.json': policy('s3:GetObject'),
      'tf/modules/fn/role.tf': reads('../../shared/fn.json'),
      'tf/shared/fn.json': policy('s3:GetObject')
    }
    expect(await reached(repo, { 'tf/stacks/two/policies/worker.json': policy('*') })).toEqual([
      'tf/stacks/two'
    ])
    expect(await reached(repo, { 'tf/shared/fn.json': policy('*') })).toEqual([
      'tf/modules/fn',
      'tf/stacks/one'
    ])
  })

  it('a JSON or YAML template a Terraform folder renders with templatefile() reaches that folder', async () => {
    const repo: Files = {
      ...monorepo,
      'tf/stacks/two/main.tf':
        'resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = templatefile("${path.module}/worker.json.tpl", { arn = "x" })\n}\n',
      'tf/stacks/two/worker.json.tpl': '{"Statement": []}'
    }
    expect(await reached(repo, { 'tf/stacks/two/worker.json.tpl': '{"Statement": [1]}' })).toEqual([
      'tf/stacks/two'
    ])
  })

  it('a lockfile reaches itself and the units around it, whose functions ship it', async () => {
    expect(await reached(monorepo, { 'services/c/package-lock.json': lock('4.17.15') })).toEqual([
      'services/c/package-lock.json',
      'services/c/serverless.yml'
    ])
  })

  it("a bun.lockb reaches its folder's Bun lockfile unit: its own, or the bun.lock read instead", async () => {
    const bunLock = '{\n  "lockfileVersion": 1,\n  "packages": {},\n}\n'
    const alone = { ...monorepo, 'web/bun.lockb': 'binary-1' }
    expect(await reached(alone, { 'web/bun.lockb': 'binary-2' })).toEqual(['web/bun.lockb'])
    const both = { ...alone, 'web/bun.lock': bunLock }
    expect(await reached(both, { 'web/bun.lockb': 'binary-2' })).toEqual(['web/bun.lock'])
    // Without its bun.lock the binary lockfile is what the folder has: it is reached.
    expect(await reached(both, {}, ['web/bun.lock'])).toEqual(['web/bun.lockb'])
  })

  it('a requirements file reaches what it includes, and what those include in turn', async () => {
    const tree: Files = {
      ...monorepo,
      'py/requirements.txt': '-r common/base.txt\nrequests==2.31.0\n',
      'py/common/base.txt': '--constraint=pins.in\n',
      'py/common/pins.in': 'django==4.2.0\n'
    }
    expect(await reached(tree, { 'py/common/pins.in': 'django==2.2.24\n' })).toEqual([
      'py/requirements.txt'
    ])
  })

  it('a file no unit reads reaches nothing; removing a unit reaches it', async () => {
    expect(await reached(monorepo, { 'docs/readme.md': '# more\n' })).toEqual([])
    expect(await reached(monorepo, {}, ['shared/iam.yml'])).toEqual([
      'services/a/serverless.yml',
      'services/b/serverless.yml'
    ])
  })

  it('an include named by a variable may be any file: every change reaches that service', async () => {
    const files = {
      ...monorepo,
      'services/d/serverless.yml': sls('d', '../../shared/${opt:stage}.yml')
    }
    expect(await reached(files, { 'docs/readme.md': '# more\n' })).toEqual([
      'services/d/serverless.yml'
    ])
  })
})

async function pullRequest(base: Files, head: Files, scope: 'changed' | 'full' = 'changed') {
  const config = parseConfigText('.serverless-gate.yml', head['.serverless-gate.yml'] ?? '')
  return runScan({
    base: new MemorySource('base', new Map(Object.entries(base))),
    head: new MemorySource('head', new Map(Object.entries(head))),
    config,
    baseConfig: parseConfigText('.serverless-gate.yml', base['.serverless-gate.yml'] ?? ''),
    configPath: '.serverless-gate.yml',
    settings: resolveSettings({ 'pr-scope': scope, scanners: ['iac'] }, config),
    now: new Date('2026-11-22T00:00:00Z')
  })
}

describe('a pull request scoped to its change', () => {
  it('says what it covered', async () => {
    const r = await pullRequest(monorepo, { ...monorepo, 'shared/iam.yml': statements('s3:*') })
    expect(r.coverage).toEqual({ scanned: 2, total: 10, changedFiles: 1 })
    expect(r.models.head.services.map(s => s.name).sort()).toEqual(['a', 'b'])
  })

  it('a change to the configuration reaches every unit', async () => {
    const head = { ...monorepo, '.serverless-gate.yml': 'fail-on-severity: low\n' }
    const r = await pullRequest(monorepo, head)
    expect(r.coverage).toBeUndefined()
    expect(r.models.head.services.length).toBe(9)
  })

  it('pr-scope full models every unit', async () => {
    const r = await pullRequest(monorepo, { ...monorepo, 'docs/readme.md': 'x\n' }, 'full')
    expect(r.coverage).toBeUndefined()
    expect(r.models.head.services.length).toBe(9)
  })

  it('reports each service sharing a widened include under its own name', async () => {
    const r = await pullRequest(monorepo, { ...monorepo, 'shared/iam.yml': statements('s3:*') })
    const onShared = r.findings.filter(
      f => f.status === 'new' && f.location.file === 'shared/iam.yml'
    )
    const wildcard = onShared.filter(f => f.ruleId === 'iam-wildcard-action')
    expect(wildcard.map(f => f.message.split(':')[0]).sort()).toEqual([
      'service `a`',
      'service `b`'
    ])
    // A permission growth stays with its service: never folded into the other's finding.
    for (const f of onShared)
      for (const also of f.also ?? [])
        expect(also.message).toContain(`service \`${f.service.split('/')[1]}\``)
    const granted = r.changes.filter(c => c.kind === 'permission-granted')
    expect(granted.map(c => c.summary.split(':')[0]).sort()).toEqual(['service `a`', 'service `b`'])
  })
})

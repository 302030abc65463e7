import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { discoverIac } from '../../src/iac/discover.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { GitRevisionSource } from '../../src/sources/git.js'
import { MemorySource } from '../../src/sources/memory.js'
import { affectedBy } from '../../src/units/affected.js'
import { changedPaths } from '../../src/units/changes.js'
import { indexUnits } from '../../src/units/index.js'
import { commit, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

type Files = Record<string, string>
interface Side {
  files: Files
  links?: Files
}

const source = (label: string, side: Side): MemorySource =>
  new MemorySource(
    label,
    new Map(Object.entries(side.files)),
    {},
    new Map(Object.entries(side.links ?? {}))
  )

/** The roots of the units a change from `base` to `head` reaches. */
async function reached(base: Side, head: Side): Promise<string[]> {
  const b = source('base', base)
  const h = source('head', head)
  const selection = await affectedBy(
    await changedPaths(b, h),
    await indexUnits(h),
    async path => {
      const r = await b.read(path)
      return 'text' in r ? r.text : undefined
    },
    new Set(discoverIac(await b.list()).templates)
  )
  return selection.units.map(u => u.root).sort()
}

const sls = (name: string, include?: string): string =>
  `service: ${name}\nprovider:\n  name: aws\n  runtime: nodejs22.x\n${include ? `  iam:\n    role:\n      statements: \${file(${include}):statements}\n` : ''}functions:\n  api:\n    handler: h.handler\n`
const statements = (action: string): string =>
  `statements:\n  - Effect: Allow\n    Action: '${action}'\n    Resource: '*'\n`
const lock = (version: string): string =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: { '': { name: 'x' }, 'node_modules/lodash': { version } }
  })
const queue = (sse: boolean): string =>
  `resource "aws_sqs_queue" "q" {\n  name = "q"\n  sqs_managed_sse_enabled = ${sse}\n}\n`

const files: Files = {
  'shared/base.yml': sls('linked'),
  'shared/other.yml': sls('linked', '../../shared/iam.yml'),
  'shared/iam.yml': statements('s3:GetObject'),
  'shared/tf/queue.tf': queue(true),
  'shared/lock.json': lock('4.17.21'),
  'services/b/serverless.yml': sls('b', './iam.yml'),
  'services/c/serverless.yml': sls('c', './conf/iam.yml'),
  'services/d/serverless.yml': sls('d'),
  'tf/one/main.tf': 'module "m" {\n  source = "../mod"\n}\n',
  'tf/mod/main.tf': 'resource "aws_sqs_queue" "m" {\n  name = "m"\n}\n'
}
const links: Files = {
  'services/a/serverless.yml': '../../shared/base.yml',
  'services/b/iam.yml': '../../shared/iam.yml',
  'services/c/conf': '../../shared',
  'services/d/package-lock.json': '../../shared/lock.json',
  'tf/two/queue.tf': '../../shared/tf/queue.tf'
}
const repo: Side = { files, links }
const edit = (changes: Files, moved: Files = {}): Side => ({
  files: { ...files, ...changes },
  links: { ...links, ...moved }
})

describe('a file read through a symbolic link', () => {
  it('a service that is a link is reached by an edit of its target', async () => {
    expect(await reached(repo, edit({ 'shared/base.yml': sls('linked', './x.yml') }))).toEqual([
      'services/a/serverless.yml'
    ])
  })

  it('an include that is a link, or sits in a linked folder, is reached through its target', async () => {
    expect(await reached(repo, edit({ 'shared/iam.yml': statements('s3:*') }))).toEqual([
      'services/b/serverless.yml',
      'services/c/serverless.yml'
    ])
  })

  it('a Terraform file and a lockfile that are links are reached through their targets', async () => {
    expect(await reached(repo, edit({ 'shared/tf/queue.tf': queue(false) }))).toEqual([
      'shared/tf',
      'tf/two'
    ])
    expect(await reached(repo, edit({ 'shared/lock.json': lock('4.17.15') }))).toEqual([
      'services/d/package-lock.json',
      'services/d/serverless.yml'
    ])
  })

  it('a link pointed elsewhere reaches the units reading it, file or folder', async () => {
    const retargeted = edit({}, { 'services/a/serverless.yml': '../../shared/other.yml' })
    expect(await reached(repo, retargeted)).toEqual(['services/a/serverless.yml'])
    const folder = edit(
      { 'elsewhere/iam.yml': statements('*') },
      { 'services/c/conf': '../../elsewhere' }
    )
    expect(await reached(repo, folder)).toEqual(['services/c/serverless.yml'])
  })

  it('a linked folder replaced by a real one reaches the units reading through it', async () => {
    const head: Side = {
      files: { ...files, 'services/c/conf/iam.yml': statements('*') },
      links: Object.fromEntries(Object.entries(links).filter(([p]) => p !== 'services/c/conf'))
    }
    expect(await reached(repo, head)).toEqual(['services/c/serverless.yml'])
  })

  it('a pull request editing only the target reports the linked service’s new finding', async () => {
    const head = edit({
      'shared/base.yml': sls('linked', '../../shared/wide.yml'),
      'shared/wide.yml': statements('*')
    })
    const [scoped, full] = await Promise.all([
      pullRequest(repo, head, 'changed'),
      pullRequest(repo, head, 'full')
    ])
    const fresh = (r: Awaited<ReturnType<typeof pullRequest>>) =>
      r.findings
        .filter(f => f.status === 'new')
        .map(f => `${f.ruleId} ${f.location.file}:${f.location.line}`)
        .sort()
    expect(fresh(scoped)).toContain('iam-wildcard-action shared/wide.yml:3')
    expect(fresh(scoped)).toEqual(fresh(full))
    expect(scoped.coverage?.scanned).toBeLessThan(scoped.coverage?.total ?? 0)
  })
})

describe('links of a directory on disk', () => {
  it('are listed with their targets, and a unit reads through them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'links-'))
    try {
      writeTree(root, files, links)
      // An absolute link into the repository counts as the relative one.
      symlinkSync(join(root, 'shared/iam.yml'), join(root, 'services/d/iam.yml'))
      const disk = new DirectorySource(root)
      expect(Object.fromEntries(await disk.links())).toEqual({
        ...links,
        'services/d/iam.yml': '../../shared/iam.yml'
      })
      const index = await indexUnits(disk)
      const filesOf = (root: string): string[] =>
        [...(index.units.find(u => u.root === root)?.files ?? [])].sort()
      expect(filesOf('services/a/serverless.yml')).toContain('shared/base.yml')
      expect(filesOf('services/c/serverless.yml')).toEqual(
        expect.arrayContaining(['services/c/conf', 'shared/iam.yml'])
      )
      expect(filesOf('services/d/package-lock.json')).toContain('shared/lock.json')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('links of a git commit', () => {
  it('are read from the tree, and a pull request editing only a target reaches the link', async () => {
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      writeTree(repo.root, files, links)
      const before = commit(repo.root, {}, 'base')
      const after = commit(repo.root, { 'shared/lock.json': lock('4.17.15') }, 'head')
      const [base, head] = await Promise.all([
        GitRevisionSource.open(repo.root, before),
        GitRevisionSource.open(repo.root, after)
      ])
      expect(Object.fromEntries(await head.links())).toEqual(links)
      const index = await indexUnits(head)
      const lockUnit = index.units.find(u => u.root === 'services/d/package-lock.json')
      expect([...(lockUnit?.files ?? [])]).toContain('shared/lock.json')
      expect([...(await changedPaths(base, head))]).toEqual(['shared/lock.json'])
    } finally {
      repo.cleanup()
    }
  })
})

function writeTree(root: string, tree: Files, linked: Files): void {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  for (const [path, target] of Object.entries(linked)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    symlinkSync(target, join(root, path))
  }
}

async function pullRequest(base: Side, head: Side, scope: 'changed' | 'full') {
  const config = parseConfigText('.serverless-gate.yml', '')
  return runScan({
    base: source('base', base),
    head: source('head', head),
    config,
    baseConfig: config,
    configPath: '.serverless-gate.yml',
    settings: resolveSettings({ 'pr-scope': scope, scanners: ['iac'] }, config),
    now: new Date('2026-11-22T00:00:00Z')
  })
}

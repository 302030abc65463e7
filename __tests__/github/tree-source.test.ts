import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/core/logger.js'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { createGitHubClient, type GitHubClient, type Repository } from '../../src/github/client.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { GitBlobReader } from '../../src/sources/git-batch.js'
import { GitRevisionSource } from '../../src/sources/git.js'
import { GitHubTreeSource, type GitHubTreeOptions } from '../../src/github/tree-source.js'
import type { FileSource } from '../../src/sources/types.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { createGitHubServer, type GitHubServer } from '../helpers/github-server/server.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

const TOKEN = 'ghs_tree_source_test'

// Real changes: serverless/examples files at two commits (see fixtures/pull-request/serverless-examples/SOURCES.md).
const EXAMPLES = join(import.meta.dirname, '..', 'fixtures', 'pull-request', 'serverless-examples')
const NAMES = readdirSync(join(EXAMPLES, 'head')).sort()
const examples = (side: 'base' | 'head') =>
  Object.fromEntries(
    NAMES.map(name => [
      `${name}/serverless.yml`,
      readFileSync(join(EXAMPLES, side, name, 'serverless.yml'), 'utf8')
    ])
  )

/** 1.2 MB: over the limit the tests set, so it must never be downloaded. */
const LARGE = 'Resources: {}\n' + '# padding line of a large template\n'.repeat(35_000)
const NOT_UTF8 = Buffer.concat([
  Buffer.from('service: orders\nname: caf'),
  Buffer.from([0xe9, 0x0a])
])

/** A base commit and a head commit with the files a scan meets: templates, code, links, junk. */
function buildRepo() {
  const { root, cleanup } = tempRepo({})
  initRepo(root)
  const common = {
    'README.md': '# orders\n',
    'src/handler.js': 'exports.handler = async () => ({ statusCode: 200 })\n',
    'node_modules/dep/serverless.yml': 'service: not-ours\n',
    'infra/large.template.yaml': LARGE,
    'infra/latin1.yml': NOT_UTF8,
    'docs/guide.md': 'guide\n'
  }
  writeFiles(root, { ...common, ...examples('base') })
  symlinkSync('README.md', join(root, 'link.md'))
  symlinkSync('../../outside.yml', join(root, 'infra/away.yml'))
  symlinkSync('loop-b.yml', join(root, 'loop-a.yml'))
  symlinkSync('loop-a.yml', join(root, 'loop-b.yml'))
  git(root, 'add', '-A')
  git(root, 'update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/sub`)
  git(root, 'commit', '-q', '-m', 'base')
  const base = git(root, 'rev-parse', 'HEAD')
  const head = commit(root, examples('head'), 'upgrade the examples')
  return { root, base, head, cleanup }
}

function recorder(): { logger: Logger; infos: string[]; warnings: string[] } {
  const infos: string[] = []
  const warnings: string[] = []
  return {
    infos,
    warnings,
    logger: { debug() {}, info: m => void infos.push(m), warning: m => void warnings.push(m) }
  }
}

let repo: ReturnType<typeof buildRepo>

beforeAll(() => {
  repo = buildRepo()
})
afterAll(() => repo?.cleanup())

/** A loopback GitHub for the test repository, a client of the gate, and the requests it saw. */
async function github(maxTreeEntries?: number) {
  const server = await createGitHubServer({
    repoDir: repo.root,
    owner: 'acme',
    repo: 'orders-service',
    token: TOKEN,
    rateLimit: 100_000,
    pulls: [],
    ...(maxTreeEntries ? { maxTreeEntries } : {})
  })
  const repository: Repository = {
    owner: 'acme',
    repo: 'orders-service',
    apiUrl: server.url,
    serverUrl: 'https://github.com'
  }
  const log = recorder()
  const client = createGitHubClient(TOKEN, repository, log.logger)
  const open = (sha: string, options: Partial<GitHubTreeOptions> = {}) =>
    GitHubTreeSource.open(client, repository, sha, options, log.logger)
  return { server, client, repository, log, open }
}

const blobRequests = (server: GitHubServer) =>
  server.requests.filter(r => r.path.includes('/git/blobs/')).map(r => r.path.split('/').pop())
const treeRequests = (server: GitHubServer) =>
  server.requests.filter(r => r.path.includes('/git/trees/'))
const blobSha = (sha: string, path: string) => git(repo.root, 'rev-parse', `${sha}:${path}`)

describe('GitHubTreeSource', () => {
  let gh: Awaited<ReturnType<typeof github>>
  beforeAll(async () => {
    gh = await github()
  })
  afterAll(async () => gh?.server.close())

  it('lists the same files as the local git revision, in one request, downloading nothing', async () => {
    for (const sha of [repo.base, repo.head]) {
      const before = gh.server.requests.length
      const options = { excludePaths: ['docs/**'] }
      const source = await gh.open(sha, options)
      const local = await GitRevisionSource.open(repo.root, sha, options)
      const listed = await source.list()
      expect(listed).toEqual(await local.list())
      expect(listed).toContain('aws-node-recursive-function/serverless.yml')
      expect(listed).toContain('link.md')
      for (const absent of ['vendor/sub', 'node_modules/dep/serverless.yml', 'docs/guide.md'])
        expect(listed).not.toContain(absent)
      const requests = gh.server.requests.slice(before)
      expect(requests.map(r => [r.path, r.query.recursive, r.status])).toEqual([
        [`/repos/acme/orders-service/git/trees/${sha}`, '1', 200]
      ])
    }
  })

  it('reads each file as the local git revision does, downloading each blob once', async () => {
    const source = await gh.open(repo.head)
    const local = await GitRevisionSource.open(repo.root, repo.head)
    const paths = [...NAMES.map(name => `${name}/serverless.yml`), 'src/handler.js', 'README.md']
    const before = blobRequests(gh.server).length
    for (const path of paths) expect(await source.read(path)).toEqual(await local.read(path))
    for (const path of paths) await source.read(path)
    expect(blobRequests(gh.server).slice(before)).toEqual(paths.map(p => blobSha(repo.head, p)))
    expect(source.label).toBe(`commit (${repo.head.slice(0, 7)})`)
    const named = await gh.open(repo.head, { ref: 'head' })
    expect(named.label).toBe(`head (${repo.head.slice(0, 7)})`)
  })

  it('refuses a file over the size limit from the size the tree gives, before any download', async () => {
    const source = await gh.open(repo.head, { maxFileBytes: 1024 * 1024 })
    const result = await source.read('infra/large.template.yaml')
    expect(result).toEqual({
      diagnostic: {
        file: 'infra/large.template.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        code: 'file-too-large',
        message:
          'not read: its 1.2 MiB (1225014 bytes) is over the max-file-size limit of 1.0 MiB (1048576 bytes); set `max-file-size` in .serverless-gate.yml to at least 1225014 (bytes) to have it checked'
      }
    })
    expect(blobRequests(gh.server)).not.toContain(blobSha(repo.head, 'infra/large.template.yaml'))
  })

  it('reports text that is not UTF-8 at the line of the first bad byte', async () => {
    const source = await gh.open(repo.head)
    const result = await source.read('infra/latin1.yml')
    expect(result).toEqual({
      diagnostic: expect.objectContaining({
        file: 'infra/latin1.yml',
        line: 2,
        code: 'invalid-encoding',
        message:
          'not valid UTF-8 (first bad byte at offset 25): save it as UTF-8 to have it checked'
      })
    })
    const local = await GitRevisionSource.open(repo.root, repo.head)
    expect(result).toEqual(await local.read('infra/latin1.yml'))
  })

  it('reads a symbolic link as its target, and reports one leaving the repository or looping at the link', async () => {
    const source = await gh.open(repo.head)
    const local = await GitRevisionSource.open(repo.root, repo.head)
    for (const s of [source, local]) {
      expect(await s.read('link.md')).toEqual({ text: '# orders\n' })
      expect(await s.read('infra/away.yml')).toEqual({
        diagnostic: expect.objectContaining({
          file: 'infra/away.yml',
          code: 'outside-root',
          severity: 'error',
          message: 'symbolic link to ../../outside.yml, outside the repository: not read'
        })
      })
      const loop = await s.read('loop-a.yml')
      expect('diagnostic' in loop && loop.diagnostic).toMatchObject({
        file: 'loop-a.yml',
        code: 'broken-link'
      })
    }
  })

  it('lists its links with their targets as the local revision does, from local blobs when held', async () => {
    const local = await GitRevisionSource.open(repo.root, repo.head)
    const remote = await gh.open(repo.head)
    expect(Object.fromEntries(await remote.links())).toEqual(
      Object.fromEntries(await local.links())
    )
    expect((await remote.links()).get('link.md')).toBe('README.md')
    const before = blobRequests(gh.server).length
    const held = await gh.open(repo.head, { localBlobs: new GitBlobReader(repo.root) })
    expect((await held.links()).size).toBe(4)
    expect(blobRequests(gh.server).length).toBe(before)
  })

  it('answers paths outside the commit and submodules with diagnostics, without requests', async () => {
    const source = await gh.open(repo.head)
    const before = gh.server.requests.length
    const codeOf = async (path: string) => {
      const result = await source.read(path)
      return 'diagnostic' in result ? [result.diagnostic.file, result.diagnostic.code] : 'text'
    }
    expect(await codeOf('../etc/passwd')).toEqual(['../etc/passwd', 'outside-root'])
    expect(await codeOf('/etc/passwd')).toEqual(['/etc/passwd', 'outside-root'])
    expect(await codeOf('missing.yml')).toEqual(['missing.yml', 'not-found'])
    expect(await codeOf('vendor/sub')).toEqual(['vendor/sub', 'not-found'])
    expect(await codeOf('./src/../README.md')).toBe('text')
    expect(gh.server.requests.slice(before).map(r => r.path)).toEqual([
      `/repos/acme/orders-service/git/blobs/${blobSha(repo.head, 'README.md')}`
    ])
  })

  it('reads a link with requests for the links it passes alone, not every link of the commit', async () => {
    const source = await gh.open(repo.head)
    const before = gh.server.requests.length
    expect(await source.read('link.md')).toEqual({ text: '# orders\n' })
    expect(gh.server.requests.slice(before).map(r => r.path)).toEqual([
      `/repos/acme/orders-service/git/blobs/${blobSha(repo.head, 'link.md')}`,
      `/repos/acme/orders-service/git/blobs/${blobSha(repo.head, 'README.md')}`
    ])
  })

  it('throws when the tree cannot be listed: there would be nothing to scan', async () => {
    await expect(gh.open('f'.repeat(40))).rejects.toThrow(
      /^could not list the files of commit fffffff through the GitHub API: Not Found/
    )
  })
})

describe('GitHubTreeSource over a tree GitHub truncates', () => {
  it('lists folder by folder, never the folders the gate skips, and finds every file', async () => {
    // More entries than the whole tree's limit, fewer than any one folder's.
    const gh = await github(15)
    try {
      const source = await gh.open(repo.base)
      expect(await source.list()).toEqual(
        await (await GitRevisionSource.open(repo.root, repo.base)).list()
      )
      const trees = treeRequests(gh.server)
      expect(trees[0]?.query.recursive).toBe('1')
      expect(trees.slice(1).every(r => r.query.recursive === undefined && r.status === 200)).toBe(
        true
      )
      // Every folder once (the root by its commit), except node_modules.
      const folders = [...NAMES, 'src', 'infra', 'docs', 'vendor']
      const shas = folders.map(folder => git(repo.root, 'rev-parse', `${repo.base}:${folder}`))
      expect(
        trees
          .slice(1)
          .map(r => r.path.split('/').pop())
          .sort()
      ).toEqual([repo.base, ...shas].sort())
      expect(gh.log.infos.some(m => m.includes('listing it folder by folder'))).toBe(true)
      expect(gh.log.warnings).toEqual([])
    } finally {
      await gh.server.close()
    }
  })

  it('throws when even one folder is too large for GitHub to list', async () => {
    const gh = await github(5)
    try {
      await expect(gh.open(repo.base)).rejects.toThrow(
        `could not list the files of commit ${repo.base.slice(0, 7)} through the GitHub API: ` +
          'GitHub lists only part of the root folder: it holds too many files'
      )
    } finally {
      await gh.server.close()
    }
  })
})

describe('GitHubTreeSource when one file cannot be downloaded', () => {
  it('reports that file with a diagnostic and reads the others', async () => {
    const { root, cleanup } = tempRepo({})
    try {
      initRepo(root)
      const sha = commit(root, { 'a.yml': 'a: 1\n', 'b.yml': 'b: 2\n' }, 'two files')
      const server = await createGitHubServer({
        repoDir: root,
        owner: 'acme',
        repo: 'orders-service',
        token: TOKEN,
        pulls: []
      })
      try {
        const repository = {
          owner: 'acme',
          repo: 'orders-service',
          apiUrl: server.url,
          serverUrl: ''
        }
        const log = recorder()
        const client: GitHubClient = createGitHubClient(TOKEN, repository, log.logger)
        const source = await GitHubTreeSource.open(client, repository, sha, {}, log.logger)
        // The blob disappears from the repository after the tree was listed: GitHub answers 404.
        const lost = git(root, 'rev-parse', `${sha}:a.yml`)
        rmSync(join(root, '.git', 'objects', lost.slice(0, 2), lost.slice(2)))
        expect(await source.read('a.yml')).toEqual({
          diagnostic: expect.objectContaining({
            file: 'a.yml',
            code: 'read-error',
            severity: 'error',
            message: expect.stringMatching(/^could not be read through the GitHub API: Not Found/)
          })
        })
        expect(await source.read('b.yml')).toEqual({ text: 'b: 2\n' })
      } finally {
        await server.close()
      }
    } finally {
      cleanup()
    }
  })
})

describe('a scan over the GitHub API', () => {
  const scan = async (base: FileSource, head: FileSource): Promise<ScanResult> => {
    const config = parseConfigText('.serverless-gate.yml', '')
    return runScan({
      base,
      head,
      config,
      settings: resolveSettings({}, config),
      now: new Date('2026-11-22T00:00:00Z')
    })
  }
  const comparable = (r: ScanResult) => ({
    mode: r.mode,
    decision: r.decision,
    reasons: r.reasons,
    findings: r.findings,
    changes: r.changes,
    diagnostics: r.diagnostics,
    errors: r.errors,
    services: r.models.head.services.length
  })

  it('finds what the scan of the local commits finds, downloading only the files it reads', async () => {
    const gh = await github()
    try {
      const options = { maxFileBytes: 1024 * 1024 }
      const overApi = await scan(
        await gh.open(repo.base, { ...options, ref: 'base' }),
        await gh.open(repo.head, { ...options, ref: 'head' })
      )
      const overGit = await scan(
        await GitRevisionSource.open(repo.root, repo.base, options),
        await GitRevisionSource.open(repo.root, repo.head, options)
      )
      expect(comparable(overApi)).toEqual(comparable(overGit))
      expect(overApi.findings.filter(f => f.status === 'new').length).toBeGreaterThan(0)
      expect(overApi.findings.filter(f => f.status === 'fixed').length).toBeGreaterThan(0)
      const downloaded = new Set(blobRequests(gh.server))
      const never = ['README.md', 'src/handler.js', 'docs/guide.md', 'infra/large.template.yaml']
      for (const path of never) expect(downloaded).not.toContain(blobSha(repo.head, path))
      for (const name of NAMES)
        expect(downloaded).toContain(blobSha(repo.head, `${name}/serverless.yml`))
    } finally {
      await gh.server.close()
    }
  })
})

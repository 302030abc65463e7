import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import type { Logger } from '../../src/core/logger.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { fetchChangedFiles, type ChangedFiles } from '../../src/github/pull-request.js'
import { git, initRepo } from '../helpers/git-repo.js'
import { createGitHubServer, type GitHubServer } from '../helpers/github-server/server.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

const OWNER = 'acme'
const REPO = 'orders-service'
const TOKEN = 'ghs_pull_request_files_test'
const silent = { debug() {}, info() {}, warn() {}, error() {} }

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
const numbered = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join('')

interface Change {
  write?: Record<string, string | Uint8Array>
  remove?: string[]
  rename?: [string, string][]
}

/** `main` with the base files, `feature` with the change, both committed by real git. */
function pullRepo(baseFiles: Record<string, string | Uint8Array>, change: Change) {
  const { root, cleanup } = tempRepo(baseFiles)
  initRepo(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
  git(root, 'checkout', '-q', '-b', 'feature')
  for (const [from, to] of change.rename ?? []) git(root, 'mv', from, to)
  for (const path of change.remove ?? []) rmSync(join(root, path))
  writeFiles(root, change.write ?? {})
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'change')
  const head = git(root, 'rev-parse', 'HEAD')
  git(root, 'checkout', '-q', 'main')
  return { root, head, cleanup }
}

async function serve(root: string): Promise<GitHubServer> {
  return createGitHubServer({
    repoDir: root,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    rateLimit: 1_000_000,
    pulls: [{ number: 7, baseRef: 'main', headRef: 'feature' }]
  })
}

function recorder(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = []
  return { warnings, logger: { info() {}, debug() {}, warning: m => void warnings.push(m) } }
}

const repositoryOf = (server: GitHubServer): Repository => ({
  owner: OWNER,
  repo: REPO,
  apiUrl: server.url,
  serverUrl: 'https://github.com'
})

describe('fetchChangedFiles on a pull request of 250 files', () => {
  const generated = Object.fromEntries(
    Array.from({ length: 241 }, (_, i) => [`functions/fn-${i}.yml`, `name: fn-${i}\n`])
  )
  let repo: ReturnType<typeof pullRepo>
  let server: GitHubServer
  let result: ChangedFiles
  let warnings: string[]

  beforeAll(async () => {
    repo = pullRepo(
      {
        ...examples('base'),
        'handler.js': 'exports.handler = () => 1\n',
        'old.ts': numbered(30, 'ts')
      },
      {
        write: {
          ...examples('head'),
          'new.ts': numbered(30, 'ts').replace('ts 15\n', 'ts fifteen\n'),
          'logo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0]),
          'data/big.csv': numbered(25_000, 'row'),
          ...generated
        },
        remove: ['handler.js'],
        rename: [['old.ts', 'new.ts']]
      }
    )
    server = await serve(repo.root)
    const log = recorder()
    warnings = log.warnings
    const client = createGitHubClient(TOKEN, repositoryOf(server), log.logger)
    result = await fetchChangedFiles(client, repositoryOf(server), 7, log.logger)
  })

  afterAll(async () => {
    await server?.close()
    repo?.cleanup()
  })

  it('reads every page, 100 files at a time, and the pull request for its file count', () => {
    expect(result).toMatchObject({ truncated: false, source: 'api' })
    expect(result.files.size).toBe(250)
    expect(warnings).toEqual([])
    const pages = server.requests.filter(r => r.path.endsWith('/pulls/7/files'))
    expect(pages.map(r => [r.status, r.query.per_page, r.query.page])).toEqual([
      [200, '100', undefined],
      [200, '100', '2'],
      [200, '100', '3']
    ])
    expect(server.requests.some(r => r.path === `/repos/${OWNER}/${REPO}/pulls/7`)).toBe(true)
  })

  it('gives each file its status, and a renamed file its previous path', () => {
    const files = result.files
    expect(files.get('new.ts')).toMatchObject({ status: 'renamed', previousPath: 'old.ts' })
    expect(files.get('handler.js')).toMatchObject({ status: 'removed', commentable: new Set() })
    expect(files.get('functions/fn-7.yml')).toMatchObject({
      status: 'added',
      commentable: new Set([1])
    })
    for (const name of NAMES) expect(files.get(`${name}/serverless.yml`)?.status).toBe('modified')
    expect(files.get('new.ts')?.previousPath).toBe('old.ts')
    expect(files.get('handler.js')).not.toHaveProperty('previousPath')
  })

  it('gives files GitHub shows no diff for (binary, over 20,000 lines) no commentable lines', () => {
    expect(result.files.get('logo.png')).toMatchObject({ status: 'added', commentable: new Set() })
    expect(result.files.get('data/big.csv')).toMatchObject({
      status: 'added',
      commentable: new Set()
    })
  })

  it('calls commentable exactly the lines on which GitHub accepts a review comment', async () => {
    // The reviewer is a plain client: the gate's own paces writes to one a second.
    const reviewer = new Octokit({ auth: TOKEN, baseUrl: server.url, log: silent })
    const review = (comments: { path: string; line: number }[]) =>
      reviewer.rest.pulls.createReview({
        owner: OWNER,
        repo: REPO,
        pull_number: 7,
        commit_id: repo.head,
        event: 'COMMENT',
        comments: comments.map(c => ({ ...c, side: 'RIGHT' as const, body: `line ${c.line}` }))
      })
    const paths = [...NAMES.map(name => `${name}/serverless.yml`), 'new.ts', 'functions/fn-7.yml']
    const onDiff: { path: string; line: number }[] = []
    const offDiff: { path: string; line: number }[] = [
      { path: 'logo.png', line: 1 },
      { path: 'data/big.csv', line: 1 },
      { path: 'handler.js', line: 1 }
    ]
    for (const path of paths) {
      const commentable = result.files.get(path)?.commentable ?? new Set<number>()
      expect(commentable.size).toBeGreaterThan(0)
      for (const line of commentable) onDiff.push({ path, line })
      // Every line next to a commentable one but not commentable itself, and the first line.
      const lines = [...commentable].flatMap(line => [line - 1, line + 1])
      for (const line of new Set([1, ...lines]))
        if (line >= 1 && !commentable.has(line)) offDiff.push({ path, line })
    }
    // GitHub refuses a whole review if one comment is off the diff: one review takes them all.
    expect((await review(onDiff)).status).toBe(200)
    expect(server.state.reviewComments).toHaveLength(onDiff.length)
    for (const comment of offDiff) {
      await expect(review([comment])).rejects.toMatchObject({
        status: 422,
        response: {
          data: { errors: [expect.stringContaining('review thread line must be part of the diff')] }
        }
      })
    }
    expect(offDiff.length).toBeGreaterThan(paths.length * 2)
  })

  it('throws when the API refuses: the caller decides how to go on', async () => {
    const client = createGitHubClient(TOKEN, repositoryOf(server), recorder().logger)
    await expect(
      fetchChangedFiles(client, repositoryOf(server), 99, recorder().logger)
    ).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('fetchChangedFiles over GitHub’s 3,000-file cap', () => {
  it('flags the list as truncated and warns when GitHub leaves files out', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [`m/${i}.txt`, `${i}\n`])
    )
    const repo = pullRepo({ 'README.md': 'orders\n' }, { write: many })
    const server = await serve(repo.root)
    try {
      const log = recorder()
      const client = createGitHubClient(TOKEN, repositoryOf(server), log.logger)
      const result = await fetchChangedFiles(client, repositoryOf(server), 7, log.logger)
      expect(result.files.size).toBe(3000)
      expect(result.truncated).toBe(true)
      expect(log.warnings).toEqual([
        'pull request #7 changes 3005 files but GitHub lists only 3000: both commits are still compared whole, but findings in the files it leaves out are reported without review comments, and one of them moved with edits may show as removed and added'
      ])
      expect(server.requests.filter(r => r.path.endsWith('/pulls/7/files'))).toHaveLength(30)
    } finally {
      await server.close()
      repo.cleanup()
    }
  })
})

import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/sources/errors.js'
import { silentLogger } from '../../src/core/logger.js'
import { createGitHubClient } from '../../src/github/client.js'
import { fetchChangedFiles, type ChangedFiles } from '../../src/github/pull-request.js'
import { changedFilesFromGit } from '../../src/github/local-diff.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { createGitHubServer } from '../helpers/github-server/server.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

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

/** Paths git must quote in a diff header, or that hold spaces, which make the header ambiguous. */
const ODD = ['dir with space/serverless.yml', 'quo"te.yml', 'tab\tname.yml', 'ünïcode.yml']
const oddFiles = (suffix: string) =>
  Object.fromEntries(ODD.map(path => [path, numbered(12, 'key').replace('key 6\n', suffix)]))

/** All of a result as plain data, for comparison. */
const plain = (result: ChangedFiles) =>
  [...result.files.values()]
    .map(file => ({ ...file, commentable: [...file.commentable].sort((a, b) => a - b) }))
    .sort((a, b) => a.path.localeCompare(b.path))

/**
 * `main` at the base, `feature` with the change, then `main` moving on (as it does while a pull
 * request is open): the pull request is the change since the merge base.
 */
function buildPullRepo() {
  const { root, cleanup } = tempRepo({})
  initRepo(root)
  const base = commit(
    root,
    {
      ...examples('base'),
      ...oddFiles('key 6\n'),
      'handler.js': 'exports.handler = () => 1\n',
      'old.ts': numbered(30, 'ts'),
      'scripts/deploy.sh': 'echo deploy\n',
      'README.md': 'orders\n'
    },
    'base'
  )
  git(root, 'checkout', '-q', '-b', 'feature')
  git(root, 'mv', 'old.ts', 'new.ts')
  rmSync(join(root, 'handler.js'))
  writeFiles(root, {
    ...examples('head'),
    ...oddFiles('key six\n'),
    'new.ts': numbered(30, 'ts').replace('ts 15\n', 'ts fifteen\n'),
    'logo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0]),
    'data/big.csv': numbered(25_000, 'row')
  })
  chmodSync(join(root, 'scripts/deploy.sh'), 0o755)
  const head = commit(root, {}, 'change')
  git(root, 'checkout', '-q', 'main')
  const mainLater = commit(root, { 'README.md': 'orders, v2\n', 'main-only.yml': 'a: 1\n' }, 'main')
  return { root, base, head, mainLater, cleanup }
}

describe('changedFilesFromGit', () => {
  let repo: ReturnType<typeof buildPullRepo>
  let result: ChangedFiles

  beforeAll(async () => {
    repo = buildPullRepo()
    result = await changedFilesFromGit(repo.root, repo.mainLater, repo.head)
  })
  afterAll(() => repo?.cleanup())

  it('lists what the branch changed since the merge base, not what the base branch did since', () => {
    expect(result).toMatchObject({ source: 'git', truncated: false })
    expect(result.files.has('README.md')).toBe(false)
    expect(result.files.has('main-only.yml')).toBe(false)
    expect(plain(result).map(f => [f.path, f.status, f.previousPath])).toEqual(
      [
        ...NAMES.map(name => [`${name}/serverless.yml`, 'modified', undefined]),
        ...ODD.map(path => [path, 'modified', undefined]),
        ['data/big.csv', 'added', undefined],
        ['handler.js', 'removed', undefined],
        ['logo.png', 'added', undefined],
        ['new.ts', 'renamed', 'old.ts'],
        ['scripts/deploy.sh', 'changed', undefined]
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    )
  })

  it('gives the lines of each hunk, and none to binary, mode-only, removed and huge diffs', () => {
    const lines = (path: string) => [...(result.files.get(path)?.commentable ?? [])]
    expect(lines('new.ts').sort((a, b) => a - b)).toEqual([12, 13, 14, 15, 16, 17, 18])
    expect(lines('aws-node-recursive-function/serverless.yml')).toHaveLength(22)
    for (const path of ODD) expect(lines(path).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9])
    for (const path of ['logo.png', 'scripts/deploy.sh', 'handler.js', 'data/big.csv'])
      expect(lines(path)).toEqual([])
  })

  it('agrees with the pull request files API on every file, status and commentable line', async () => {
    const server = await createGitHubServer({
      repoDir: repo.root,
      owner: 'acme',
      repo: 'orders-service',
      token: 'ghs_git_diff_test',
      pulls: [{ number: 3, baseRef: 'main', headRef: 'feature' }]
    })
    try {
      const repository = {
        owner: 'acme',
        repo: 'orders-service',
        apiUrl: server.url,
        serverUrl: ''
      }
      const client = createGitHubClient('ghs_git_diff_test', repository, silentLogger)
      const api = await fetchChangedFiles(client, repository, 3, silentLogger)
      expect(api.files.size).toBe(result.files.size)
      expect(plain(result)).toEqual(plain(api))
    } finally {
      await server.close()
    }
  })

  it("ignores the repository's diff settings and runs none of the programs they name", async () => {
    const marker = join(repo.root, '..', `ran-${process.pid}-${Date.now()}`)
    const script = join(repo.root, '.git', 'tool.sh')
    writeFiles(repo.root, { '.git/tool.sh': `#!/bin/sh\necho ran >> '${marker}'\ncat "$1"\n` })
    chmodSync(script, 0o755)
    writeFiles(repo.root, { '.git/info/attributes': '* diff=tool\n' })
    const settings: [string, string][] = [
      ['diff.external', script],
      ['diff.tool.textconv', script],
      ['diff.tool.command', script],
      ['core.fsmonitor', script],
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.context', '0'],
      ['diff.interHunkContext', '20'],
      ['diff.suppressBlankEmpty', 'true'],
      ['diff.relative', 'true'],
      ['diff.renames', 'false'],
      ['diff.algorithm', 'patience'],
      ['diff.indentHeuristic', 'false'],
      ['color.diff', 'always'],
      ['core.quotePath', 'true']
    ]
    try {
      for (const [key, value] of settings) git(repo.root, 'config', key, value)
      const hostile = await changedFilesFromGit(repo.root, repo.mainLater, repo.head)
      expect(plain(hostile)).toEqual(plain(result))
      expect(existsSync(marker)).toBe(false)
    } finally {
      for (const [key] of settings) git(repo.root, 'config', '--unset', key)
      rmSync(join(repo.root, '.git/info/attributes'))
      rmSync(marker, { force: true })
    }
  })

  it('refuses a commit the checkout does not hold, and revisions that look like options', async () => {
    const missing = changedFilesFromGit(repo.root, 'f'.repeat(40), repo.head)
    await expect(missing).rejects.toThrow(ConfigError)
    await expect(missing).rejects.toThrow(/commit ffffffffffff is not in the git history/)
    const output = join(repo.root, '..', `out-${process.pid}`)
    await expect(changedFilesFromGit(repo.root, `--output=${output}`, repo.head)).rejects.toThrow(
      ConfigError
    )
    await expect(changedFilesFromGit(repo.root, repo.base, 'main feature')).rejects.toThrow(
      ConfigError
    )
    expect(existsSync(output)).toBe(false)
  })
})

describe('changedFilesFromGit on unusual entries', () => {
  it('keeps a type change, a newline in a name and a submodule as one entry each', async () => {
    const { root, cleanup } = tempRepo({})
    try {
      initRepo(root)
      const base = commit(root, { 'link.yml': 'a: 1\n', 'plain.yml': 'x: 1\n' }, 'base')
      rmSync(join(root, 'link.yml'))
      symlinkSync('plain.yml', join(root, 'link.yml'))
      writeFiles(root, { 'new\nline.yml': 'b: 2\nc: 3\n', 'plain.yml': 'x: 2\n' })
      git(root, 'add', '-A')
      git(root, 'update-index', '--add', '--cacheinfo', `160000,${base},vendor/sub`)
      git(root, 'commit', '-q', '-m', 'change')
      const head = git(root, 'rev-parse', 'HEAD')
      const result = await changedFilesFromGit(root, base, head)
      expect(plain(result)).toEqual([
        { path: 'link.yml', status: 'changed', commentable: [1] },
        { path: 'new\nline.yml', status: 'added', commentable: [1, 2] },
        { path: 'plain.yml', status: 'modified', commentable: [1] },
        { path: 'vendor/sub', status: 'added', commentable: [1] }
      ])
    } finally {
      cleanup()
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { git } from '../helpers/git-repo.js'
import { lines, repoParams, startPull, type PullFixture } from './support.js'

const serverless = lines(40, 'config')
const changedServerless = serverless
  .replace('config 10\n', 'config 10 changed\n')
  .replace('config 30\n', 'config 30 changed\nconfig 30b\n')
const added = Object.fromEntries(
  Array.from({ length: 245 }, (_, i) => [
    `functions/fn-${String(i).padStart(3, '0')}.yml`,
    `name: fn-${i}\n`
  ])
)

let fixture: PullFixture

beforeAll(async () => {
  fixture = await startPull(
    {
      'serverless.yml': serverless,
      'handler.js': 'exports.handler = () => 1\n',
      'old-name.ts': lines(20, 'ts')
    },
    {
      write: {
        'serverless.yml': changedServerless,
        'new-name.ts': lines(20, 'ts').replace('ts 20\n', 'ts twenty\n'),
        'logo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0]),
        'data/big.csv': lines(25_000, 'row'),
        ...added
      },
      remove: ['handler.js'],
      rename: [['old-name.ts', 'new-name.ts']]
    }
  )
})

afterAll(async () => fixture?.close())

const params = { ...repoParams, pull_number: 7 }

describe('pull request files', () => {
  it('pages 250 changed files with GitHub Link headers that octokit.paginate follows', async () => {
    const { octokit, server } = fixture
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 })
    expect(files).toHaveLength(250)
    expect(new Set(files.map(file => file.filename)).size).toBe(250)
    const pages = server.requests.filter(r => r.path.endsWith('/pulls/7/files'))
    expect(pages.map(r => r.path)).toEqual([
      '/repos/acme/orders-service/pulls/7/files',
      '/repositories/1296269/pulls/7/files',
      '/repositories/1296269/pulls/7/files'
    ])
    expect(pages.map(r => r.query.page)).toEqual([undefined, '2', '3'])
  })

  it('sends next/last on the first page and prev/first on later pages', async () => {
    const { octokit, server } = fixture
    const first = await octokit.rest.pulls.listFiles(params)
    expect(first.data).toHaveLength(30)
    const base = `${server.url}/repositories/1296269/pulls/7/files`
    expect(first.headers.link).toBe(`<${base}?page=2>; rel="next", <${base}?page=9>; rel="last"`)
    const middle = await octokit.rest.pulls.listFiles({ ...params, per_page: 100, page: 2 })
    expect(middle.headers.link).toBe(
      `<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=3>; rel="next", ` +
        `<${base}?per_page=100&page=3>; rel="last", <${base}?per_page=100&page=1>; rel="first"`
    )
    const capped = await octokit.rest.pulls.listFiles({ ...params, per_page: 500 })
    expect(capped.data).toHaveLength(100)
  })

  it('gives each file its status, counts and the real hunk text of git diff', async () => {
    const { octokit, root, base, head } = fixture
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 })
    const byName = new Map(files.map(file => [file.filename, file]))
    const gitPatch = git(root, 'diff', `${base}...${head}`, '--', 'serverless.yml')
    const serverlessFile = byName.get('serverless.yml')
    expect(serverlessFile).toMatchObject({
      status: 'modified',
      additions: 3,
      deletions: 2,
      changes: 5
    })
    expect(serverlessFile?.patch).toBe(gitPatch.slice(gitPatch.indexOf('@@')))
    expect(serverlessFile?.patch?.match(/^@@ /gm)).toHaveLength(2)
    expect(serverlessFile?.sha).toBe(git(root, 'rev-parse', `${head}:serverless.yml`))
    expect(byName.get('handler.js')).toMatchObject({
      status: 'removed',
      deletions: 1,
      sha: git(root, 'rev-parse', `${base}:handler.js`)
    })
    expect(byName.get('new-name.ts')).toMatchObject({
      status: 'renamed',
      previous_filename: 'old-name.ts',
      additions: 1,
      deletions: 1
    })
    expect(byName.get('new-name.ts')?.patch).toContain('+ts twenty')
    expect(byName.get('functions/fn-007.yml')).toMatchObject({
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+name: fn-7'
    })
  })

  it('omits the patch of binary files and of diffs over 20,000 lines, keeping the counts', async () => {
    const { octokit } = fixture
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 })
    const logo = files.find(file => file.filename === 'logo.png')
    const big = files.find(file => file.filename === 'data/big.csv')
    expect(logo).toMatchObject({ status: 'added', additions: 0, deletions: 0 })
    expect(logo).not.toHaveProperty('patch')
    expect(big).toMatchObject({ status: 'added', additions: 25_000 })
    expect(big).not.toHaveProperty('patch')
  })

  it('describes the pull request from git: refs, commits and changed files', async () => {
    const { octokit, base, head } = fixture
    const { data: pull } = await octokit.rest.pulls.get(params)
    expect(pull).toMatchObject({
      number: 7,
      state: 'open',
      title: 'Add the orders API',
      draft: false,
      changed_files: 250,
      commits: 1,
      base: { ref: 'main', sha: base, repo: { full_name: 'acme/orders-service', fork: false } },
      head: { ref: 'feature', sha: head, repo: { full_name: 'acme/orders-service' } }
    })
    const { data: repo } = await octokit.rest.repos.get(repoParams)
    expect(repo).toMatchObject({ full_name: 'acme/orders-service', default_branch: 'main' })
    const event = fixture.server.pullRequestEvent(7)
    expect(event).toMatchObject({
      action: 'synchronize',
      number: 7,
      repository: { full_name: 'acme/orders-service' }
    })
    expect(event.pull_request).toEqual(pull)
  })

  it('answers the diff media type with the three-dot diff text', async () => {
    const { octokit, root, base, head } = fixture
    const { data } = await octokit.rest.pulls.get({ ...params, mediaType: { format: 'diff' } })
    expect(typeof data).toBe('string')
    expect((data as unknown as string).trim()).toBe(git(root, 'diff', '-M', `${base}...${head}`))
  })

  it('answers 404 Not Found for a pull request it does not serve', async () => {
    const { octokit } = fixture
    await expect(octokit.rest.pulls.get({ ...repoParams, pull_number: 99 })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found', status: '404' } }
    })
  })
})

describe('pull requests with more than 3,000 files', () => {
  it('lists only the first 3,000, as GitHub does, while changed_files counts all', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [`m/${i}.txt`, `${i}\n`])
    )
    const big = await startPull({ 'README.md': 'hi\n' }, { write: many })
    try {
      const files = await big.octokit.paginate(big.octokit.rest.pulls.listFiles, {
        ...params,
        per_page: 100
      })
      expect(files).toHaveLength(3000)
      const { data: pull } = await big.octokit.rest.pulls.get(params)
      expect(pull.changed_files).toBe(3005)
    } finally {
      await big.close()
    }
  })
})

import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { createGitHubClient, type Repository } from '../../src/github/client.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { GitRevisionSource } from '../../src/sources/git.js'
import { GitHubTreeSource } from '../../src/github/tree-source.js'
import type { FileSource } from '../../src/sources/types.js'
import { git, initRepo } from '../helpers/git-repo.js'
import { createGitHubServer, type GitHubServer } from '../helpers/github-server/server.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * A folder that is a symbolic link is read through, as a checkout reads it: a service that
 * includes `conf/iam.yml` where `conf` links to a shared folder gets the same statements from a
 * commit, from the GitHub API and from the working tree.
 */
const TOKEN = 'ghs_folder_links_test'

const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements: \${file(./conf/iam.yml)}
functions:
  api:
    handler: handler.main
`
const ADMIN = `- Effect: Allow
  Action: '*'
  Resource: '*'
`

let repo: ReturnType<typeof tempRepo>
let sha: string
let server: GitHubServer
let remote: (sha: string) => Promise<FileSource>

beforeAll(async () => {
  repo = tempRepo({
    'services/orders/serverless.yml': SERVICE,
    'shared/policies/iam.yml': ADMIN
  })
  initRepo(repo.root)
  symlinkSync('../../shared/policies', join(repo.root, 'services/orders/conf'))
  mkdirSync(join(repo.root, 'services/escape'))
  symlinkSync('/etc', join(repo.root, 'services/escape/up'))
  symlinkSync('../policies-gone', join(repo.root, 'shared/dangling'))
  git(repo.root, 'add', '-A')
  git(repo.root, 'commit', '-q', '-m', 'folder links')
  sha = git(repo.root, 'rev-parse', 'HEAD')
  server = await createGitHubServer({
    repoDir: repo.root,
    owner: 'acme',
    repo: 'orders',
    token: TOKEN,
    rateLimit: 100_000,
    pulls: []
  })
  const repository: Repository = {
    owner: 'acme',
    repo: 'orders',
    apiUrl: server.url,
    serverUrl: 'https://github.com'
  }
  const quiet = { debug() {}, info() {}, warning() {} }
  const client = createGitHubClient(TOKEN, repository, quiet)
  remote = s => GitHubTreeSource.open(client, repository, s, {}, quiet)
})

afterAll(async () => {
  await server?.close()
  repo?.cleanup()
})

const sides = async (): Promise<[string, FileSource][]> => [
  ['commit', await GitRevisionSource.open(repo.root, sha)],
  ['GitHub API', await remote(sha)],
  ['working tree', new DirectorySource(repo.root)]
]

describe('folders that are symbolic links', () => {
  it('are read through when they lead to a folder of the repository', async () => {
    for (const [name, source] of await sides()) {
      const read = await source.read('services/orders/conf/iam.yml')
      expect({ name, read }).toEqual({ name, read: { text: ADMIN } })
    }
  })

  it('are an error located at the path when they leave the repository or lead nowhere', async () => {
    for (const [, source] of await sides()) {
      const away = await source.read('services/escape/up/passwd')
      expect('diagnostic' in away && away.diagnostic).toMatchObject({
        file: 'services/escape/up/passwd',
        code: 'outside-root',
        severity: 'error'
      })
    }
    for (const source of [await GitRevisionSource.open(repo.root, sha), await remote(sha)]) {
      const dangling = await source.read('shared/dangling/iam.yml')
      expect('diagnostic' in dangling && dangling.diagnostic).toMatchObject({
        file: 'shared/dangling/iam.yml',
        code: 'broken-link',
        message: 'symbolic link to ../policies-gone, which is not a file of this commit: not read'
      })
    }
  })

  it('give a scan of the commit the findings of the working tree, not a missing include', async () => {
    const config = parseConfigText('.serverless-gate.yml', '')
    const scan = (head: FileSource): Promise<ScanResult> =>
      runScan({ head, config, settings: resolveSettings({ scanners: ['iac'] }, config) })
    const results = await Promise.all((await sides()).map(([, source]) => scan(source)))
    const summary = (r: ScanResult) => ({
      errors: r.errors,
      findings: r.findings.map(f => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort()
    })
    const [commit, api, workTree] = results.map(summary)
    expect(commit?.findings).toContain('iam-admin-access services/orders/conf/iam.yml:2')
    expect(commit).toEqual(workTree)
    expect(api).toEqual(workTree)
  })
})

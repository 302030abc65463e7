import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { git, initRepo } from '../helpers/git-repo.js'
import {
  createGitHubServer,
  type GitHubServer,
  type GitHubServerOptions
} from '../helpers/github-server/server.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

export const OWNER = 'acme'
export const REPO = 'orders-service'
export const TOKEN = 'ghs_write_token_for_tests'
export const READ_ONLY_TOKEN = 'ghs_fork_token_for_tests'

export interface Change {
  write?: Record<string, string | Uint8Array>
  remove?: string[]
  rename?: [from: string, to: string][]
}

export interface PullFixture {
  root: string
  base: string
  head: string
  server: GitHubServer
  /** An `@octokit/rest` client with the write token and no retries. */
  octokit: Octokit
  close(): Promise<void>
}

/** A repository with `main` (the base files) and `feature` (the change), committed by real git. */
export function makeRepo(baseFiles: Record<string, string | Uint8Array>, change: Change) {
  const { root, cleanup } = tempRepo(baseFiles)
  initRepo(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
  const base = git(root, 'rev-parse', 'HEAD')
  git(root, 'checkout', '-q', '-b', 'feature')
  for (const [from, to] of change.rename ?? []) git(root, 'mv', from, to)
  for (const path of change.remove ?? []) rmSync(join(root, path))
  writeFiles(root, change.write ?? {})
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'change')
  const head = git(root, 'rev-parse', 'HEAD')
  git(root, 'checkout', '-q', 'main')
  return { root, base, head, cleanup }
}

export async function startPull(
  baseFiles: Record<string, string | Uint8Array>,
  change: Change,
  options: Partial<GitHubServerOptions> = {}
): Promise<PullFixture> {
  const { root, base, head, cleanup } = makeRepo(baseFiles, change)
  const server = await createGitHubServer({
    repoDir: root,
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    readOnlyTokens: [READ_ONLY_TOKEN],
    pulls: [{ number: 7, baseRef: 'main', headRef: 'feature', title: 'Add the orders API' }],
    ...options
  })
  const octokit = restClient(server)
  return {
    root,
    base,
    head,
    server,
    octokit,
    close: async () => {
      await server.close()
      cleanup()
    }
  }
}

export function restClient(server: GitHubServer, auth = TOKEN): Octokit {
  return new Octokit({ auth, baseUrl: server.url, log: silentLog })
}

/** Keeps expected 4xx answers out of the test output. */
export const silentLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

export const repoParams = { owner: OWNER, repo: REPO }

/** `count` numbered lines, `prefix` on each. */
export const lines = (count: number, prefix = 'line') =>
  Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`).join('\n') + '\n'

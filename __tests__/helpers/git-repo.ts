import { execFileSync } from 'node:child_process'
import { writeFiles } from './temp-repo.js'

/** Runs git in a test repository with a fixed identity and no user or system config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  }).trim()
}

export function initRepo(root: string): void {
  git(root, 'init', '-q', '-b', 'main')
}

/** Writes the files and commits them; returns the commit id. */
export function commit(root: string, files: Record<string, string>, message: string): string {
  writeFiles(root, files)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', message)
  return git(root, 'rev-parse', 'HEAD')
}

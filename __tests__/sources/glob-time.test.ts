import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { parseConfigText } from '../../src/policy/config/load.js'
import { globMatcher } from '../../src/sources/paths.js'
import { GitRevisionSource } from '../../src/sources/git.js'
import { initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Glob matching backtracks: its time grows with a path segment's length to the power of the `*`
 * in a glob segment. A pull request's config and file names must not hold the scan with it.
 */
describe('globs matched in bounded time', () => {
  it('refuses a config glob segment with more than two `*`, naming the key', () => {
    const evil = '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'
    expect(() => parseConfigText('c.yml', `exclude-paths: ["${evil}"]\n`)).toThrow(
      /c\.yml:1: `exclude-paths\.0`: expected at most 2 `\*` in a glob segment/
    )
    expect(() => parseConfigText('c.yml', `paths: ["a/*x*y*z/b"]\n`)).toThrow(/`paths\.0`/)
    expect(() => parseConfigText('c.yml', `paths: ["**/a/**/a/**/b"]\n`)).toThrow(/`paths\.0`/)
    const ignore = `ignore:\n  - { rule: iam-wildcard-action, path: "${evil}", reason: r }\n`
    expect(() => parseConfigText('c.yml', ignore)).toThrow(/`ignore\.0\.path`/)
    const fine = parseConfigText('c.yml', 'exclude-paths: ["**/*.test.*", "**/b*/**"]\n')
    expect(fine['exclude-paths']).toEqual(['**/*.test.*', '**/b*/**'])
  })

  it('matches no path with a segment longer than a file system allows, at once', () => {
    const match = globMatcher(['*a*b', 'docs/**'])
    // A million characters: even quadratic backtracking takes minutes.
    expect(match('a'.repeat(1_000_000))).toBe(false)
    // Two `**` (the most a config glob holds) over 4,000 folders: quadratic, and quick.
    const deep = globMatcher(['**/a/**/b'])
    expect(deep(Array(4_000).fill('a').join('/'))).toBe(false)
    expect(match('docs/readme.md')).toBe(true)
    expect(match(`${'a'.repeat(254)}b`)).toBe(true)
  })

  it('lists a git tree holding such a name without being held by the excludes', async () => {
    // No file system holds a 2,000-character name; a git tree written by hand does.
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const blob = gitWithInput(repo.root, 'x: 1\n', 'hash-object', '-w', '--stdin')
      const long = `${'a'.repeat(2000)}.yml`
      const tree = gitWithInput(
        repo.root,
        `100644 blob ${blob}\t${long}\n100644 blob ${blob}\tb.yml\n`,
        'mktree'
      )
      const sha = gitWithInput(repo.root, 'c', 'commit-tree', tree)
      // Options are not the config file: four `*` reach the matcher, and would take hours here.
      const excludePaths = ['*a*a*a*c']
      const source = await GitRevisionSource.open(repo.root, sha, { excludePaths })
      expect((await source.list()).map(p => p.length).sort((a, b) => a - b)).toEqual([5, 2004])
    } finally {
      repo.cleanup()
    }
  })
})

function gitWithInput(cwd: string, input: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    input,
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

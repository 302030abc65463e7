import { describe, expect, it } from '@jest/globals'
import { LOCKFILE_PARSERS, parserFor } from '../../src/deps/registry.js'

/** Names of every format, in folders and at the root, and files that are none of them. */
const PATHS = [
  ...LOCKFILE_PARSERS.flatMap(p => p.names ?? []).flatMap(n => [n, `svc/a/${n}`]),
  'requirements.txt',
  'svc/requirements-dev.txt',
  'requirements/prod.txt',
  'pylock.toml',
  'svc/pylock.dev.toml',
  'gradle.lockfile',
  'app/gradle/dependency-locks/compileClasspath.lockfile',
  'node_modules/x/package-lock.json',
  'web/node_modules/y/yarn.lock',
  'README.md',
  'package.json',
  'svc/serverless.yml',
  'bun.lockb',
  'Cargo.toml',
  'yarn.lock.bak'
]

describe('the parser for a path', () => {
  it('is the first format whose test accepts it, found by name where the name says it', () => {
    for (const path of PATHS) {
      const asked = path.includes('node_modules/')
        ? undefined
        : LOCKFILE_PARSERS.find(p => p.matches(path))
      expect([path, parserFor(path)?.id]).toEqual([path, asked?.id])
    }
    expect(parserFor('svc/a/poetry.lock')?.id).toBe('pypi/poetry-lock')
    expect(parserFor('bun.lockb')?.id).toBe('npm/bun-lockb')
  })

  it('no two formats claim the same file name', () => {
    const names = LOCKFILE_PARSERS.flatMap(p => p.names ?? [])
    expect(new Set(names).size).toBe(names.length)
  })
})

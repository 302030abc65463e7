import { describe, expect, it } from '@jest/globals'
import { LOCKFILE_PARSERS, parserFor, selectLockfiles } from '../../src/deps/registry.js'

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

describe('the parser for a path told by its ending', () => {
  it.each([
    ['requirements.txt', 'pypi/requirements'],
    ['REQUIREMENTS.TXT', 'pypi/requirements'],
    ['svc/Requirements-Dev.Txt', 'pypi/requirements'],
    ['requirements/prod.TXT', 'pypi/requirements'],
    ['svc/REQUIREMENTS/base.txt', 'pypi/requirements'],
    ['requirements.txt/notes.txt', undefined],
    ['requirements/prod.txt.bak', undefined],
    ['requirements/sub/prod.txt', undefined],
    ['svc/requirements', undefined],
    ['node_modules/x/requirements.txt', undefined],
    ['pylock.toml', 'pypi/pylock'],
    ['a.b/pylock.dev.toml', 'pypi/pylock'],
    ['pylock.a.b.toml', undefined],
    ['pylock..toml', undefined],
    ['xpylock.toml', undefined],
    ['pylock/x.toml', undefined],
    ['gradle.lockfile', 'maven/gradle-lockfile'],
    ['app/buildscript-gradle.lockfile', 'maven/gradle-lockfile'],
    ['gradle/dependency-locks/x.lockfile', 'maven/gradle-lockfile'],
    ['app/gradle/dependency-locks/.lockfile', 'maven/gradle-lockfile'],
    ['gradle/dependency-locks/x.lockfile.bak', undefined],
    ['xgradle.lockfile', undefined],
    ['dependency-locks/x.lockfile', undefined]
  ])('%s is read by %s', (path, id) => {
    expect(parserFor(path)?.id).toBe(id)
  })

  it('leaves out a package-lock.json beside a shrinkwrap only, at the root as in folders', () => {
    const listing = [
      'npm-shrinkwrap.json',
      'package-lock.json',
      'a/npm-shrinkwrap.json',
      'a/package-lock.json',
      'b/xnpm-shrinkwrap.json',
      'b/package-lock.json',
      'c/npm-shrinkwrap.json/package-lock.json',
      'd/x.package-lock.json'
    ]
    expect(selectLockfiles(listing)).toEqual([
      'npm-shrinkwrap.json',
      'a/npm-shrinkwrap.json',
      'b/package-lock.json',
      'c/npm-shrinkwrap.json/package-lock.json'
    ])
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  LOCKFILE_PARSERS,
  parseLockfile,
  parseLockfileBytes,
  parserFor,
  selectLockfiles
} from '../../src/deps/registry.js'
import { codes, fixture } from './helpers.js'

beforeAll(() => Promise.all(LOCKFILE_PARSERS.map(parser => parser.load?.())))

describe('parserFor', () => {
  it('picks one parser per file name', () => {
    const ids = Object.fromEntries(
      [
        'a/package-lock.json',
        'npm-shrinkwrap.json',
        'yarn.lock',
        'pnpm-lock.yaml',
        'requirements.txt',
        'Pipfile.lock',
        'poetry.lock',
        'uv.lock',
        'go.mod',
        'Cargo.lock',
        'Gemfile.lock',
        'composer.lock',
        'pom.xml',
        'gradle.lockfile',
        'packages.lock.json'
      ].map(path => [path, parserFor(path)?.id])
    )
    expect(ids).toEqual({
      'a/package-lock.json': 'npm/package-lock',
      'npm-shrinkwrap.json': 'npm/package-lock',
      'yarn.lock': 'npm/yarn-lock',
      'pnpm-lock.yaml': 'npm/pnpm-lock',
      'requirements.txt': 'pypi/requirements',
      'Pipfile.lock': 'pypi/pipfile-lock',
      'poetry.lock': 'pypi/poetry-lock',
      'uv.lock': 'pypi/uv-lock',
      'go.mod': 'go/go-mod',
      'Cargo.lock': 'rust/cargo-lock',
      'Gemfile.lock': 'ruby/gemfile-lock',
      'composer.lock': 'php/composer-lock',
      'pom.xml': 'maven/pom-xml',
      'gradle.lockfile': 'maven/gradle-lockfile',
      'packages.lock.json': 'nuget/packages-lock'
    })
    expect(parserFor('package.json')).toBeUndefined()
    expect(parserFor('go.sum')).toBeUndefined()
    expect(parserFor('node_modules/some-package/requirements.txt')).toBeUndefined()
    expect(new Set(LOCKFILE_PARSERS.map(p => p.id)).size).toBe(LOCKFILE_PARSERS.length)
  })
})

describe('parseLockfile', () => {
  it('parses by file name', () => {
    const result = parseLockfile('svc/go.mod', fixture('gomod', 'real/go.mod'))
    expect(result.packages).toHaveLength(8)
    expect(result.packages[0]?.location.file).toBe('svc/go.mod')
  })

  it('refuses files it does not read, and text that is not UTF-8', () => {
    expect(codes(parseLockfile('notes.md', 'hello'))).toEqual(['unsupported-file'])
    expect(codes(parseLockfile('requirements.txt', 'b\u0000o\u0000t\u0000o\u00003\u0000'))).toEqual(
      ['unsupported-encoding']
    )
  })

  it('decodes UTF-16 files saved with a byte order mark', () => {
    const text = 'boto3==1.28.0\r\nrequests==2.31.0\r\n'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const result = parseLockfileBytes('requirements.txt', utf16)
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'boto3@1.28.0:1',
      'requests@2.31.0:2'
    ])
  })

  it('never throws on truncated or garbled input, for any fixture and any parser', () => {
    const root = join(process.cwd(), '__tests__', 'fixtures', 'deps')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(f =>
      statSync(join(root, f)).isFile()
    )
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) {
      const [format = '', ...rest] = file.split('/')
      const text = fixture(format, rest.join('/'))
      for (const parser of LOCKFILE_PARSERS) {
        for (const cut of [0, 1, 17, Math.floor(text.length / 3), text.length - 1]) {
          const result = parser.parse(text.slice(0, cut), 'x')
          expect(Array.isArray(result.packages) && Array.isArray(result.diagnostics)).toBe(true)
        }
      }
    }
  })
})

describe('selectLockfiles', () => {
  it('keeps the lockfiles, preferring a shrinkwrap to a package-lock in the same folder', () => {
    expect(
      selectLockfiles([
        'a/package-lock.json',
        'a/npm-shrinkwrap.json',
        'b/package-lock.json',
        'b/package.json',
        'c/go.mod'
      ])
    ).toEqual(['a/npm-shrinkwrap.json', 'b/package-lock.json', 'c/go.mod'])
  })
})

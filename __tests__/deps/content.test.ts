import { beforeAll, describe, expect, it } from '@jest/globals'
import { LOCKFILE_PARSERS, parseLockfile } from '../../src/deps/registry.js'

beforeAll(() => Promise.all(LOCKFILE_PARSERS.map(parser => parser.load?.())))

/** One file name per format the scanner reads. */
const FILES = [
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'requirements.txt',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'pylock.toml',
  'go.mod',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'pom.xml',
  'gradle.lockfile',
  'packages.lock.json'
]

const NOT_THIS_FORMAT = 'this is not a lockfile!\n'

/** The errors of a parse, as `code@line`. */
const errors = (file: string, text: string) =>
  parseLockfile(file, text)
    .diagnostics.filter(d => d.severity === 'error')
    .map(d => `${d.code}@${d.line}`)

describe('content that is not what its name says', () => {
  it('covers every format', () => {
    expect(LOCKFILE_PARSERS.map(p => FILES.find(f => p.matches(f)) ?? p.id)).toEqual(
      expect.arrayContaining(FILES)
    )
    expect(FILES.map(f => LOCKFILE_PARSERS.findIndex(p => p.matches(f))).sort()).toEqual(
      LOCKFILE_PARSERS.map((_, i) => i).sort()
    )
  })

  it.each(FILES)('%s: a line of prose is an error, never an empty result', file => {
    const result = parseLockfile(file, NOT_THIS_FORMAT)
    expect(result.packages).toEqual([])
    expect(result.diagnostics.filter(d => d.severity === 'error').length).toBeGreaterThan(0)
    for (const d of result.diagnostics) expect(d).toMatchObject({ file, line: 1 })
  })

  it('go.mod: prose, or a line that is no directive, is named at its line', () => {
    expect(errors('go.mod', NOT_THIS_FORMAT)).toEqual(['parse-error@1'])
    expect(
      errors('go.mod', 'module example.com/app\n\ngo 1.22\n\nthis is not a directive\n')
    ).toEqual(['parse-error@5'])
    expect(parseLockfile('go.mod', '{}').diagnostics[0]?.message).toBe(
      'unknown directive "{}": not a go.mod line'
    )
  })

  it('a structurally valid file without a trace of its format is an error naming what was expected', () => {
    expect(parseLockfile('package-lock.json', '{}').diagnostics).toEqual([
      expect.objectContaining({
        code: 'unrecognised-content',
        severity: 'error',
        message:
          'this is not a package-lock.json: expected a "lockfileVersion" and "packages", found none, so nothing in it was checked'
      })
    ])
    expect(errors('Pipfile.lock', '{"name": "x"}')).toEqual(['unrecognised-content@1'])
    expect(errors('composer.lock', '{}')).toEqual(['unrecognised-content@1'])
    expect(errors('pnpm-lock.yaml', 'name: x\n')).toEqual(['no-packages@1'])
    expect(errors('poetry.lock', '[tool.other]\nx = 1\n')).toEqual(['unrecognised-content@1'])
    expect(errors('Cargo.lock', '[workspace]\nmembers = []\n')).toEqual(['unrecognised-content@1'])
    expect(errors('uv.lock', '[tool]\nx = 1\n')).toEqual(['unrecognised-content@1'])
    expect(errors('Gemfile.lock', 'hello\n  world\n')).toEqual(['unrecognised-content@1'])
    expect(errors('packages.lock.json', '{"x": 1}')).toEqual(['unrecognised-content@1'])
  })

  it.each([
    ['package-lock.json', '{"name":"a","lockfileVersion":3,"packages":{"":{"name":"a"}}}'],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\n"],
    ['Pipfile.lock', '{"_meta": {}, "default": {}, "develop": {}}'],
    ['poetry.lock', '[metadata]\nlock-version = "2.0"\n'],
    ['uv.lock', 'version = 1\n'],
    ['bun.lock', '{\n  "lockfileVersion": 1,\n  "workspaces": {},\n  "packages": {},\n}\n'],
    ['pdm.lock', '[metadata]\nlock_version = "4.5.0"\n'],
    ['pylock.toml', 'lock-version = "1.0"\n'],
    ['go.mod', 'module example.com/app\n\ngo 1.22\n'],
    ['Cargo.lock', 'version = 4\n'],
    ['Gemfile.lock', 'PLATFORMS\n  ruby\n\nBUNDLED WITH\n   2.5.3\n'],
    ['composer.lock', '{"packages": [], "packages-dev": []}'],
    ['gradle.lockfile', 'empty=\n'],
    ['packages.lock.json', '{"version": 1, "dependencies": {}}']
  ])('%s without dependencies is valid and quiet', (file, text) => {
    expect(parseLockfile(file, text).diagnostics).toEqual([])
  })

  it.each(['requirements.txt', 'yarn.lock', 'gradle.lockfile'])(
    '%s may be empty: said so in a note, not an error',
    file => {
      for (const text of ['', '\n', '# only a comment\n\n']) {
        expect(parseLockfile(file, text).diagnostics).toEqual([
          expect.objectContaining({
            code: 'empty-lockfile',
            severity: 'warning',
            message: 'empty: no dependencies to check'
          })
        ])
      }
    }
  )

  it.each(FILES.filter(f => !['requirements.txt', 'yarn.lock', 'gradle.lockfile'].includes(f)))(
    '%s is never empty: an empty one is an error',
    file => {
      const result = parseLockfile(file, '\n')
      expect(result.diagnostics.filter(d => d.severity === 'error').length).toBeGreaterThan(0)
    }
  )
})

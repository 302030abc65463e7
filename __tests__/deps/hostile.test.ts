import { describe, expect, it } from '@jest/globals'
import { loadParsersFor, parseLockfile } from '../../src/deps/registry.js'
import { codes } from './helpers.js'

/** Generous bounds: they catch work that grows quadratically, not a slow machine. */
const QUICK_MS = 5_000

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now()
  const result = run()
  return { result, ms: performance.now() - start }
}

describe('hostile lockfiles', () => {
  it('stops at absurdly nested npm v1 dependencies with a diagnostic', () => {
    const depth = 5_000
    const text =
      '{"lockfileVersion":1,"dependencies":' +
      '{"a":{"version":"1.0.0","dependencies":'.repeat(depth) +
      '{}' +
      '}}'.repeat(depth) +
      '}'
    const result = parseLockfile('package-lock.json', text)
    expect(codes(result)).toEqual(['document-too-complex'])
  })

  it('stops at absurdly nested YAML with a diagnostic', () => {
    const result = parseLockfile('pnpm-lock.yaml', '['.repeat(20_000) + ']'.repeat(20_000))
    expect(codes(result)).toEqual(['document-too-complex'])
  })

  it('stops YAML alias bombs', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    const { result, ms } = timed(() => parseLockfile('pnpm-lock.yaml', lines.join('\n')))
    expect(codes(result)).toEqual(['document-too-complex'])
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it('reads a YAML file that is no pnpm lockfile as an error, not as "no dependencies"', () => {
    expect(codes(parseLockfile('pnpm-lock.yaml', 'name: app\nversion: 1.0.0\n'))).toEqual([
      'no-packages'
    ])
  })

  it('joins 100,000 continued requirement lines in linear time', () => {
    const { result, ms } = timed(() =>
      parseLockfile('requirements.txt', 'boto3==1.0 \\\n'.repeat(100_000) + '\n')
    )
    expect(result.unpinned).toHaveLength(1)
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it('caps the problems reported for a file of garbage', () => {
    const result = parseLockfile('yarn.lock', 'garbage\n'.repeat(10_000))
    expect(result.diagnostics).toHaveLength(51)
    expect(result.diagnostics.at(-1)).toMatchObject({
      code: 'too-many-problems',
      severity: 'warning'
    })
  })

  it('keeps locating linear when keys are written with escapes the search cannot see', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [`node_modules/p${i}`, { version: '1.0.0' }])
    )
    const text = JSON.stringify({ lockfileVersion: 3, packages: entries }, null, 2).replace(
      /"node_modules\//g,
      '"node\\u005fmodules/'
    )
    const { result, ms } = timed(() => parseLockfile('package-lock.json', text))
    expect(result.packages).toHaveLength(20_000)
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it('reads a yarn.lock field line of 16 million characters without exhausting the stack', () => {
    const huge = '  "' + 'a'.repeat(16_000_000)
    const text = `# yarn lockfile v1\n\nlodash@^4.17.0:\n  version "4.17.20"\n${huge}\n`
    const { result, ms } = timed(() => parseLockfile('yarn.lock', text))
    // A quote never closed makes yarn refuse the file: an error at its line, quoted by its start.
    expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual(['parse-error@5'])
    expect(result.diagnostics[0]?.message.length).toBeLessThan(300)
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['lodash@4.17.20'])
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it('reads a go.mod quoted module path of 16 million characters without exhausting the stack', () => {
    const path = 'example.com/' + 'a'.repeat(16_000_000)
    const text = `module x\n\nrequire golang.org/x/net v0.17.0\nrequire "${path}" v1.0.0\n`
    const { result, ms } = timed(() => parseLockfile('go.mod', text))
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name.slice(0, 20)}@${p.version}:${p.location.line}`)
    ).toEqual(['golang.org/x/net@0.17.0:3', 'example.com/aaaaaaaa@1.0.0:4'])
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it('reads a bun.lock string of 16 million characters without exhausting the stack', () => {
    const text = [
      '{',
      '  "lockfileVersion": 1,',
      `  "workspaces": { "": { "name": "${'a'.repeat(16_000_000)}", }, },`,
      '  "packages": {',
      '    "lodash": ["lodash@4.17.20", "", {}, "sha512-x"],',
      '  },',
      '}'
    ].join('\n')
    const { result, ms } = timed(() => parseLockfile('bun.lock', text))
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'lodash@4.17.20:5'
    ])
    expect(ms).toBeLessThan(QUICK_MS)
  })

  it.each([
    ['requirements.txt', `django==3.2.15\n${'x'.repeat(1_000_000)} (\n`],
    [
      'Gemfile.lock',
      `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${'x'.repeat(1_000_000)}\n`
    ],
    ['gradle.lockfile', `a:b:1.0=runtimeClasspath\n${'x'.repeat(1_000_000)}\n`],
    ['yarn.lock', `# yarn lockfile v1\n\n${'x'.repeat(1_000_000)}\n`],
    ['go.mod', `module x\n\nrequire ${'x'.repeat(1_000_000)}\n`],
    ['package-lock.json', `{"lockfileVersion": [${'1,'.repeat(500_000)}1]}`]
  ])(
    '%s: a problem quoting a line of a million characters says so in a bounded message',
    (file, text) => {
      const result = parseLockfile(file, text)
      expect(result.diagnostics.length).toBeGreaterThan(0)
      for (const d of result.diagnostics) {
        expect(d.message.length).toBeLessThanOrEqual(500)
      }
      expect(result.diagnostics[0]?.message).toMatch(/xxx|1,1,|…/)
    }
  )

  const json = (value: unknown) => JSON.stringify(value, null, 2)
  it.each([
    [
      'package-lock.json',
      json({
        lockfileVersion: 3,
        packages: {
          'node_modules/lodash': { version: '4.17.20' },
          'node_modules/minimist': '1.2.0'
        }
      }),
      ['parse-error@7']
    ],
    [
      'package-lock.json',
      json({
        lockfileVersion: 1,
        dependencies: { lodash: { version: '4.17.20' }, minimist: '1.2.0' }
      }),
      ['parse-error@7']
    ],
    [
      'yarn.lock',
      '__metadata:\n  version: 8\n\n"lodash@npm:^4":\n  version: 4.17.20\n  resolution: "lodash@npm:4.17.20"\n\n"minimist@npm:1.2.0": minimist@npm:1.2.0\n',
      ['parse-error@8']
    ],
    [
      'Pipfile.lock',
      json({ default: { django: { version: '==3.2.15' }, requests: '==2.30.0' } }),
      ['parse-error@6']
    ],
    [
      'composer.lock',
      json({ packages: [{ name: 'a/b', version: '1.0.0' }, 'guzzlehttp/guzzle'] }),
      ['parse-error@2']
    ],
    [
      'packages.lock.json',
      json({
        version: 1,
        dependencies: {
          'net8.0': { 'Newtonsoft.Json': { type: 'Direct', resolved: '13.0.3' }, Bad: '12.0.1' },
          'net6.0': ['Newtonsoft.Json']
        }
      }),
      ['parse-error@11', 'parse-error@9']
    ]
  ])(
    '%s: an entry of the wrong shape among readable ones is an error at its line',
    (file, text, expected) => {
      const result = parseLockfile(file, text)
      expect(result.packages.length).toBeGreaterThan(0)
      expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual(expected)
    }
  )

  it.each([
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\n\npackages:\n  - lodash@4.17.20\n", 3],
    ['bun.lock', '{\n  "lockfileVersion": 1,\n  "packages": [["lodash@4.17.20"]],\n}\n', 3],
    ['Cargo.lock', 'version = 3\n\n[package]\nname = "time"\nversion = "0.1.0"\n', 3],
    ['uv.lock', 'version = 1\n[package]\nname = "django"\nversion = "3.2.15"\n', 2],
    ['pdm.lock', '[metadata]\nlock_version = "4.4"\n[package]\nname = "django"\n', 3],
    ['pylock.toml', 'lock-version = "1.0"\n[packages]\nname = "django"\n', 2],
    ['poetry.lock', 'package = "django"\n\n[metadata]\nlock-version = "2.0"\n', 1],
    ['Cargo.lock', 'version = 3\npackage = ["time 0.1.0"]\n', 2],
    ['pdm.lock', 'package = ["django==3.2.15"]\n\n[metadata]\nlock_version = "4.4"\n', 1],
    ['Pipfile.lock', '{\n  "_meta": {},\n  "default": [{ "django": "==3.2.15" }]\n}\n', 3],
    ['packages.lock.json', '{\n  "version": 1,\n  "dependencies": []\n}\n', 3]
  ])(
    '%s: a section of packages of the wrong shape is an error at its line, not an empty lockfile',
    async (file, text, line) => {
      await loadParsersFor([file])
      const result = parseLockfile(file, text)
      expect(result.diagnostics.map(d => `${d.severity} ${d.code}@${d.line}`)).toEqual([
        `error unexpected-shape@${line}`
      ])
      expect(result.diagnostics[0]?.message).toMatch(/nothing in it was checked/)
    }
  )
})

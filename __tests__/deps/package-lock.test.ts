import { describe, expect, it } from '@jest/globals'
import { generateLockfile } from '../../bench/deps-parse.js'
import { packageLockParser } from '../../src/deps/package-lock/index.js'
import { codes, findPackage, fixture, parseFixture, siblingsOf } from './helpers.js'

const parse = (name: string, file = 'app/package-lock.json', withSiblings = false) =>
  parseFixture(
    packageLockParser,
    'package-lock',
    name,
    file,
    withSiblings ? { siblings: siblingsOf('package-lock', name) } : undefined
  )

describe('package-lock.json', () => {
  it('matches npm lockfile names outside node_modules', () => {
    expect(packageLockParser.matches('svc/package-lock.json')).toBe(true)
    expect(packageLockParser.matches('npm-shrinkwrap.json')).toBe(true)
    expect(packageLockParser.matches('node_modules/x/package-lock.json')).toBe(false)
    expect(packageLockParser.matches('package.json')).toBe(false)
  })

  it('reads a lockfile without dependencies as empty, without complaint', () => {
    const result = parse('empty.v3.json')
    expect(result).toEqual({ packages: [], unpinned: [], diagnostics: [] })
  })

  it('reads one package at the line of its key', () => {
    const result = parse('one-package.v3.json')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toEqual([
      {
        ecosystem: 'npm',
        name: 'lodash',
        version: '4.17.20',
        direct: true,
        dev: false,
        location: { file: 'app/package-lock.json', line: 14, column: 5 }
      }
    ])
  })

  it('reads v3 workspaces: scoped, dev, nested, aliased and workspace packages; skips links', () => {
    const result = parse('workspace.v3.json')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(6)
    expect(findPackage(result, '@aws-sdk/client-s3')).toMatchObject({
      version: '3.400.0',
      direct: true,
      dev: false,
      location: { line: 23, column: 5 }
    })
    expect(findPackage(result, 'jest')).toMatchObject({
      direct: true,
      dev: true,
      location: { line: 27 }
    })
    expect(findPackage(result, 'semver', '7.5.4')).toMatchObject({
      direct: false,
      dev: true,
      location: { line: 32 }
    })
    // devOptional: also needed by an optional production dependency, so not dev-only.
    expect(findPackage(result, 'semver', '6.3.1')).toMatchObject({
      direct: false,
      dev: false,
      location: { line: 45 }
    })
    expect(findPackage(result, 'string-width')).toMatchObject({
      version: '4.2.3',
      direct: true,
      location: { line: 50 }
    })
    expect(findPackage(result, 'lodash')).toMatchObject({
      version: '4.17.21',
      direct: true,
      location: { line: 62 }
    })
    expect(result.packages.some(p => p.name === '@app/shared')).toBe(false)
  })

  it('reports git and local tarball dependencies as not queryable', () => {
    const result = parse('workspace.v3.json')
    expect(result.unpinned).toEqual([
      expect.objectContaining({
        name: 'private-lib',
        reason: 'git',
        location: expect.objectContaining({ line: 37 })
      }),
      expect.objectContaining({
        name: 'local-tarball',
        reason: 'path',
        spec: 'file:vendor/local-tarball-2.0.0.tgz',
        location: expect.objectContaining({ line: 41 })
      })
    ])
  })

  it('walks v1 nested dependencies at their own lines, not at `requires` entries', () => {
    // Read as a lockfile one folder down, so its `file:../local-lib` stays inside the repository.
    const result = parse('nested.v1.json', 'app/package-lock.json', true)
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      '@babel/code-frame@7.12.13:7',
      'debug@4.3.4:12',
      'ms@2.1.2:19',
      'ms@2.0.0:25',
      'strip-ansi@6.0.1:29'
    ])
    expect(findPackage(result, '@babel/code-frame')).toMatchObject({ dev: true, direct: true })
    expect(findPackage(result, 'debug')).toMatchObject({ dev: false, direct: true })
    expect(findPackage(result, 'ms', '2.1.2')).toMatchObject({ direct: false })
    expect(result.unpinned.map(u => [u.name, u.reason, u.location.line])).toEqual([
      ['uswds-gulp', 'git', 33],
      ['local-lib', 'path', 37]
    ])
  })

  it('leaves v1 direct flags unknown without a package.json', () => {
    const result = parse('nested.v1.json')
    expect(findPackage(result, 'debug').direct).toBeUndefined()
  })

  it('locates a package written twice where npm reads it: the last one', () => {
    // JSON keeps the last value of a key written twice, at the place of the first key: npm
    // installs 4.17.15, and the finding must point at it, not at the 4.17.21 above.
    const entry = (version: string, deps = '') =>
      [
        `    "node_modules/${version.startsWith('1.') ? 'ms' : 'lodash'}": {`,
        `      "version": "${version}"${deps}`,
        '    },'
      ].join('\n')
    const text = [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      '    "": { "dependencies": { "lodash": "^4.17.0", "ms": "^1.0.0" } },',
      entry('4.17.21'),
      entry('1.0.0'),
      entry('4.17.15'),
      '    "node_modules/zz": { "version": "1.0.0" }',
      '  }',
      '}'
    ].join('\n')
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'lodash@4.17.15:11',
      'ms@1.0.0:8',
      'zz@1.0.0:14'
    ])
  })

  it('finds lines in minified lockfiles too', () => {
    const text = fixture('package-lock', 'minified.v3.json')
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.packages.map(p => [p.name, p.location.line, p.location.column])).toEqual([
      ['a', 1, text.indexOf('"node_modules/a"') + 1],
      ['b', 1, text.indexOf('"node_modules/b"') + 1]
    ])
  })

  it('locates every entry of a large generated lockfile at the line of its key', () => {
    const text = generateLockfile(3_000)
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(3_000)
    // The slow, obvious way: the line that holds each `"node_modules/...": {` key.
    const keyLines = text
      .split('\n')
      .flatMap((line, i) => (/^ {4}"[^"]*node_modules\//.test(line) ? [i + 1] : []))
    expect(result.packages.map(p => p.location.line)).toEqual(keyLines)
    expect(result.packages.filter(p => p.dev)).toHaveLength(1_000)
  })

  it('reports malformed JSON at its line', () => {
    const result = parse('malformed.json')
    expect(result.packages).toEqual([])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'parse-error',
        severity: 'error',
        file: 'app/package-lock.json'
      })
    ])
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(6)
  })

  it('warns about an unknown lockfileVersion and still reads its packages', () => {
    const result = parse('unknown-version.json')
    expect(codes(result)).toEqual(['unsupported-version'])
    expect(result.diagnostics[0]?.severity).toBe('warning')
    expect(findPackage(result, 'left-pad')).toMatchObject({
      version: '1.3.0',
      location: { line: 8 }
    })
  })

  it('fails loudly when entries exist but none can be read', () => {
    const result = parse('zero-packages.json')
    expect(result.packages).toEqual([])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'no-packages', severity: 'error' })
    ])
  })

  it('fails loudly on JSON that is no npm lockfile', () => {
    const result = packageLockParser.parse('{"hello": {"world": 1}}', 'package-lock.json')
    expect(codes(result)).toEqual(['no-packages'])
  })

  describe('real lockfiles', () => {
    it('v1 (terraform-aws-lambda fixture)', () => {
      const result = parse('real-v1/package-lock.json')
      expect(result.diagnostics).toEqual([])
      expect(result.packages).toHaveLength(12)
      expect(findPackage(result, 'requests')).toMatchObject({
        version: '0.2.1',
        dev: false,
        location: { line: 53, column: 5 }
      })
    })

    it('v2 (firebase-tools example)', () => {
      const result = parse('real-v2/package-lock.json')
      expect(result.diagnostics).toEqual([])
      expect(result.packages).toHaveLength(32)
      expect(result.packages.filter(p => p.direct).map(p => p.name)).toEqual([
        '@types/debug',
        'debug',
        'google-auth-library',
        'minimist',
        'typescript'
      ])
      expect(findPackage(result, 'node-fetch')).toMatchObject({
        version: '2.6.7',
        direct: false,
        dev: false,
        location: { line: 142 }
      })
      expect(findPackage(result, 'typescript')).toMatchObject({
        version: '4.7.4',
        direct: true,
        dev: true
      })
    })

    it('v3 (actions/toolkit core)', () => {
      const result = parse('real-v3/package-lock.json')
      expect(result.diagnostics).toEqual([])
      expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
        '@actions/exec@3.0.0:19',
        '@actions/http-client@4.0.0:28',
        '@actions/io@3.0.2:38',
        '@types/node@25.1.0:44',
        'tunnel@0.0.6:54',
        'undici@6.24.1:63',
        'undici-types@7.16.0:72'
      ])
      expect(findPackage(result, '@types/node')).toMatchObject({ dev: true, direct: true })
      expect(findPackage(result, 'undici-types')).toMatchObject({ dev: true, direct: false })
    })

    it('shrinkwrap (osv-scalibr fixture)', () => {
      const result = parse('real-shrinkwrap/npm-shrinkwrap.json', 'npm-shrinkwrap.json')
      // The fixture is cut short: supports-color needs has-flag, which it does not list.
      expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
        'parse-error@18: "has-flag" is needed here, but the lockfile has no `node_modules/supports-color/node_modules/has-flag` entry (nor one above it): not read'
      ])
      expect(result.packages.map(p => [p.name, p.version, p.location.line, p.direct])).toEqual([
        ['wrappy', '1.0.2', 13, true],
        ['supports-color', '5.5.0', 18, true]
      ])
    })
  })
})

describe('package-lock.json entries whose registry tarball is another package', () => {
  const lock = (packages: Record<string, unknown>, lockfileVersion = 3) =>
    JSON.stringify({ name: 'app', lockfileVersion, packages }, null, 2)

  it('checks the package npm installs (the tarball) and says the entry is not what it claims', () => {
    const text = lock({
      '': { dependencies: { 'left-pad': '^1.3.0' } },
      'node_modules/left-pad': {
        version: '1.3.0',
        resolved: 'https://registry.npmjs.org/0-dns/-/0-dns-1.0.0.tgz',
        integrity: 'sha512-x'
      },
      'node_modules/@scope/ok': {
        version: '2.0.0',
        resolved: 'https://registry.npmjs.org/@scope/ok/-/ok-2.0.0.tgz'
      },
      'node_modules/alias': {
        name: 'lodash',
        version: '4.17.20',
        resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz'
      },
      'node_modules/older': {
        version: '4.17.21',
        resolved: 'https://registry.yarnpkg.com/older/-/older-4.17.20.tgz#sha1'
      }
    })
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'left-pad@1.3.0:10',
      '0-dns@1.0.0:10',
      '@scope/ok@2.0.0:15',
      'lodash@4.17.20:19',
      'older@4.17.21:24',
      'older@4.17.20:24'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'tarball-mismatch@10: resolved to the registry tarball of 0-dns@1.0.0, not left-pad@1.3.0: both are checked',
      'tarball-mismatch@24: resolved to the registry tarball of older@4.17.20, not older@4.17.21: both are checked'
    ])
  })

  it('a tarball under a scope folder is that scoped package, even when its file name matches the entry', () => {
    const text = lock({
      'node_modules/lodash': {
        version: '4.17.21',
        resolved: 'https://registry.npmjs.org/@evil/lodash/-/lodash-4.17.21.tgz'
      },
      'node_modules/plain': {
        version: '1.0.0',
        resolved: 'https://npm.example.com/api/npm/remote/plain/-/plain-1.0.0.tgz'
      },
      'node_modules/queried': {
        version: '1.0.0',
        resolved: 'https://npm.example.com/queried/-/queried-1.0.0.tgz?token=x'
      }
    })
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'lodash@4.17.21:5',
      '@evil/lodash@4.17.21:5',
      'plain@1.0.0:9',
      'queried@1.0.0:13'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual(['tarball-mismatch@5'])
  })

  it('reads percent-encoded tarball URLs as the registry does; one it cannot tell is an error', () => {
    const text = lock({
      'node_modules/left-pad': {
        version: '1.3.0',
        resolved: 'https://registry.npmjs.org/lodash/-/lod%61sh-4.17.20.tgz'
      },
      'node_modules/right-pad': {
        version: '1.0.0',
        resolved: 'https://registry.npmjs.org/right-pad/-/something-else.tgz'
      }
    })
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'left-pad@1.3.0:5',
      'lodash@4.17.20:5',
      'right-pad@1.0.0:9'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'tarball-mismatch@5: resolved to the registry tarball of lodash@4.17.20, not left-pad@1.3.0: both are checked',
      'tarball-mismatch@9: resolved to a registry tarball whose package and version cannot be told from its URL, not right-pad@1.0.0'
    ])
  })

  it('reports a dependency with no entry where Node would find it, at the entry that needs it', () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', workspaces: ['packages/*'], devDependencies: { jest: '^29.0.0' } },
          'node_modules/jest': { version: '29.7.0', dev: true },
          'packages/web': {
            name: 'web',
            dependencies: { qs: '^6.0.0' },
            optionalDependencies: { fsevents: '^2.0.0' }
          },
          'node_modules/debug': { version: '2.6.9', dependencies: { ms: '2.0.0' } },
          'node_modules/debug/node_modules/ms': { version: '2.0.0' },
          'node_modules/express': {
            version: '4.18.2',
            dependencies: { debug: '2.6.9', qs: '6.11.0' }
          }
        }
      },
      null,
      2
    )
    const result = packageLockParser.parse(text, 'package-lock.json')
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'parse-error@17: "qs" is needed here, but the lockfile has no `packages/web/node_modules/qs` entry (nor one above it): not read',
      'parse-error@35: "qs" is needed here, but the lockfile has no `node_modules/express/node_modules/qs` entry (nor one above it): not read'
    ])
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual([
      'jest@29.7.0',
      'debug@2.6.9',
      'ms@2.0.0',
      'express@4.18.2'
    ])
  })
})

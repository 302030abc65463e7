import { describe, expect, it } from '@jest/globals'
import { pnpmLockParser } from '../../src/deps/pnpm/index.js'
import { codes, findPackage, parseFixture } from './helpers.js'

const parse = (name: string) => parseFixture(pnpmLockParser, 'pnpm', name, 'pnpm-lock.yaml')
const summary = (name: string) =>
  parse(name).packages.map(
    p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct} dev=${p.dev}`
  )

describe('pnpm-lock.yaml', () => {
  it('reads 5.4 keys (`/name/version_peer`), dev flags and single-project direct dependencies', () => {
    expect(summary('v5.4.yaml')).toEqual([
      '@babel/core@7.22.0:19 direct=true dev=true',
      'lodash@4.17.21:23 direct=true dev=false',
      'react-dom@18.2.0:27 direct=true dev=false',
      'react@18.2.0:35 direct=false dev=false'
    ])
    expect(parse('v5.4.yaml').packages[0]?.location).toEqual({
      file: 'pnpm-lock.yaml',
      line: 19,
      column: 3
    })
  })

  it('reports a git dependency as not queryable', () => {
    expect(parse('v5.4.yaml').unpinned).toEqual([
      expect.objectContaining({
        name: 'my-lib',
        reason: 'git',
        location: expect.objectContaining({ line: 39 })
      })
    ])
  })

  it('reads 6.0 keys (`/name@version(peer)`) and workspace importers, skipping links', () => {
    const result = parse('v6.yaml')
    expect(result.diagnostics).toEqual([])
    expect(summary('v6.yaml')).toEqual([
      '@babel/core@7.22.0:30 direct=true dev=true',
      'lodash@4.17.21:34 direct=true dev=false',
      'react-dom@18.2.0:38 direct=true dev=false',
      'react@18.2.0:46 direct=false dev=false'
    ])
  })

  it('works out 9.0 dev flags from the snapshot graph (a package run time also needs is not dev)', () => {
    const result = parse('v9.yaml')
    // The fixture lies at the root here, so its `file:../tools/local-tool` leaves the repository.
    expect(codes(result)).toEqual(['link-outside-repo'])
    expect(summary('v9.yaml')).toEqual([
      'ansi-regex@5.0.1:27 direct=false dev=false',
      'jest@29.7.0:31 direct=true dev=true',
      'lodash@4.17.21:37 direct=true dev=false',
      'pretty-format@29.7.0:44 direct=false dev=true',
      'string-width@4.2.3:47 direct=true dev=false',
      'strip-ansi@6.0.1:50 direct=false dev=false'
    ])
  })

  it('reports 9.0 folder and tarball sources as not queryable', () => {
    expect(parse('v9.yaml').unpinned.map(u => [u.name, u.reason, u.location.line])).toEqual([
      ['local-tool', 'path', 34],
      ['my-lib', 'git', 40]
    ])
  })

  it('follows 9.0 production dependencies from git, tarball and folder sources into the graph', () => {
    // What a production dependency from a git repository or a local folder needs is installed for
    // production too, even when a dev tool shares it: it must not be left out as dev-only.
    expect(summary('sources-v9/pnpm-lock.yaml')).toEqual([
      'devtool@1.0.0:29 direct=true dev=true',
      'shared@1.0.0:43 direct=false dev=false',
      'shared2@1.0.0:46 direct=false dev=false',
      'shared3@1.0.0:49 direct=false dev=false'
    ])
    expect(
      parse('sources-v9/pnpm-lock.yaml').unpinned.map(u => [u.name, u.reason, u.direct, u.dev])
    ).toEqual([
      ['gitdep', 'git', true, false],
      ['local', 'path', true, false],
      ['sshdep', 'git', true, false]
    ])
  })

  it('reads every document of a multi-document lockfile and says so', () => {
    const result = parse('multi-document.yaml')
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'multi-document', severity: 'warning' })
    ])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'pnpm-plugin-example@1.0.0:14',
      'lodash@4.17.21:30'
    ])
  })

  it('warns about an unknown lockfileVersion and reads on', () => {
    const result = parse('unknown-version.yaml')
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', severity: 'warning', line: 1 })
    ])
    expect(findPackage(result, 'lodash').location.line).toBe(13)
  })

  it('reads a project without dependencies as empty', () => {
    expect(parse('empty.yaml')).toEqual({ packages: [], unpinned: [], diagnostics: [] })
  })

  it('fails loudly when importers declare dependencies but no package can be read', () => {
    const result = parse('zero-packages.yaml')
    expect(result.packages).toEqual([])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'no-packages', severity: 'error' })
    ])
  })

  it('reports YAML syntax errors at their line', () => {
    const result = parse('malformed.yaml')
    expect(codes(result)).toEqual(['parse-error'])
    expect(result.diagnostics[0]?.line).toBe(7)
  })

  it('reads a real 6.0 lockfile (netlify-cli monorepo fixture)', () => {
    const result = parse('real-v6/pnpm-lock.yaml')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(486)
    expect(result.packages.every(p => p.dev === true)).toBe(true)
    expect(
      result.packages.filter(p => p.direct).map(p => `${p.name}@${p.version}:${p.location.line}`)
    ).toEqual(['@netlify/build@29.36.1:396'])
  })

  it('reads a real 9.0 lockfile (vuejs/core)', () => {
    const result = parse('real-v9/pnpm-lock.yaml')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(620)
    expect(result.packages.filter(p => p.direct)).toHaveLength(70)
    expect(result.packages.filter(p => p.dev === false)).toHaveLength(33)
    expect(findPackage(result, '@babel/parser', '7.29.8')).toMatchObject({
      direct: true,
      dev: false,
      location: { line: 479 }
    })
  })
})

describe('pnpm-lock.yaml 5.x keys with a registry host', () => {
  it('reads `host/name/version` keys (default and other registries, with a port, scoped) and the importers that point at them', () => {
    const result = parse('registry-hosts/pnpm-lock.yaml')
    expect(result.diagnostics).toEqual([])
    expect(summary('registry-hosts/pnpm-lock.yaml')).toEqual([
      'foo@1.1.0:17 direct=true dev=false',
      'bar@1.2.0:23 direct=true dev=false',
      '@acme/baz@2.0.1:27 direct=true dev=false',
      'highlight.js@10.7.3:31 direct=true dev=false'
    ])
  })
})

describe('pnpm-lock.yaml entries whose registry tarball is another package', () => {
  it('checks the package pnpm installs (the tarball) and says the entry is not what it claims', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'packages:',
      '  left-pad@1.3.0:',
      '    resolution: {integrity: sha512-x, tarball: https://registry.npmjs.org/0-dns/-/0-dns-1.0.0.tgz}',
      '  lodash@4.17.20:',
      '    resolution: {integrity: sha512-x, tarball: https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz}',
      ''
    ].join('\n')
    const result = pnpmLockParser.parse(text, 'pnpm-lock.yaml')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'left-pad@1.3.0:4',
      '0-dns@1.0.0:4',
      'lodash@4.17.20:6'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual(['tarball-mismatch@4'])
  })
})

describe('pnpm-lock.yaml 6.x keys with a 5.x peer suffix', () => {
  it('reads `/express@4.17.1_ws@7.4.0` as express 4.17.1, not a package named `express@4.17.1_ws`', () => {
    const text = [
      "lockfileVersion: '6.0'",
      '',
      'packages:',
      '  /express@4.17.1_ws@7.4.0:',
      '    resolution: {integrity: sha512-x}',
      '  /@scope/pkg@1.0.0_react@18.2.0:',
      '    resolution: {integrity: sha512-x}',
      '  /local@file:../my_lib:',
      '    resolution: {directory: ../my_lib, type: directory}',
      '    name: local',
      '    version: 0.0.0',
      ''
    ].join('\n')
    const result = pnpmLockParser.parse(text, 'pnpm-lock.yaml')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'express@4.17.1:4',
      '@scope/pkg@1.0.0:6'
    ])
  })

  it.each([
    [
      '5.4',
      'lockfileVersion: 5.4\n\nspecifiers:\n  a: ^1\n  b: ^2\n  c: ^1\n\ndependencies:\n  a: 1.0.0_react@18.2.0\n  b: 2.0.0\n  c: /a/1.0.0\n\npackages:\n\n  /a/1.0.0_react@18.2.0:\n    resolution: {integrity: sha512-x}\n'
    ],
    [
      '6.0',
      "lockfileVersion: '6.0'\n\ndependencies:\n  a:\n    specifier: ^1\n    version: 1.0.0(react@18.2.0)\n  b:\n    specifier: ^2\n    version: 2.0.0\n  c:\n    specifier: npm:a@^1\n    version: /a@1.0.0\n\npackages:\n\n  /a@1.0.0(react@18.2.0):\n    resolution: {integrity: sha512-x}\n"
    ]
  ])(
    'reports a declared %s dependency without a packages entry at its line, and only that one',
    (_, text) => {
      const result = pnpmLockParser.parse(text, 'pnpm-lock.yaml')
      expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['a@1.0.0'])
      expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
        expect.stringMatching(
          /^parse-error@(7|10): "b@2.0.0" is declared, but the lockfile has no `packages` entry/
        )
      ])
    }
  )

  it('reports a 9.x snapshot, or what it installs, without a packages entry, once each', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '  .:',
      '    dependencies:',
      '      express:',
      '        specifier: ^4.18.0',
      '        version: 4.18.2',
      '',
      'packages:',
      '  express@4.18.2:',
      '    resolution: {integrity: sha512-x}',
      '',
      'snapshots:',
      '  express@4.18.2:',
      '    dependencies:',
      '      debug: 2.6.9',
      '      qs: 6.11.0',
      '  qs@6.11.0:',
      '    dependencies:',
      '      debug: 2.6.9',
      '  ms: {}',
      ''
    ].join('\n')
    const result = pnpmLockParser.parse(text, 'pnpm-lock.yaml')
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['express@4.18.2'])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'parse-error@15: "debug@2.6.9" is installed, but the lockfile has no `packages` entry for it: not read',
      'parse-error@15: "qs@6.11.0" is installed, but the lockfile has no `packages` entry for it: not read',
      'parse-error@22: cannot read a package name and version from the snapshot "ms"'
    ])
  })

  it('reports what a 6.x package entry depends on without a packages entry, at that entry', () => {
    const text = [
      "lockfileVersion: '6.0'",
      '',
      'dependencies:',
      '  express:',
      '    specifier: ^4.18.0',
      '    version: 4.18.2',
      '',
      'packages:',
      '',
      '  /express@4.18.2:',
      '    resolution: {integrity: sha512-x}',
      '    dependencies:',
      '      debug: 2.6.9',
      '      react-dom: 18.2.0(react@18.2.0)',
      '    dev: false',
      '',
      '  /react-dom@18.2.0(react@18.2.0):',
      '    resolution: {integrity: sha512-y}',
      '    dependencies:',
      '      react: 18.2.0',
      '    dev: false',
      '',
      '  /react@18.2.0:',
      '    resolution: {integrity: sha512-z}',
      '    dev: false',
      ''
    ].join('\n')
    const result = pnpmLockParser.parse(text, 'pnpm-lock.yaml')
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'parse-error@10: "debug@2.6.9" is installed, but the lockfile has no `packages` entry for it: not read'
    ])
  })
})

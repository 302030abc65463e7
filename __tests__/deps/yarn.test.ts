import { describe, expect, it } from '@jest/globals'
import { yarnLockParser } from '../../src/deps/yarn/index.js'
import { codes, findPackage, parseFixture, siblingsOf } from './helpers.js'

const parse = (name: string, withSiblings = false) =>
  parseFixture(
    yarnLockParser,
    'yarn',
    name,
    'web/yarn.lock',
    withSiblings ? { siblings: siblingsOf('yarn', name) } : undefined
  )

describe('yarn.lock', () => {
  it('matches yarn.lock outside node_modules', () => {
    expect(yarnLockParser.matches('web/yarn.lock')).toBe(true)
    expect(yarnLockParser.matches('node_modules/a/yarn.lock')).toBe(false)
  })

  describe('classic (v1)', () => {
    it('reads entries at their header line, with multi-descriptor, scoped and aliased keys', () => {
      const result = parse('classic/yarn.lock', true)
      expect(result.diagnostics).toEqual([])
      expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
        '@babel/code-frame@7.12.13:5',
        'jest@29.7.0:12',
        'lodash@4.17.21:19',
        'string-width@4.2.3:28',
        '@babel/highlight@7.12.13:32'
      ])
      expect(result.packages[0]?.location).toEqual({ file: 'web/yarn.lock', line: 5, column: 1 })
    })

    it('takes direct and dev flags from the sibling package.json', () => {
      const result = parse('classic/yarn.lock', true)
      expect(findPackage(result, 'lodash')).toMatchObject({ direct: true, dev: false })
      expect(findPackage(result, 'jest')).toMatchObject({ direct: true, dev: true })
      expect(findPackage(result, 'string-width')).toMatchObject({ direct: true, dev: false })
      expect(findPackage(result, '@babel/code-frame')).toMatchObject({ direct: false })
      expect(findPackage(result, '@babel/code-frame').dev).toBeUndefined()
    })

    it('keeps a dev dependency that a production dependency needs too as production', () => {
      // ts-runtime (run time) needs typescript, which the project also declares as a dev tool:
      // one entry, installed for production, so it must be checked by default.
      const result = parse('classic-shared-dev/yarn.lock', true)
      expect(findPackage(result, 'typescript')).toMatchObject({ direct: true, dev: false })
      expect(findPackage(result, 'jest')).toMatchObject({ direct: true, dev: true })
      expect(findPackage(result, '@scope/helper')).toMatchObject({ direct: false })
    })

    it('leaves the flags unknown without a package.json', () => {
      const lodash = findPackage(parse('classic/yarn.lock'), 'lodash')
      expect(lodash.direct).toBeUndefined()
      expect(lodash.dev).toBeUndefined()
    })

    it('reports git and file dependencies as not queryable', () => {
      const result = parse('classic/yarn.lock')
      expect(result.unpinned.map(u => [u.name, u.reason, u.location.line])).toEqual([
        ['local', 'path', 16],
        ['my-lib', 'git', 24]
      ])
    })

    it('reads a lockfile of comments only as empty', () => {
      expect(parse('classic-empty.lock')).toEqual({ packages: [], unpinned: [], diagnostics: [] })
    })

    it('reports a broken header at its line and reads the rest', () => {
      const result = parse('classic-malformed.lock')
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: 'parse-error', line: 3, severity: 'error' })
      ])
      expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['ms@2.1.2'])
    })

    it('reads a value followed by blanks as yarn does, and a broken quoted one as an error', () => {
      const text = [
        '# yarn lockfile v1',
        '',
        'lodash@^4.17.0:',
        '  version "4.17.20"  \t',
        '',
        'minimist@^1.2.0:',
        '  version "1.2.0',
        '',
        'ms@^2.1.0:',
        '  version "2.1.\\x2"',
        ''
      ].join('\n')
      const result = yarnLockParser.parse(text, 'yarn.lock')
      expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
        'lodash@4.17.20:3'
      ])
      expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual([
        'parse-error@7',
        'parse-error@10'
      ])
      expect(result.diagnostics[0]?.message).toMatch(/not a valid quoted string/)
    })

    it('reports each line yarn would refuse at its line, once, and reads the rest', () => {
      const text = [
        '# yarn lockfile v1',
        '',
        'app@^1.0.0:',
        '  version "1.0.0"',
        '  dependencies:',
        '    "lodash ^4.17.0"',
        '    ms "^2.1.0"',
        '',
        'lodash@^4.17.0:',
        '  version',
        '   resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.15.tgz"',
        '\tintegrity sha512-x',
        '',
        'ms@^2.1.0:',
        '  version "2.1.2"',
        '    leftover "1"',
        '      deeper "1"',
        ''
      ].join('\n')
      const result = yarnLockParser.parse(text, 'yarn.lock')
      expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual([
        'parse-error@6',
        'parse-error@10',
        'parse-error@11',
        'parse-error@12',
        'parse-error@16',
        'parse-error@17'
      ])
      expect(result.diagnostics.map(d => d.message)).toEqual([
        'cannot read a dependency (`name "range"`) from "\\"lodash ^4.17.0\\""',
        'expected a field (`key "value"`) or a list (`key:`), found "version"; not read',
        expect.stringMatching(/^line indented by " {3}": yarn.lock fields are indented by two/),
        expect.stringMatching(/^line indented by "\\t"/),
        'list item outside of a list (`dependencies:`); not read',
        expect.stringMatching(/^line indented by " {6}"/)
      ])
      expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['app@1.0.0', 'ms@2.1.2'])
      expect(result.unpinned.map(u => `${u.name} ${u.reason}`)).toEqual(['lodash unresolved'])
    })

    it('reports what an entry installs with it but has no entry of its own, once, at the entry', () => {
      const text = [
        '# yarn lockfile v1',
        '',
        'express@^4.18.0:',
        '  version "4.18.2"',
        '  dependencies:',
        '    debug "2.6.9"',
        '    qs "6.11.0"',
        '  optionalDependencies:',
        '    fsevents "^2.3.0"',
        '',
        'qs@6.11.0:',
        '  version "6.11.0"',
        '  dependencies:',
        '    debug "2.6.9"',
        '',
        'fsevents:',
        '  version "2.3.3"',
        ''
      ].join('\n')
      const result = yarnLockParser.parse(text, 'yarn.lock')
      expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
        'parse-error@3: "debug@2.6.9" is needed here, but the lockfile has no entry for it: not read'
      ])
    })

    it('takes a package the project pins through resolutions as there when it has an entry (Yarn before 1.6 dropped the overridden descriptor)', () => {
      const problems = (withSiblings: boolean) =>
        parse('classic-resolutions/yarn.lock', withSiblings).diagnostics.map(
          d => `${d.code}@${d.line}: ${d.message}`
        )
      const missing = (descriptor: string, line: number) =>
        `parse-error@${line}: "${descriptor}" is needed here, but the lockfile has no entry for it: not read`
      // `ms` has no entry at all: lacking whatever the project pins.
      expect(problems(true)).toEqual([missing('ms@2.0.0', 11)])
      expect(problems(false)).toEqual([
        missing('lodash@^4.17.10', 5),
        missing('ms@2.0.0', 11),
        missing('qs@6.5.1', 17)
      ])
    })

    it('reads a real lockfile (serverless/examples auth0 authorizer)', () => {
      const result = parse('real-classic/yarn.lock')
      expect(result.diagnostics).toEqual([])
      expect(result.packages).toHaveLength(111)
      expect(findPackage(result, 'jsonwebtoken', '8.2.0')).toMatchObject({
        location: { line: 424 }
      })
      expect(findPackage(result, 'jsonwebtoken', '7.4.3')).toMatchObject({
        location: { line: 414 }
      })
    })
  })

  describe('berry (v2+)', () => {
    it('reads npm resolutions at their key line, unwraps patches and skips workspaces and links', () => {
      const result = parse('berry/yarn.lock')
      expect(result.diagnostics).toEqual([])
      expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
        'jest@29.7.0:21',
        'lodash@4.17.21:27',
        'path-parse@1.0.7:39',
        'resolve@1.22.8:45',
        'string-width@4.2.3:65'
      ])
      expect(result.unpinned).toEqual([
        expect.objectContaining({
          name: 'my-lib',
          reason: 'git',
          location: expect.objectContaining({ line: 33 })
        })
      ])
    })

    it('marks what the workspaces depend on as direct', () => {
      const result = parse('berry/yarn.lock')
      expect(findPackage(result, 'lodash').direct).toBe(true)
      expect(findPackage(result, 'resolve').direct).toBe(true)
      expect(findPackage(result, 'string-width').direct).toBe(true)
      expect(findPackage(result, 'path-parse').direct).toBe(false)
    })

    it('takes dev flags of direct packages from the sibling package.json', () => {
      const result = parse('berry/yarn.lock', true)
      expect(findPackage(result, 'jest')).toMatchObject({ direct: true, dev: true })
      expect(findPackage(result, 'lodash')).toMatchObject({ direct: true, dev: false })
    })

    it('keeps a dev dependency that a production dependency needs too as production', () => {
      const result = parse('berry-shared-dev/yarn.lock', true)
      expect(
        result.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
      ).toEqual([
        'jest@29.7.0:18 dev=true',
        'ts-runtime@1.0.0:24 dev=false',
        'typescript@5.1.6:32 dev=false'
      ])
    })

    it('warns about an unknown __metadata version and reads on', () => {
      const result = parse('berry-unknown-version.lock')
      expect(codes(result)).toEqual(['unsupported-version'])
      expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', line: 1 })
      expect(findPackage(result, 'ms').version).toBe('2.1.3')
    })

    it('reports YAML syntax errors at their line', () => {
      const result = parse('berry-malformed.lock')
      expect(result.packages).toEqual([])
      expect(result.diagnostics[0]).toMatchObject({ code: 'parse-error', severity: 'error' })
      expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(6)
    })

    it('fails loudly when no entry can be read', () => {
      const result = parse('berry-zero-packages.lock')
      expect(result.packages).toEqual([])
      expect(codes(result)).toContain('no-packages')
    })

    it('reports a package an entry depends on with no entry of its own, once, at the entry', () => {
      // `ms` is pinned by the project's `resolutions` (its key is not the range `debug` asks
      // for), `fsevents` is an optional dependency locked for another platform, and the patch
      // key is bound to its workspace: each has an entry. `supports-color` has none.
      const text = [
        '__metadata:',
        '  version: 8',
        '  cacheKey: 10c0',
        '',
        '"app@workspace:.":',
        '  version: 0.0.0-use.local',
        '  resolution: "app@workspace:."',
        '  dependencies:',
        '    chokidar: "npm:^3.5.3"',
        '    debug: "npm:^4.3.4"',
        '    left-pad: "patch:left-pad@npm%3A1.3.0#./.yarn/patches/left-pad.patch"',
        '  languageName: unknown',
        '  linkType: soft',
        '',
        '"chokidar@npm:^3.5.3":',
        '  version: 3.6.0',
        '  resolution: "chokidar@npm:3.6.0"',
        '  dependencies:',
        '    fsevents: "npm:~2.3.2"',
        '    supports-color: "npm:^7.1.0"',
        '  dependenciesMeta:',
        '    fsevents:',
        '      optional: true',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"debug@npm:^4.3.4":',
        '  version: 4.3.4',
        '  resolution: "debug@npm:4.3.4"',
        '  dependencies:',
        '    ms: "npm:2.1.2"',
        '    supports-color: "npm:^7.1.0"',
        '  peerDependencies:',
        '    react: "*"',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"fsevents@npm:~2.3.2":',
        '  version: 2.3.3',
        '  resolution: "fsevents@npm:2.3.3"',
        '  conditions: os=darwin',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"left-pad@patch:left-pad@npm%3A1.3.0#./.yarn/patches/left-pad.patch::locator=app%40workspace%3A.":',
        '  version: 1.3.0',
        '  resolution: "left-pad@patch:left-pad@npm%3A1.3.0#./.yarn/patches/left-pad.patch::version=1.3.0&hash=abc123&locator=app%40workspace%3A."',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"ms@npm:2.1.3":',
        '  version: 2.1.3',
        '  resolution: "ms@npm:2.1.3"',
        '  languageName: node',
        '  linkType: hard',
        ''
      ].join('\n')
      const result = yarnLockParser.parse(text, 'yarn.lock')
      expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
        'parse-error@15: "supports-color" is needed here, but the lockfile has no entry for it: not read'
      ])
      expect(result.packages.map(p => p.name)).toEqual([
        'chokidar',
        'debug',
        'fsevents',
        'left-pad',
        'ms'
      ])
    })

    it('reads a real lockfile (jest e2e native-esm, metadata 10)', () => {
      const result = parse('real-berry/yarn.lock')
      expect(result.diagnostics).toEqual([])
      expect(result.packages).toHaveLength(108)
      expect(findPackage(result, 'discord.js')).toMatchObject({
        version: '14.3.0',
        direct: true,
        location: { line: 291 }
      })
    })
  })
})

describe('yarn.lock classic headers without a range', () => {
  it('reads `name:` and `"@scope/name":` headers as the package at any version', () => {
    const result = parse('classic-no-range/yarn.lock')
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'balanced-match@1.0.2:5',
      '@types/node@20.10.0:10',
      'brace-expansion@1.1.11:14'
    ])
  })
})

describe('yarn.lock (berry) with several YAML documents', () => {
  it('reads the packages of every document, with a warning, not only those of the first', () => {
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      '"lodash@npm:^4.17.0":',
      '  version: 4.17.20',
      '  resolution: "lodash@npm:4.17.20"',
      '---',
      '"minimist@npm:1.2.0":',
      '  version: 1.2.0',
      '  resolution: "minimist@npm:1.2.0"',
      ''
    ].join('\n')
    const result = yarnLockParser.parse(text, 'yarn.lock')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'lodash@4.17.20:4',
      'minimist@1.2.0:8'
    ])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'multi-document', severity: 'warning' })
    ])
  })
})

describe('yarn.lock (classic) entries whose registry tarball is another package', () => {
  it('checks the package yarn installs (the tarball) and says the entry is not what it claims', () => {
    const text = [
      '# yarn lockfile v1',
      '',
      'left-pad@^1.3.0:',
      '  version "1.3.0"',
      '  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz#abc"',
      ''
    ].join('\n')
    const result = yarnLockParser.parse(text, 'yarn.lock')
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'left-pad@1.3.0:3',
      'lodash@4.17.20:3'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual(['tarball-mismatch@3'])
  })
})

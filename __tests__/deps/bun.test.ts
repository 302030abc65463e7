import { describe, expect, it } from '@jest/globals'
import { bunLockParser } from '../../src/deps/bun/index.js'
import { parseLockfile } from '../../src/deps/registry.js'
import { codes, parseFixture } from './helpers.js'

const parse = (name: string, repoHas?: (path: string) => boolean) =>
  parseFixture(bunLockParser, 'bun', name, 'api/bun.lock', repoHas ? { repoHas } : undefined)

describe('bun.lock (text lockfile)', () => {
  it('matches bun.lock, not the binary bun.lockb or installed copies', () => {
    expect(bunLockParser.matches('api/bun.lock')).toBe(true)
    expect(bunLockParser.matches('bun.lockb')).toBe(false)
    expect(bunLockParser.matches('node_modules/x/bun.lock')).toBe(false)
  })

  const result = parse('basic/bun.lock', path => path === 'api/vendor/local-utils')

  it('reads registry packages at their lines, aliases by their real name, nested copies too', () => {
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(
        p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct} dev=${p.dev}`
      )
    ).toEqual([
      '@aws-sdk/client-dynamodb@3.470.0:26 direct=true dev=false',
      'lodash@4.17.20:30 direct=true dev=false',
      'ms@2.1.2:32 direct=true dev=false',
      'node-fetch@2.6.1:34 direct=true dev=false',
      'tslib@2.6.2:40 direct=false dev=undefined',
      'typescript@5.3.3:42 direct=true dev=true',
      'tslib@2.5.3:44 direct=false dev=undefined'
    ])
  })

  it('reports git and local sources as unpinned; workspace packages are the project itself', () => {
    expect(result.unpinned.map(u => `${u.name} ${u.reason}:${u.location.line}`)).toEqual([
      'local-utils path:28',
      'tiny-lib git:38'
    ])
  })

  it('a dev dependency that a production dependency needs too is not dev-only', () => {
    // typescript and @types/node are dev tools of the root, yet a run-time dependency of a
    // workspace (through a git dependency) and of ts-runtime need them: they are installed too.
    const shared = parse('shared-dev/bun.lock')
    expect(
      shared.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
    ).toEqual([
      '@scope/helper@2.0.1:23 dev=undefined',
      '@types/node@20.1.0:24 dev=false',
      'jest@29.7.0:26 dev=true',
      'ts-runtime@1.0.0:28 dev=false',
      'typescript@5.1.6:29 dev=false',
      'web-lib@1.0.0:30 dev=false'
    ])
    expect(shared.unpinned.map(u => `${u.name} ${u.reason} ${u.spec}`)).toEqual([
      'sshdep git git+ssh://git@github.com/u/sshdep.git#abc'
    ])
  })

  it('a file: package whose folder is not in the repository is a located error', () => {
    expect(parse('basic/bun.lock', () => false).diagnostics).toEqual([
      expect.objectContaining({ code: 'missing-link', line: 28, severity: 'error' })
    ])
  })

  it('an entry without "name@version" is a located error, and invalid JSON is one too', () => {
    const broken = parseLockfile(
      'bun.lock',
      '{\n  "lockfileVersion": 1,\n  "packages": {\n    "a": [42],\n  },\n}\n'
    )
    expect(broken.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual([
      'parse-error@4',
      'no-packages@1'
    ])
    expect(
      codes(parseLockfile('bun.lock', '{\n  "lockfileVersion": 1,\n  "packages": {\n'))
    ).toEqual(['parse-error'])
  })

  it('a lockfile without packages is valid; text that is not a bun.lock is an error', () => {
    expect(
      parseLockfile('bun.lock', '{\n  "lockfileVersion": 1,\n  "workspaces": {},\n}\n').diagnostics
    ).toEqual([])
    expect(codes(parseLockfile('bun.lock', '{"name": "x"}'))).toEqual(['unrecognised-content'])
  })
})

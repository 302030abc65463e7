import { describe, expect, it } from '@jest/globals'
import { readLockfiles } from '../../src/core/lockfiles.js'
import { MemorySource } from '../../src/sources/memory.js'

const source = (files: Record<string, string>, maxFileBytes?: number) =>
  new MemorySource('test', new Map(Object.entries(files)), maxFileBytes ? { maxFileBytes } : {})

const where = (read: Awaited<ReturnType<typeof readLockfiles>>) =>
  [...read.packages].flatMap(([lockfile, packages]) =>
    packages.map(p => `${lockfile} → ${p.name}@${p.version} ${p.location.file}:${p.location.line}`)
  )

describe('readLockfiles: requirements includes', () => {
  it('reads included files whatever their names, nested, and each package once', async () => {
    const read = await readLockfiles(
      source({
        'svc/requirements.txt': '-r requirements-base.txt\n-r deps/pins.in\nflask==2.0.3\n',
        'svc/requirements-base.txt': 'boto3==1.28.0\n',
        'svc/deps/pins.in': '-c ../constraints/all\n',
        'svc/constraints/all': 'urllib3==1.26.18\n',
        'svc/requirements-dev.txt': '-r deps/pins.in\npytest==8.0.0\n'
      })
    )
    expect(read.diagnostics).toEqual([])
    expect(where(read)).toEqual([
      'svc/requirements-base.txt → boto3@1.28.0 svc/requirements-base.txt:1',
      'svc/requirements-dev.txt → urllib3@1.26.18 svc/constraints/all:1',
      'svc/requirements-dev.txt → pytest@8.0.0 svc/requirements-dev.txt:2',
      'svc/requirements.txt → flask@2.0.3 svc/requirements.txt:3'
    ])
  })

  it('a file a development and a run-time requirements file both include is run time', async () => {
    // requirements-dev.txt sorts (and is read) first: its dev flag must not stick to base.txt.
    const read = await readLockfiles(
      source({
        'requirements.txt': '-r base.txt\n',
        'requirements-dev.txt': '-r base.txt\npytest==8.0.0\n',
        'base.txt': 'django==3.2.0\n'
      })
    )
    const flags = [...read.packages.values()]
      .flat()
      .map(p => `${p.name} ${p.location.file}:${p.location.line} dev=${p.dev}`)
    expect(flags).toEqual(['django base.txt:1 dev=false', 'pytest requirements-dev.txt:2 dev=true'])
  })

  it('a missing include, or one that cannot be read, is an error at the include line, once', async () => {
    const read = await readLockfiles(
      source(
        {
          'a/requirements.txt': '-r common.txt\n',
          'b/requirements.txt': '-r ../a/common.txt\n-r big.txt\n',
          'b/big.txt': `${'x'.repeat(2000)}==1.0\n`
        },
        1000
      )
    )
    expect(read.diagnostics.map(d => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'a/requirements.txt:1 missing-include',
      'b/requirements.txt:1 missing-include',
      'b/requirements.txt:2 unreadable-include'
    ])
    expect(read.unreadable).toEqual(['a/requirements.txt', 'b/requirements.txt'])
  })
})

describe('readLockfiles: bun.lockb', () => {
  /** A side whose reads are recorded; reading a binary lockfile would be a bug. */
  const recorded = (files: Record<string, string>) => {
    const inner = source(files)
    const asked: string[] = []
    const side = Object.assign(Object.create(inner) as MemorySource, {
      read: (path: string) => {
        asked.push(path)
        return inner.read(path)
      }
    })
    return { side, asked }
  }

  it('alone in its folder: a located error, never read, and the other lockfiles still read', async () => {
    const { side, asked } = recorded({
      'web/bun.lockb': '#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0002\u0000\u0000\u0000',
      'web/package.json': '{"name": "web"}\n',
      'py/requirements.txt': 'flask==2.0.3\n'
    })
    const read = await readLockfiles(side)
    expect(read.diagnostics.map(d => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual([
      'web/bun.lockb:1 binary-lockfile error'
    ])
    expect(read.unreadable).toEqual(['web/bun.lockb'])
    expect(where(read)).toEqual(['py/requirements.txt → flask@2.0.3 py/requirements.txt:1'])
    expect(asked).not.toContain('web/bun.lockb')
  })

  it('beside a bun.lock: the text lockfile is read, the binary one is no error', async () => {
    const { side, asked } = recorded({
      'web/bun.lockb': '#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0002\u0000\u0000\u0000',
      'web/bun.lock':
        '{\n  "lockfileVersion": 1,\n  "packages": {\n    "ms": ["ms@2.1.3", "", {}, "sha512-x"],\n  },\n}\n'
    })
    const read = await readLockfiles(side)
    expect(read.diagnostics).toEqual([])
    expect(where(read)).toEqual(['web/bun.lock → ms@2.1.3 web/bun.lock:4'])
    expect(asked).not.toContain('web/bun.lockb')
  })
})

describe('readLockfiles: dependencies without a registry version', () => {
  it('says which were not looked up (git, URL, range), once per file at the first of them', async () => {
    const read = await readLockfiles(
      source({
        'svc/requirements.txt':
          '-r base.txt\nflask>=2.0\nboto3==1.28.0\n-e .\n-e git+https://github.com/example/tool.git#egg=tool\n',
        'svc/base.txt': 'lib @ git+https://github.com/example/lib@v1\n',
        'web/package-lock.json': JSON.stringify(
          {
            lockfileVersion: 3,
            packages: {
              '': { name: 'web' },
              'node_modules/left-pad': {
                version: '1.3.0',
                resolved: 'https://example.com/left-pad-1.3.0.tgz'
              }
            }
          },
          null,
          2
        )
      })
    )
    expect(read.diagnostics.map(d => `${d.severity} ${d.file}:${d.line} ${d.message}`)).toEqual([
      'warning svc/base.txt:1 1 dependency has no registry version, so it was not looked up for vulnerabilities: lib (from git: git+https://github.com/example/lib@v1, line 1)',
      'warning svc/requirements.txt:2 2 dependencies have no registry version, so they were not looked up for vulnerabilities: flask (a range: >=2.0, line 2), tool (an editable install: git+https://github.com/example/tool.git#egg=tool, line 5)',
      'warning web/package-lock.json:7 1 dependency has no registry version, so it was not looked up for vulnerabilities: left-pad (from a URL: https://example.com/left-pad-1.3.0.tgz, line 7)'
    ])
    expect(read.unreadable).toEqual([])
  })
})

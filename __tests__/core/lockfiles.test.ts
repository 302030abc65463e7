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

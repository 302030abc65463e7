import { describe, expect, it } from '@jest/globals'
import { MemorySource } from '../../src/sources/memory.js'
import type { FileSource } from '../../src/sources/types.js'
import { changedPaths } from '../../src/units/changes.js'

const base = new Map([
  ['a.yml', 'a: 1\n'],
  ['b/c.yml', 'c: 1\n'],
  ['b/d.yml', 'd: 1\n'],
  ['e-f.yml', 'e: 1\n'],
  ['z.yml', 'z: 1\n']
])
const head = new Map([
  ['a.yml', 'a: 1\n'],
  ['b/c.yml', 'c: 2\n'],
  ['b/x.yml', 'x: 1\n'],
  ['e-f.yml', 'e: 1\n'],
  ['zz.yml', 'z: 1\n']
])
const expected = ['b/c.yml', 'b/d.yml', 'b/x.yml', 'z.yml', 'zz.yml']

/** The same files, listed in another order than sorted: a source may list as it likes. */
function unsorted(source: FileSource): FileSource {
  return {
    label: source.label,
    list: async () => (await source.list()).reverse(),
    read: path => source.read(path),
    blobIds: () => source.blobIds?.() ?? Promise.resolve(new Map())
  }
}

/** A source that knows no blob ids: its files are read and compared. */
function withoutIds(source: FileSource): FileSource {
  return { label: source.label, list: () => source.list(), read: path => source.read(path) }
}

describe('the files a change touches', () => {
  const sides = () => [new MemorySource('base', base), new MemorySource('head', head)] as const

  it('are those added, removed or edited, from sorted listings', async () => {
    const [b, h] = sides()
    expect([...(await changedPaths(b, h))].sort()).toEqual(expected)
  })

  it('are the same whatever order the sides list their files in', async () => {
    const [b, h] = sides()
    expect([...(await changedPaths(unsorted(b), h))].sort()).toEqual(expected)
    expect([...(await changedPaths(b, unsorted(h)))].sort()).toEqual(expected)
  })

  it('are found by content on a side that knows no blob ids', async () => {
    const [b, h] = sides()
    expect([...(await changedPaths(withoutIds(b), h))].sort()).toEqual(expected)
    expect([...(await changedPaths(b, withoutIds(unsorted(h))))].sort()).toEqual(expected)
  })

  it('are none between a side and itself, and every file against an empty side', async () => {
    const [b] = sides()
    const empty = new MemorySource('empty', new Map())
    expect(await changedPaths(b, b)).toEqual(new Set())
    expect([...(await changedPaths(empty, b))].sort()).toEqual([...base.keys()].sort())
    expect([...(await changedPaths(b, empty))].sort()).toEqual([...base.keys()].sort())
  })
})

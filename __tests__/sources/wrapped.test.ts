import { describe, expect, it } from '@jest/globals'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { filteredSource } from '../../src/sources/filtered.js'
import { MemorySource } from '../../src/sources/memory.js'
import { wrappedSource } from '../../src/sources/wrapped.js'
import { tempRepo } from '../helpers/temp-repo.js'

describe('a source wrapping another', () => {
  it('lists and reads its own way and keeps every other ability of the inner source', async () => {
    const inner = new MemorySource(
      'memory',
      new Map([
        ['a.yml', 'a: 1\n'],
        ['b.yml', 'b: 2\n']
      ]),
      {},
      new Map([['c.yml', 'a.yml']])
    )
    const wrapped = wrappedSource(inner, {
      list: async () => ['a.yml'],
      read: path => inner.read(path)
    })
    expect(wrapped.label).toBe(inner.label)
    expect(await wrapped.list()).toEqual(['a.yml'])
    expect(Object.fromEntries((await wrapped.links?.()) ?? [])).toEqual({ 'c.yml': 'a.yml' })
    expect(await wrapped.blobIds?.()).toEqual(await inner.blobIds())
    // Abilities the inner source lacks are not made up.
    expect(wrapped.locator).toBeUndefined()
    expect(wrapped.listingProblems).toBeUndefined()
  })

  it('uses its own version of an ability over the inner one', async () => {
    const inner = new MemorySource('memory', new Map([['a.yml', 'a: 1\n']]))
    const wrapped = wrappedSource(inner, {
      list: () => inner.list(),
      read: path => inner.read(path),
      links: async () => new Map([['x', 'y']])
    })
    expect(Object.fromEntries((await wrapped.links?.()) ?? [])).toEqual({ x: 'y' })
  })

  it('lets a filtered working tree still be opened again by worker threads', () => {
    const repo = tempRepo({ 'a.yml': 'a: 1\n' })
    try {
      const filtered = filteredSource(new DirectorySource(repo.root), ['**/*.yml'], [])
      expect(filtered.locator?.()).toMatchObject({ kind: 'directory', root: repo.root })
    } finally {
      repo.cleanup()
    }
  })
})

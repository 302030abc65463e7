import { describe, expect, it } from '@jest/globals'
import { sameContentRenames } from '../../src/sources/content-renames.js'
import { MemorySource } from '../../src/sources/memory.js'
import type { FileSource } from '../../src/sources/types.js'
import { changedPaths } from '../../src/units/changes.js'

/** A source on disk knows no blob ids: its files are read and hashed. */
function withoutIds(source: FileSource): FileSource {
  return { label: source.label, list: () => source.list(), read: path => source.read(path) }
}

async function found(base: Record<string, string>, head: Record<string, string>, ids = true) {
  const side = (label: string, files: Record<string, string>) => {
    const source = new MemorySource(label, new Map(Object.entries(files)))
    return ids ? source : withoutIds(source)
  }
  const [b, h] = [side('base', base), side('head', head)]
  return [...(await sameContentRenames(b, h, await changedPaths(b, h)))].sort()
}

describe('renames found from content', () => {
  it.each([
    ['blob ids', true],
    ['read files', false]
  ])('pair a file moved unchanged, from %s', async (_, ids) => {
    const moved = await found(
      { 'svc/a/serverless.yml': 'service: a\n', 'svc/a/h.js': 'x\n', 'README.md': 'r\n' },
      { 'svc/b/serverless.yml': 'service: a\n', 'svc/b/h.js': 'x\n', 'README.md': 'r2\n' },
      ids
    )
    expect(moved).toEqual([
      ['svc/a/h.js', 'svc/b/h.js'],
      ['svc/a/serverless.yml', 'svc/b/serverless.yml']
    ])
  })

  it('pair nothing for a copy, an edited file, or empty files', async () => {
    expect(
      await found(
        { 'a.yml': 'same\n', 'b.yml': 'one\n', 'e/__init__.py': '' },
        { 'a.yml': 'same\n', 'copy.yml': 'same\n', 'c.yml': 'one!\n', 'f/__init__.py': '' }
      )
    ).toEqual([])
  })

  it('pair a swap: a path both left and arrived at', async () => {
    expect(
      await found({ 'a.yml': 'A\n', 'b.yml': 'B\n' }, { 'a.yml': 'B\n', 'c.yml': 'A\n' })
    ).toEqual([
      ['a.yml', 'c.yml'],
      ['b.yml', 'a.yml']
    ])
  })

  it('among files with one content, pair those keeping their name, the rest one to one', async () => {
    expect(
      await found(
        {
          'x/iam.yml': 'S\n',
          'y/iam.yml': 'S\n',
          'z/one.yml': 'S\n',
          'q/two.yml': 'T\n',
          'q/three.yml': 'T\n'
        },
        {
          'n/iam.yml': 'S\n',
          'm/iam.yml': 'S\n',
          'k/uno.yml': 'S\n',
          'r/dos.yml': 'T\n',
          'r/tres.yml': 'T\n'
        }
      )
    ).toEqual([
      ['x/iam.yml', 'm/iam.yml'],
      ['y/iam.yml', 'n/iam.yml'],
      ['z/one.yml', 'k/uno.yml']
    ])
  })

  it('pair files of one content with the folder their own folder went to', async () => {
    // Two services moved, each with the same tsconfig.json: in path order they would cross.
    expect(
      await found(
        {
          'svc/a/serverless.yml': 'service: a\n',
          'svc/a/tsconfig.json': '{}\n',
          'svc/b/serverless.yml': 'service: b\n',
          'svc/b/tsconfig.json': '{}\n'
        },
        {
          'apps/zeta/serverless.yml': 'service: a\n',
          'apps/zeta/tsconfig.json': '{}\n',
          'apps/alpha/serverless.yml': 'service: b\n',
          'apps/alpha/tsconfig.json': '{}\n'
        }
      )
    ).toEqual([
      ['svc/a/serverless.yml', 'apps/zeta/serverless.yml'],
      ['svc/a/tsconfig.json', 'apps/zeta/tsconfig.json'],
      ['svc/b/serverless.yml', 'apps/alpha/serverless.yml'],
      ['svc/b/tsconfig.json', 'apps/alpha/tsconfig.json']
    ])
  })
})

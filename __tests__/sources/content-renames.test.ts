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

  it('among files with one content, pair only what can go one way: never a guess', async () => {
    expect(
      await found(
        { 'x/iam.yml': 'S\n', 'y/policy.yml': 'S\n', 'z/one.yml': 'T\n', 'q/two.yml': 'U\n' },
        { 'n/iam.yml': 'S\n', 'm/policy.yml': 'S\n', 'k/uno.yml': 'T\n', 'r/dos.yml': 'U\n' }
      )
    ).toEqual([
      ['q/two.yml', 'r/dos.yml'],
      ['x/iam.yml', 'n/iam.yml'],
      ['y/policy.yml', 'm/policy.yml'],
      ['z/one.yml', 'k/uno.yml']
    ])
    // Two files of one name and content that could each have gone to either folder, and a third
    // whose one match is as likely the other's: nothing pairs.
    expect(
      await found(
        { 'x/iam.yml': 'S\n', 'y/iam.yml': 'S\n', 'z/one.yml': 'S\n' },
        { 'n/iam.yml': 'S\n', 'm/iam.yml': 'S\n', 'k/uno.yml': 'S\n' }
      )
    ).toEqual([])
  })

  it('pair no boilerplate across services whose own files were edited as they moved', async () => {
    // Nothing but the identical tsconfig.json tells which service went where: a guess in path
    // order would cross them, and one service's new finding would read as the other's old one.
    expect(
      await found(
        {
          'svc1/serverless.yml': 'service: billing\n',
          'svc1/tsconfig.json': '{}\n',
          'svc2/serverless.yml': 'service: reports\n',
          'svc2/tsconfig.json': '{}\n'
        },
        {
          'apps/zeta/serverless.yml': 'service: billing # edited\n',
          'apps/zeta/tsconfig.json': '{}\n',
          'apps/alpha/serverless.yml': 'service: reports # edited\n',
          'apps/alpha/tsconfig.json': '{}\n'
        }
      )
    ).toEqual([])
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

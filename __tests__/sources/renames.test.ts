import { describe, expect, it } from '@jest/globals'
import { renamesBetween } from '../../src/sources/renames.js'

const moves = (pairs: [string, string][], base: string[], head: string[]) =>
  renamesBetween(new Map(pairs), base, head)

describe('the renames of a change', () => {
  it('keep a reported rename only where the base alone has the old path and the head the new', () => {
    const r = moves(
      [
        ['a.yml', 'b.yml'],
        ['kept.yml', 'copy.yml'],
        ['gone.yml', 'there.yml'],
        ['x.yml', 'y.yml']
      ],
      ['a.yml', 'kept.yml', 'gone.yml', 'x.yml', 'y.yml'],
      ['b.yml', 'kept.yml', 'copy.yml', 'y.yml']
    )
    // kept.yml is still on the head, there.yml is on neither, y.yml was on the base already.
    expect([...r.files]).toEqual([['a.yml', 'b.yml']])
    expect(r.toHead('kept.yml')).toBe('kept.yml')
  })

  it('take every path of a folder moved whole along, a folder id and an edited file included', () => {
    const r = moves(
      [
        ['services/a/serverless.yml', 'services/b/serverless.yml'],
        ['services/a/src/list.js', 'services/b/src/list.js']
      ],
      ['services/a/serverless.yml', 'services/a/src/list.js', 'services/a/iam.yml', 'README.md'],
      ['services/b/serverless.yml', 'services/b/src/list.js', 'services/b/iam.yml', 'README.md']
    )
    expect(r.toHead('services/a')).toBe('services/b')
    // Edited past rename detection: git saw it removed and added.
    expect(r.toHead('services/a/iam.yml')).toBe('services/b/iam.yml')
    expect(r.toHead('services/a/src')).toBe('services/b/src')
    expect(r.toHead('services/ab/x.yml')).toBe('services/ab/x.yml')
    expect(r.toHead('README.md')).toBe('README.md')
  })

  it('move a folder one level deeper under the same parent, not the parent', () => {
    const r = moves(
      [['infra/api/main.tf', 'infra/envs/api/main.tf']],
      ['infra/api/main.tf', 'infra/modules/fn/main.tf'],
      ['infra/envs/api/main.tf', 'infra/modules/fn/main.tf']
    )
    expect(r.toHead('infra/api')).toBe('infra/envs/api')
    expect(r.toHead('infra/modules/fn/main.tf')).toBe('infra/modules/fn/main.tf')
  })

  it('move no folder that keeps a file, went two ways, or lands where the base had files', () => {
    const kept = moves(
      [['a/x.yml', 'b/x.yml']],
      ['a/x.yml', 'a/stays.yml'],
      ['b/x.yml', 'a/stays.yml']
    )
    expect(kept.toHead('a/other.yml')).toBe('a/other.yml')
    expect(kept.toHead('a/x.yml')).toBe('b/x.yml')
    const split = moves(
      [
        ['a/x.yml', 'b/x.yml'],
        ['a/y.yml', 'c/y.yml']
      ],
      ['a/x.yml', 'a/y.yml'],
      ['b/x.yml', 'c/y.yml']
    )
    expect(split.toHead('a')).toBe('a')
    const merged = moves([['a/x.yml', 'b/x.yml']], ['a/x.yml', 'b/y.yml'], ['b/x.yml', 'b/y.yml'])
    expect(merged.toHead('a')).toBe('a')
  })

  it('rename a file in its folder without moving the folder', () => {
    const r = moves(
      [['sam/api/template.yaml', 'sam/api/app.yaml']],
      ['sam/api/template.yaml', 'sam/api/src/app.py'],
      ['sam/api/app.yaml', 'sam/api/src/app.py']
    )
    expect(r.toHead('sam/api/template.yaml')).toBe('sam/api/app.yaml')
    expect(r.toHead('sam/api')).toBe('sam/api')
  })
})

describe('renames that cross', () => {
  it('keep a swap: each old path still on the head holds the file moved onto it', () => {
    const r = moves(
      [
        ['a.yml', 'c.yml'],
        ['b.yml', 'a.yml']
      ],
      ['a.yml', 'b.yml'],
      ['a.yml', 'c.yml']
    )
    expect([...r.files]).toEqual([
      ['a.yml', 'c.yml'],
      ['b.yml', 'a.yml']
    ])
    const both = moves(
      [
        ['x.yml', 'y.yml'],
        ['y.yml', 'x.yml']
      ],
      ['x.yml', 'y.yml'],
      ['x.yml', 'y.yml']
    )
    expect([both.toHead('x.yml'), both.toHead('y.yml')]).toEqual(['y.yml', 'x.yml'])
  })

  it('keep a chain: a → b and b → c', () => {
    const r = moves(
      [
        ['a.yml', 'b.yml'],
        ['b.yml', 'c.yml']
      ],
      ['a.yml', 'b.yml'],
      ['b.yml', 'c.yml']
    )
    expect([r.toHead('a.yml'), r.toHead('b.yml')]).toEqual(['b.yml', 'c.yml'])
  })

  it('drop a rename that leans on one dropped, and two files moved onto one path', () => {
    // c.yml is still on the base: b.yml was not moved onto it, so nothing left b.yml for a.yml.
    const leaning = moves(
      [
        ['a.yml', 'b.yml'],
        ['b.yml', 'c.yml']
      ],
      ['a.yml', 'b.yml', 'c.yml'],
      ['b.yml', 'c.yml']
    )
    expect([...leaning.files]).toEqual([])
    const onto = moves(
      [
        ['a.yml', 'c.yml'],
        ['b.yml', 'c.yml']
      ],
      ['a.yml', 'b.yml'],
      ['c.yml']
    )
    expect([...onto.files]).toEqual([])
  })
})

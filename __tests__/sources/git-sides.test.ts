import { describe, expect, it } from '@jest/globals'
import { rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { GitRevisionSource } from '../../src/sources/git.js'

describe('the two sides of a pull request opened together', () => {
  it('a file both sides hold is read once for both; a changed one is each side its own', async () => {
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const base = commit(repo.root, { 'same.yml': 'a: 1\n', 'changed.yml': 'v: 1\n' }, 'base')
      const head = commit(repo.root, { 'changed.yml': 'v: 2\n', 'copy/same.yml': 'a: 1\n' }, 'h')
      const sides = await GitRevisionSource.openSides(repo.root, base, head)
      expect([sides.base.commit, sides.head.commit]).toEqual([base, head])
      const [fromHead, fromBase] = [
        await sides.head.read('same.yml'),
        await sides.base.read('same.yml')
      ]
      expect(fromHead).toEqual({ text: 'a: 1\n' })
      // The very result the head's read gave: git was not asked again.
      expect(fromBase).toBe(fromHead)
      // The same content at another path of the head is the same blob too.
      expect(await sides.head.read('copy/same.yml')).toBe(fromHead)
      expect(await sides.base.read('changed.yml')).toEqual({ text: 'v: 1\n' })
      expect(await sides.head.read('changed.yml')).toEqual({ text: 'v: 2\n' })
      const missing = await sides.base.read('copy/same.yml')
      expect('diagnostic' in missing && missing.diagnostic.code).toBe('not-found')
      // Revisions opened one by one keep their reads to themselves.
      const [one, other] = [
        await GitRevisionSource.open(repo.root, base),
        await GitRevisionSource.open(repo.root, head)
      ]
      const read = await one.read('same.yml')
      expect(await other.read('same.yml')).not.toBe(read)
      expect(await other.read('same.yml')).toEqual(read)
    } finally {
      repo.cleanup()
    }
  })

  it('a link the same on both sides reads each side its own target', async () => {
    const repo = tempRepo({ 'target.yml': 'side: base\n' })
    try {
      initRepo(repo.root)
      symlinkSync('target.yml', join(repo.root, 'link.yml'))
      const base = commit(repo.root, {}, 'base')
      const head = commit(repo.root, { 'target.yml': 'side: head\n' }, 'head')
      expect(git(repo.root, 'rev-parse', `${base}:link.yml`)).toBe(
        git(repo.root, 'rev-parse', `${head}:link.yml`)
      )
      const sides = await GitRevisionSource.openSides(repo.root, base, head)
      expect(await sides.head.read('link.yml')).toEqual({ text: 'side: head\n' })
      expect(await sides.base.read('link.yml')).toEqual({ text: 'side: base\n' })
      expect(await sides.base.read('target.yml')).toEqual({ text: 'side: base\n' })
    } finally {
      repo.cleanup()
    }
  })

  it('a blob neither side can read is reported at each path that holds it', async () => {
    const big = 'k: v\n'.repeat(100)
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const base = commit(repo.root, { 'big.yml': big }, 'base')
      rmSync(join(repo.root, 'big.yml'))
      const head = commit(repo.root, { 'moved/big.yml': big }, 'head')
      const sides = await GitRevisionSource.openSides(repo.root, base, head, { maxFileBytes: 100 })
      const [before, after] = [
        await sides.base.read('big.yml'),
        await sides.head.read('moved/big.yml')
      ]
      expect('diagnostic' in before && before.diagnostic).toMatchObject({
        file: 'big.yml',
        code: 'file-too-large'
      })
      expect('diagnostic' in after && after.diagnostic).toMatchObject({
        file: 'moved/big.yml',
        code: 'file-too-large'
      })
    } finally {
      repo.cleanup()
    }
  })

  it('reads of one blob under several paths at once each get a diagnostic at their own path', async () => {
    const big = 'k: v\n'.repeat(100)
    const binary = 'a\0b'
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const base = commit(repo.root, { 'big.yml': big, 'bin.yml': binary }, 'base')
      symlinkSync('big.yml', join(repo.root, 'link.yml'))
      const head = commit(repo.root, { 'copy/big.yml': big, 'copy/bin.yml': binary }, 'head')
      const sides = await GitRevisionSource.openSides(repo.root, base, head, { maxFileBytes: 100 })
      const reads: [GitRevisionSource, string][] = [
        [sides.base, 'big.yml'],
        [sides.head, 'link.yml'],
        [sides.head, 'copy/big.yml'],
        [sides.head, 'big.yml'],
        [sides.base, 'bin.yml'],
        [sides.head, 'copy/bin.yml']
      ]
      const results = await Promise.all(reads.map(([side, path]) => side.read(path)))
      expect(results.map(r => 'diagnostic' in r && [r.diagnostic.file, r.diagnostic.code])).toEqual(
        [
          ['big.yml', 'file-too-large'],
          ['link.yml', 'file-too-large'],
          ['copy/big.yml', 'file-too-large'],
          ['big.yml', 'file-too-large'],
          ['bin.yml', 'binary-content'],
          ['copy/bin.yml', 'binary-content']
        ]
      )
    } finally {
      repo.cleanup()
    }
  })

  it('an unknown revision on either side is a clear error', async () => {
    const repo = tempRepo({ 'a.txt': 'a\n' })
    try {
      initRepo(repo.root)
      const sha = commit(repo.root, {}, 'a')
      await expect(GitRevisionSource.openSides(repo.root, sha, 'no-such-branch')).rejects.toThrow(
        /not a git revision of .*: no-such-branch/
      )
      await expect(GitRevisionSource.openSides(repo.root, '--all', sha)).rejects.toThrow(
        /not a git revision/
      )
    } finally {
      repo.cleanup()
    }
  })
})

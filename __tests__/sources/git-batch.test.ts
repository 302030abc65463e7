import { describe, expect, it } from '@jest/globals'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { GitBlobReader } from '../../src/sources/git-batch.js'
import { GitRevisionSource } from '../../src/sources/git.js'

describe('blobs through one git cat-file --batch process', () => {
  it('answers many concurrent reads in order, each with its own file', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        `dir-${i % 7}/file-${i}.yml`,
        `value: ${i}\n`.repeat((i % 50) + 1)
      ])
    )
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const sha = commit(repo.root, files, 'files')
      const source = await GitRevisionSource.open(repo.root, sha)
      const reads = await Promise.all(Object.keys(files).map(p => source.read(p)))
      expect(reads.map(r => ('text' in r ? r.text : r.diagnostic.message))).toEqual(
        Object.values(files)
      )
      const ids = await source.blobIds()
      expect(ids.get('dir-0/file-0.yml')).toBe(
        git(repo.root, 'rev-parse', `${sha}:dir-0/file-0.yml`)
      )
    } finally {
      repo.cleanup()
    }
  })

  it('a missing object reads as undefined, and later reads still work', async () => {
    const repo = tempRepo({ 'a.txt': 'a\n' })
    try {
      initRepo(repo.root)
      const sha = commit(repo.root, {}, 'a')
      const reader = new GitBlobReader(repo.root)
      expect(await reader.read('0'.repeat(40))).toBeUndefined()
      expect(await reader.read(`${sha}:missing.txt`)).toBeUndefined()
      expect((await reader.read(`${sha}:a.txt`))?.toString()).toBe('a\n')
      reader.close()
    } finally {
      repo.cleanup()
    }
  })

  it('outside a repository every read fails, and the caller can fall back', async () => {
    const dir = tempRepo({ 'x.txt': 'x' })
    try {
      const reader = new GitBlobReader(dir.root)
      await expect(reader.read('HEAD:x.txt')).rejects.toThrow()
    } finally {
      dir.cleanup()
    }
  })
})

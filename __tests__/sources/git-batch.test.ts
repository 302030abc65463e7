import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

  it('a blob over the limit gives its size alone, and the reads around it get their own bytes', async () => {
    // Several megabytes arrive in many chunks: the large one dropped, the next one whole.
    const large = 'x'.repeat(3 * 1024 * 1024)
    const kept = `${'k: v\n'.repeat(300_000)}end: 1\n`
    const repo = tempRepo({ 'large.txt': large, 'kept.yml': kept, 'small.yml': 'a: 1\n' })
    try {
      initRepo(repo.root)
      const sha = commit(repo.root, {}, 'files')
      const reader = new GitBlobReader(repo.root)
      const [over, whole, small] = await Promise.all([
        reader.readUpTo(`${sha}:large.txt`, 1024),
        reader.readUpTo(`${sha}:kept.yml`, 16 * 1024 * 1024),
        reader.readUpTo(`${sha}:small.yml`, 1024)
      ])
      expect(over).toMatchObject({ type: 'blob', size: large.length })
      expect(over?.bytes).toBeUndefined()
      expect(whole?.bytes?.toString()).toBe(kept)
      expect(small?.bytes?.toString()).toBe('a: 1\n')
      expect(await reader.readUpTo(`${sha}:missing.yml`, 1024)).toBeUndefined()
      expect((await reader.read(`${sha}:large.txt`))?.length).toBe(large.length)
      reader.close()
    } finally {
      repo.cleanup()
    }
  })

  it('with a git older than 2.36 (no --batch-command) asks again object by object', () => {
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`dir/file-${i}.yml`, `value: ${i}\n`])
    )
    const repo = tempRepo({})
    // A git that refuses the option as git 2.35 does, and is the real git otherwise, first on
    // the PATH of a process of its own (the test's own environment is not the one git starts in).
    const bin = tempRepo({})
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(
      join(bin.root, 'git'),
      `#!/bin/sh\nfor a in "$@"; do [ "$a" = --batch-command ] && { echo "error: unknown option" >&2; exit 129; }; done\nexec ${realGit} "$@"\n`
    )
    chmodSync(join(bin.root, 'git'), 0o755)
    const gitTs = join(import.meta.dirname, '..', '..', 'src', 'sources', 'git.ts')
    const script = `
      import { GitRevisionSource } from ${JSON.stringify(gitTs)}
      const source = await GitRevisionSource.open(process.argv[1], 'HEAD')
      const list = await source.list()
      const reads = await Promise.all(list.map(p => source.read(p)))
      const missing = await source.read('missing.yml')
      console.log(JSON.stringify({ list, reads, missing: missing.diagnostic?.code }))`
    try {
      initRepo(repo.root)
      commit(repo.root, files, 'files')
      const run = (path: string) =>
        JSON.parse(
          execFileSync(
            process.execPath,
            ['--import', 'tsx', '--input-type=module', '-e', script, repo.root],
            {
              encoding: 'utf8',
              env: { ...process.env, NODE_OPTIONS: '', PATH: path }
            }
          )
        ) as unknown
      const expected = {
        list: Object.keys(files).sort(),
        reads: Object.keys(files)
          .sort()
          .map(p => ({ text: files[p] })),
        missing: 'not-found'
      }
      expect(run(`${bin.root}:${process.env['PATH'] ?? ''}`)).toEqual(expected)
      expect(run(process.env['PATH'] ?? '')).toEqual(expected)
    } finally {
      repo.cleanup()
      bin.cleanup()
    }
  })

  it('a blob read names a tree or a commit in vain, in a batch with blobs', async () => {
    const repo = tempRepo({ 'a.txt': 'a\n' })
    try {
      initRepo(repo.root)
      const sha = commit(repo.root, {}, 'a')
      const reader = new GitBlobReader(repo.root)
      const [tree, commitAsBlob, blob, treeObject] = await Promise.all([
        reader.readUpTo(`${sha}^{tree}`, 1024),
        reader.read(sha),
        reader.readUpTo(`${sha}:a.txt`, 1024),
        reader.object(`${sha}^{tree}`)
      ])
      expect(tree).toBeUndefined()
      expect(commitAsBlob).toBeUndefined()
      expect(blob?.bytes?.toString()).toBe('a\n')
      expect(treeObject?.type).toBe('tree')
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

describe('a commit listed and read through the same process', () => {
  it('lists every file of the tree as git does, follows links, and still refuses files over the limit', async () => {
    const repo = tempRepo({
      'a/b/c/deep.yml': 'deep: 1\n',
      'tool.sh': '#!/bin/sh\n',
      'names/with space é.yml': 'x: 1\n',
      'big.yml': 'k: v\n'.repeat(100)
    })
    try {
      initRepo(repo.root)
      chmodSync(join(repo.root, 'tool.sh'), 0o755)
      symlinkSync('a/b/c/deep.yml', join(repo.root, 'link.yml'))
      symlinkSync('../../outside.yml', join(repo.root, 'escape.yml'))
      const sha = commit(repo.root, {}, 'tree')
      const source = await GitRevisionSource.open(repo.root, 'HEAD', { maxFileBytes: 100 })
      expect(source.commit).toBe(sha)
      const listed = git(
        repo.root,
        '-c',
        'core.quotePath=false',
        'ls-tree',
        '-r',
        '--name-only',
        sha
      )
      expect(await source.list()).toEqual(listed.split('\n').sort())
      expect(await source.read('link.yml')).toEqual({ text: 'deep: 1\n' })
      expect(await source.read('names/with space é.yml')).toEqual({ text: 'x: 1\n' })
      const escape = await source.read('escape.yml')
      expect('diagnostic' in escape && escape.diagnostic.code).toBe('outside-root')
      const big = await source.read('big.yml')
      expect('diagnostic' in big && big.diagnostic.code).toBe('file-too-large')
      expect((await source.blobIds()).get('tool.sh')).toBe(
        git(repo.root, 'rev-parse', `${sha}:tool.sh`)
      )
      // Every file and link of the commit with its blob id, as git lists them.
      const tree = git(repo.root, '-c', 'core.quotePath=false', 'ls-tree', '-r', sha)
      const ids = new Map(
        tree.split('\n').map(line => {
          const [meta, path] = line.split('\t') as [string, string]
          return [path, meta.split(' ')[2] as string]
        })
      )
      const blobIds = await source.blobIds()
      expect(new Map(blobIds)).toEqual(ids)
      expect([...blobIds.keys()].sort()).toEqual([...ids.keys()].sort())
      expect([...blobIds.values()].sort()).toEqual([...ids.values()].sort())
      expect(blobIds.size).toBe(ids.size)
      expect(blobIds.has('missing.yml')).toBe(false)
    } finally {
      repo.cleanup()
    }
  })

  it('lists two commits sharing folders, and the same folder in two places, each as git does', async () => {
    const same = { 'x.yml': 'x: 1\n', 'deep/y.yml': 'y: 1\n' }
    const repo = tempRepo({})
    try {
      initRepo(repo.root)
      const files = (dir: string) =>
        Object.fromEntries(Object.entries(same).map(([p, t]) => [`${dir}/${p}`, t]))
      const first = commit(repo.root, { ...files('a'), ...files('b/c'), 'top.yml': 't\n' }, 'one')
      git(repo.root, 'mv', 'b/c', 'b/d')
      const second = commit(repo.root, { ...files('e'), 'a/x.yml': 'x: 2\n' }, 'two')
      for (const sha of [first, second, first]) {
        const source = await GitRevisionSource.open(repo.root, sha)
        const tree = git(repo.root, '-c', 'core.quotePath=false', 'ls-tree', '-r', sha)
        const ids = new Map(
          tree.split('\n').map(line => {
            const [meta, path] = line.split('\t') as [string, string]
            return [path, meta.split(' ')[2] as string]
          })
        )
        expect(await source.list()).toEqual([...ids.keys()].sort())
        expect(new Map(await source.blobIds())).toEqual(ids)
      }
    } finally {
      repo.cleanup()
    }
  })

  it('a path that is no file of the commit is not found, with links in the commit or none', async () => {
    const repo = tempRepo({ 'real/x.yml': 'x: 1\n' })
    try {
      initRepo(repo.root)
      const plain = commit(repo.root, {}, 'no links')
      symlinkSync('real', join(repo.root, 'linked'))
      const linked = commit(repo.root, {}, 'a folder link')
      for (const sha of [plain, linked]) {
        const source = await GitRevisionSource.open(repo.root, sha)
        for (const path of ['missing.yml', 'real', 'real/missing.yml']) {
          const read = await source.read(path)
          expect('diagnostic' in read && read.diagnostic).toMatchObject({
            file: path,
            code: 'not-found',
            message: `file not found in ${source.label}`
          })
        }
      }
      const source = await GitRevisionSource.open(repo.root, linked)
      expect(await source.read('linked/x.yml')).toEqual({ text: 'x: 1\n' })
      const broken = await source.read('linked/missing.yml')
      expect('diagnostic' in broken && broken.diagnostic.code).toBe('broken-link')
    } finally {
      repo.cleanup()
    }
  })

  it('an unknown revision, or a blob named as one, is a clear error', async () => {
    const repo = tempRepo({ 'a.txt': 'a\n' })
    try {
      initRepo(repo.root)
      commit(repo.root, {}, 'a')
      await expect(GitRevisionSource.open(repo.root, 'no-such-branch')).rejects.toThrow(
        /not a git revision of .*: no-such-branch/
      )
      await expect(GitRevisionSource.open(repo.root, 'HEAD:a.txt')).rejects.toThrow(
        /not a git revision/
      )
    } finally {
      repo.cleanup()
    }
  })
})

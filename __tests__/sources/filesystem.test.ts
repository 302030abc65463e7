import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { confinePath, resolveInRepo } from '../../src/sources/paths.js'
import { tempRepo } from '../helpers/temp-repo.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

function repo(files: Record<string, string | Uint8Array>): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

describe('DirectorySource.list', () => {
  it('honours .gitignore files at any depth and skips dependency and build folders', async () => {
    const root = repo({
      '.gitignore': 'build/\n*.log\n',
      'svc/.gitignore': 'local.yml\n',
      'svc/serverless.yml': 'service: a',
      'svc/local.yml': 'x: 1',
      'svc/node_modules/pkg/serverless.yml': 'service: dep',
      'svc/.serverless/cloudformation-template-update-stack.json': '{}',
      '.aws-sam/build/template.yaml': 'x: 1',
      'build/template.yaml': 'x: 1',
      'debug.log': 'x',
      'infra/main.tf': ''
    })
    expect(await new DirectorySource(root).list()).toEqual([
      '.gitignore',
      'infra/main.tf',
      'svc/.gitignore',
      'svc/serverless.yml'
    ])
  })

  it('keeps CDK templates even when cdk.out is ignored, and skips its code assets', async () => {
    const root = repo({
      '.gitignore': 'cdk.out\n',
      'cdk.out/AppStack.template.json': '{}',
      'cdk.out/asset.abc123/template.yaml': 'x: 1',
      'cdk.out/manifest.json': '{}'
    })
    expect(await new DirectorySource(root).list()).toEqual([
      '.gitignore',
      'cdk.out/AppStack.template.json'
    ])
  })

  it('applies exclude-paths globs', async () => {
    const root = repo({ 'a/serverless.yml': '', 'test/fixtures/serverless.yml': '' })
    expect(await new DirectorySource(root, { excludePaths: ['test/**'] }).list()).toEqual([
      'a/serverless.yml'
    ])
  })
})

describe('DirectorySource.read', () => {
  it('reports a file over the size limit as an error naming its size and the setting, with its start', async () => {
    const root = repo({ 'big.yml': 'x'.repeat(100 * 1024) })
    const result = await new DirectorySource(root, { maxFileBytes: 1024 }).read('big.yml')
    expect(result).toEqual({
      diagnostic: expect.objectContaining({
        file: 'big.yml',
        code: 'file-too-large',
        severity: 'error',
        message: expect.stringMatching(/100\.0 KiB \(102400 bytes\).*set `max-file-size`.*102400/)
      }),
      preview: 'x'.repeat(64 * 1024)
    })
  })

  it('reports invalid UTF-8 at the line of the first bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nb: 2\nc: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n')
    ])
    const root = repo({ 'bad.yml': bytes })
    const result = await new DirectorySource(root).read('bad.yml')
    expect(result).toEqual({
      diagnostic: expect.objectContaining({ file: 'bad.yml', line: 3, code: 'invalid-encoding' })
    })
  })

  it('strips a UTF-8 byte order mark', async () => {
    const root = repo({
      'bom.yml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1')])
    })
    expect(await new DirectorySource(root).read('bom.yml')).toEqual({ text: 'a: 1' })
  })

  it('refuses paths that leave the repository and symlinks that point out of it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'))
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(join(outside, 'secret.yml'), 'token: x')
    const root = repo({ 'ok.yml': 'a: 1' })
    symlinkSync(join(outside, 'secret.yml'), join(root, 'link.yml'))
    const source = new DirectorySource(root)
    expect(await source.read('../secret.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'outside-root' })
    })
    expect(await source.read('/etc/passwd')).toEqual({
      diagnostic: expect.objectContaining({ code: 'outside-root' })
    })
    expect(await source.read('link.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'outside-root' })
    })
    expect(await source.read('ok.yml')).toEqual({ text: 'a: 1' })
  })

  it('refuses a file whose folder became a link out of the repository while the scan runs', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'))
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(join(outside, 'secret.yml'), 'token: outside')
    const root = repo({ 'a/first.yml': 'a: 1', 'a/secret.yml': 'token: inside' })
    const source = new DirectorySource(root)
    await source.list()
    expect(await source.read('a/first.yml')).toEqual({ text: 'a: 1' })
    // No new listing: the folder's real path known from the first read no longer holds.
    renameSync(join(root, 'a'), join(root, 'a-old'))
    symlinkSync(outside, join(root, 'a'))
    expect(await source.read('a/secret.yml')).toEqual({
      diagnostic: expect.objectContaining({ file: 'a/secret.yml', code: 'outside-root' })
    })
  })

  it('confines files under folders that are symbolic links, each folder resolved per listing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'))
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(join(outside, 'serverless.yml'), 'service: away')
    const root = repo({ 'svc/serverless.yml': 'service: a', 'svc/other.yml': 'b: 1' })
    symlinkSync('svc', join(root, 'inside'))
    symlinkSync(outside, join(root, 'away'))
    const source = new DirectorySource(root)
    expect(await source.read('svc/serverless.yml')).toEqual({ text: 'service: a' })
    expect(await source.read('inside/other.yml')).toEqual({ text: 'b: 1' })
    expect(await source.read('away/serverless.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'outside-root' })
    })
    expect(await source.read('svc/missing.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'not-found' })
    })
    // The folder becomes a link out of the repository: the next listing sees it.
    rmSync(join(root, 'svc'), { recursive: true })
    symlinkSync(outside, join(root, 'svc'))
    await source.list()
    expect(await source.read('svc/serverless.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'outside-root' })
    })
  })

  it('reads a file that is a link within the repository, and refuses a loop', async () => {
    const root = repo({ 'shared/base.yml': 'x: 1' })
    symlinkSync('shared/base.yml', join(root, 'base.yml'))
    symlinkSync('loop-b.yml', join(root, 'loop-a.yml'))
    symlinkSync('loop-a.yml', join(root, 'loop-b.yml'))
    const source = new DirectorySource(root)
    expect(await source.read('base.yml')).toEqual({ text: 'x: 1' })
    expect(await source.read('loop-a.yml')).toEqual({
      diagnostic: expect.objectContaining({
        code: 'unreadable',
        message: expect.stringMatching(/ELOOP/)
      })
    })
  })

  it('follows folder links: into the repository it reads, out of it it refuses', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'))
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(join(outside, 'secret.yml'), 'token: x')
    const root = repo({ 'infra/ok.yml': 'a: 1', 'infra/deep/more.yml': 'b: 2' })
    symlinkSync(outside, join(root, 'shared'))
    symlinkSync(join(root, 'infra'), join(root, 'alias'))
    symlinkSync('../shared', join(root, 'infra', 'up'))
    const source = new DirectorySource(root)
    for (const path of ['shared/secret.yml', 'infra/up/secret.yml', 'alias/up/secret.yml'])
      expect([path, await source.read(path)]).toEqual([
        path,
        { diagnostic: expect.objectContaining({ code: 'outside-root' }) }
      ])
    expect(await source.read('alias/ok.yml')).toEqual({ text: 'a: 1' })
    expect(await source.read('alias/deep/more.yml')).toEqual({ text: 'b: 2' })
    expect(await source.read('alias/deep/none.yml')).toEqual({
      diagnostic: expect.objectContaining({ code: 'not-found' })
    })
    expect(await source.read('infra/ok.yml/x')).toEqual({
      diagnostic: expect.objectContaining({ code: 'not-found' })
    })
    expect(await source.read('infra/deep')).toEqual({
      diagnostic: expect.objectContaining({ code: 'not-a-file' })
    })
  })
})

describe('paths', () => {
  it('confines paths to the repository', () => {
    expect(confinePath('a/../b.yml')).toBe('b.yml')
    expect(confinePath('./a/b.yml')).toBe('a/b.yml')
    expect(confinePath('a/../../b.yml')).toBeUndefined()
    expect(confinePath('C:\\x')).toBeUndefined()
    expect(resolveInRepo('svc', '../shared/x.yml')).toBe('shared/x.yml')
    expect(resolveInRepo('svc', '../../x.yml')).toBeUndefined()
    expect(resolveInRepo('svc', '/etc/passwd')).toBeUndefined()
  })

  it('keeps a backslash as part of a file name, and reads it as a separator in references', () => {
    expect(confinePath('a\\b.yml')).toBe('a\\b.yml')
    expect(confinePath('..\\x.yml')).toBe('..\\x.yml')
    expect(resolveInRepo('svc', 'src\\handler')).toBe('svc/src/handler')
    expect(resolveInRepo('svc', '..\\..\\x.yml')).toBeUndefined()
  })
})

describe('DirectorySource.links', () => {
  it('are the links of the listing the scan works on, found once for it', async () => {
    const root = repo({ 'serverless.yml': 'service: a\n', 'shared/base.yml': 'x: 1\n' })
    symlinkSync('shared/base.yml', join(root, 'base.yml'))
    const source = new DirectorySource(root)
    const listed = await source.list()
    expect(listed).toContain('base.yml')
    const links = await source.links()
    expect([...links]).toEqual([['base.yml', 'shared/base.yml']])
    // A link made after the listing is not in it, so not among its links either.
    symlinkSync('serverless.yml', join(root, 'other.yml'))
    expect(await source.links()).toBe(links)
    await source.list()
    expect([...(await source.links())].map(([path]) => path)).toEqual(['base.yml', 'other.yml'])
  })
})

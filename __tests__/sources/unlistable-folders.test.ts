import { afterEach, describe, expect, it } from '@jest/globals'
import { rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { filteredSource } from '../../src/sources/filtered.js'
import { commit, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { unlistableFolder } from '../helpers/unlistable-folder.js'

/**
 * A folder that is there but cannot be listed hides whatever it holds: an error naming the folder
 * and the system's reason, never an empty folder. The condition is made with a path longer than
 * the system accepts, which binds root and other users alike.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'
const TOO_LONG =
  /^folder cannot be listed: path too long \(ENAMETOOLONG\); files in it were not checked$/

function repo(files: Record<string, string>): string {
  const r = tempRepo(files)
  cleanups.push(r.cleanup)
  return r.root
}

function hideFolder(root: string, under: string): string {
  const made = unlistableFolder(root, under, { 'serverless.yml': PUBLIC_URL })
  cleanups.unshift(made.remove)
  return made.folder
}

async function scan(root: string, configText = 'scanners: [iac]\n') {
  const config = parseConfigText('.serverless-gate.yml', configText)
  const settings = resolveSettings({}, config)
  const head = new DirectorySource(root, { excludePaths: settings['exclude-paths'] })
  return runScan({ head, config, settings })
}

describe('a folder that cannot be listed', () => {
  it('is a listing problem naming the folder and the reason; the rest is listed', async () => {
    const root = repo({ 'api/serverless.yml': PUBLIC_URL })
    const folder = hideFolder(root, 'deep')
    const source = new DirectorySource(root)
    expect(await source.list()).toEqual(['api/serverless.yml'])
    const problems = await source.listingProblems()
    expect(problems).toEqual([
      expect.objectContaining({ file: folder, code: 'unlistable', severity: 'error' })
    ])
    expect(problems[0]?.message).toMatch(TOO_LONG)
    // A second listing starts afresh: the same folder once, not twice.
    await source.list()
    expect(await source.listingProblems()).toHaveLength(1)
  })

  it('makes the scan an error, once, and the other findings are still reported', async () => {
    const root = repo({ 'api/serverless.yml': PUBLIC_URL })
    const folder = hideFolder(root, 'deep')
    const result = await scan(root)
    expect(result.decision).toBe('error')
    expect(result.errors.filter(e => e.file === folder)).toEqual([
      expect.objectContaining({ code: 'unlistable', message: expect.stringMatching(TOO_LONG) })
    ])
    expect(result.findings.map(f => f.location.file)).toContain('api/serverless.yml')
  })

  it('is no problem when exclude-paths, or paths, leave it out of the scan', async () => {
    const root = repo({ 'api/serverless.yml': PUBLIC_URL })
    const folder = hideFolder(root, 'vendor')
    const source = new DirectorySource(root)
    await source.list()
    const excluded = filteredSource(source, [], ['vendor/**'])
    expect(await excluded.listingProblems?.()).toEqual([])
    const elsewhere = filteredSource(source, ['api/**'], [])
    expect(await elsewhere.listingProblems?.()).toEqual([])
    const within = filteredSource(source, ['vendor/**/serverless.yml'], [])
    expect((await within.listingProblems?.())?.map(d => d.file)).toEqual([folder])
    const anywhere = filteredSource(source, ['**/*.yml'], [])
    expect((await anywhere.listingProblems?.())?.map(d => d.file)).toEqual([folder])
    expect((await scan(root, 'scanners: [iac]\nexclude-paths: [vendor/**]\n')).decision).not.toBe(
      'error'
    )
  })
})

describe('a tracked file in a git work tree that cannot be looked at', () => {
  it('is read, and the system refusal is an error naming the file', async () => {
    const root = repo({})
    initRepo(root)
    commit(root, { 'svc/serverless.yml': PUBLIC_URL, 'api/serverless.yml': PUBLIC_URL }, 'init')
    // The folder above it becomes a symbolic link to itself: every look inside it loops.
    rmSync(join(root, 'svc'), { recursive: true })
    symlinkSync('svc', join(root, 'svc'))
    const source = new DirectorySource(root)
    expect(await source.list()).toEqual(['api/serverless.yml', 'svc', 'svc/serverless.yml'])
    const result = await scan(root)
    expect(result.decision).toBe('error')
    expect(result.errors.filter(e => e.file === 'svc/serverless.yml')).toEqual([
      expect.objectContaining({
        code: 'unreadable',
        message: expect.stringMatching(/too many levels of symbolic links \(ELOOP\)/)
      })
    ])
    expect(result.findings.map(f => f.location.file)).toContain('api/serverless.yml')
  })
})

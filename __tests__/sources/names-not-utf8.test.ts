import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Git and Linux allow any bytes in a name; a folder named with a byte that is not UTF-8 (0xff)
 * reads as `d\ufffd` and no path written that way opens it. A template in it was left out of the
 * scan without a word: now it is listed and an error at its path.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'
const SHOWN = 'd\ufffd/serverless.yml'

/** A repository with `api/serverless.yml` and the same file in a folder named `d` + 0xff. */
function repo(): string {
  const r = tempRepo({ 'api/serverless.yml': PUBLIC_URL })
  cleanups.push(r.cleanup)
  const folder = Buffer.concat([Buffer.from(`${r.root}/d`), Buffer.from([0xff])])
  mkdirSync(folder)
  writeFileSync(Buffer.concat([folder, Buffer.from('/serverless.yml')]), PUBLIC_URL)
  // A picture with such a name is no template: nothing to say about it.
  writeFileSync(Buffer.concat([Buffer.from(`${r.root}/api/pic`), Buffer.from([0xe9])]), 'x')
  return r.root
}

async function scan(root: string) {
  const config = parseConfigText('.serverless-gate.yml', 'scanners: [iac]\n')
  const settings = resolveSettings({}, config)
  return runScan({ head: new DirectorySource(root), config, settings })
}

function expectNamedError(result: Awaited<ReturnType<typeof scan>>): void {
  expect(result.decision).toBe('error')
  expect(result.errors).toEqual([
    expect.objectContaining({
      file: SHOWN,
      code: 'unreadable',
      message: expect.stringMatching(/^its name .* is not UTF-8 text, .*: not read; rename it$/)
    })
  ])
  expect(result.findings.map(f => f.location.file)).toContain('api/serverless.yml')
}

describe('a file whose name is not UTF-8', () => {
  it('is listed under its name as text, and reading it says why it cannot be read', async () => {
    const source = new DirectorySource(repo())
    const listed = await source.list()
    expect(listed).toEqual(['api/pic\ufffd', 'api/serverless.yml', SHOWN])
    expect(await source.read(SHOWN)).toEqual({
      diagnostic: expect.objectContaining({ file: SHOWN, code: 'unreadable' })
    })
  })

  it('makes a scan of a folder an error at that file, once; the rest is checked', async () => {
    expectNamedError(await scan(repo()))
  })

  it('makes a scan of a git work tree an error at that file, once', async () => {
    const root = repo()
    initRepo(root)
    commit(root, {}, 'files')
    expect(git(root, 'ls-files')).toContain('"d\\377/serverless.yml"')
    expectNamedError(await scan(root))
  })
})

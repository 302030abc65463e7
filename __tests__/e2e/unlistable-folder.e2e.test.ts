import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'
import { unlistableFolder } from '../helpers/unlistable-folder.js'

/**
 * A folder the system refuses to list may hold templates and lockfiles nobody sees: through the
 * bundled CLI, the run is an `error` naming the folder once, and everything else is still reported.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const OSV = join(DIST, '..', 'examples', 'osv')
const cli = (args: string[], cwd: string) =>
  spawnNode([join(DIST, 'cli.js'), ...args], cwd, { PATH: process.env.PATH ?? '' })

const PUBLIC_URL =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true\n'

const LOCK = JSON.stringify({
  name: 'app',
  lockfileVersion: 3,
  packages: { '': { name: 'app' }, 'node_modules/lodash': { version: '4.17.20' } }
})

interface Report {
  result: string
  findings: { ruleId: string; location: { file: string } }[]
  errors: { file: string; code: string; message: string }[]
}

function repoWithHiddenFolder(config = ''): { root: string; folder: string } {
  const repo = tempRepo({
    'api/serverless.yml': PUBLIC_URL,
    'package-lock.json': LOCK,
    ...(config ? { '.serverless-gate.yml': config } : {})
  })
  cleanups.push(repo.cleanup)
  const hidden = unlistableFolder(repo.root, 'services', {
    'serverless.yml': PUBLIC_URL,
    'package-lock.json': '{}'
  })
  cleanups.unshift(hidden.remove)
  return { root: repo.root, folder: hidden.folder }
}

const occurrences = (text: string, part: string) => text.split(part).length - 1

describe('a folder that cannot be listed, through the bundled CLI', () => {
  it('exits 2 naming the folder once with the reason; other findings are still reported', async () => {
    const { root, folder } = repoWithHiddenFolder()
    const json = await cli(['scan', '.', '--format', 'json', '--osv-offline-dir', OSV], root)
    expect(json.code).toBe(2)
    const report = JSON.parse(json.stdout) as Report
    expect(report.result).toBe('error')
    expect(report.errors.filter(e => e.file === folder)).toEqual([
      {
        file: folder,
        code: 'unlistable',
        message:
          'folder cannot be listed: path too long (ENAMETOOLONG); files in it were not checked',
        ...{ line: 1, column: 1, severity: 'error' }
      }
    ])
    expect(occurrences(json.stdout, folder)).toBe(1)
    const found = report.findings.map(f => f.location.file)
    expect(found).toContain('api/serverless.yml')
    expect(found).toContain('package-lock.json')

    const text = await cli(['scan', '.', '--osv-offline-dir', OSV], root)
    expect(text.code).toBe(2)
    expect(occurrences(text.stdout, folder)).toBe(1)
    expect(text.stdout).toMatch(/folder cannot be listed: path too long \(ENAMETOOLONG\)/)
  })

  it('passes over it when exclude-paths leaves it out', async () => {
    const { root, folder } = repoWithHiddenFolder('exclude-paths: [services/**]\n')
    const out = await cli(['scan', '.', '--format', 'json', '--osv-offline-dir', OSV], root)
    const report = JSON.parse(out.stdout) as Report
    expect(report.errors.map(e => e.file)).not.toContain(folder)
    expect(out.code).toBe(1)
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateLockfile } from '../../bench/deps-parse.js'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * The dependency scanner fails closed, through the bundled CLI: whatever it recognises and cannot
 * check makes the result `error` (exit 2), named once, and the other lockfiles' findings are
 * still reported.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const RECORDS = join(process.cwd(), '__tests__', 'fixtures', 'osv', 'records')
const record = (id: string) => readFileSync(join(RECORDS, `${id}.json`), 'utf8')
/** Offline OSV records for lodash (npm) and Django (PyPI), beside the repository. */
const OSV = {
  'osv/GHSA-35jh-r3h4-6jhm.json': record('GHSA-35jh-r3h4-6jhm'),
  'osv/GHSA-jh3w-4vvf-mjgr.json': record('GHSA-jh3w-4vvf-mjgr')
}
const LODASH_LOCK = JSON.stringify(
  {
    name: 'web',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'web', dependencies: { lodash: '4.17.20' } },
      'node_modules/lodash': {
        version: '4.17.20',
        resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz'
      }
    }
  },
  null,
  2
)

interface Report {
  result: string
  findings: { evidence: string; location: { file: string; line: number } }[]
  errors: { file: string; line: number; code: string; message: string }[]
  notes: { file: string; code: string; message: string }[]
}

async function scan(files: Record<string, string | Uint8Array>, extra: string[] = []) {
  const repo = tempRepo({ ...OSV, ...files })
  cleanups.push(repo.cleanup)
  const args = ['scan', 'app', '--scanners', 'deps', '--format', 'json']
  const out = await spawnNode(
    [join(DIST, 'cli.js'), ...args, '--osv-offline-dir', 'osv', ...extra],
    repo.root,
    { PATH: process.env.PATH ?? '' }
  )
  return { code: out.code, report: JSON.parse(out.stdout) as Report, stdout: out.stdout }
}

/** The start of a binary `bun.lockb` (Bun's header, then binary fields), written for these tests. */
const BUN_LOCKB = Buffer.concat([
  Buffer.from('#!/usr/bin/env bun\nbun-lockfile-format-v0\n'),
  Buffer.from([2, 0, 0, 0, 0x9c, 0x01, 0, 0, 0xff, 0xfe]),
  Buffer.from('lodash\u00004.17.20\u0000')
])
const BUN_LOCK =
  '{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "dependencies": {\n        "lodash": "4.17.20",\n      },\n    },\n  },\n  "packages": {\n    "lodash": ["lodash@4.17.20", "", {}, "sha512-x"],\n  },\n}\n'

const evidence = (r: Report) =>
  r.findings.map(f => `${f.evidence} ${f.location.file}:${f.location.line}`)
const errors = (r: Report) => r.errors.map(e => `${e.file}:${e.line} ${e.code}`)

describe('dependency scan fails closed (bundled CLI)', () => {
  it('follows a requirements include whatever its name, and reports its package at its own line', async () => {
    const { code, report } = await scan({
      'app/requirements.txt': '# runtime\n-r deps/base.in\n',
      'app/deps/base.in': 'boto3==1.28.0\ndjango==3.2.15\n'
    })
    expect(evidence(report)).toEqual(['PyPI:django@3.2.15 deps/base.in:2'])
    expect(report.errors).toEqual([])
    expect(code).toBe(1)
  })

  it.each([
    [
      'a missing include',
      { 'app/py/requirements.txt': 'requests==2.31.0\n-r missing.txt\n' },
      'py/requirements.txt:2 missing-include'
    ],
    [
      'an include outside the repository',
      { 'app/py/requirements.txt': '-r ../../../etc/passwd\n' },
      'py/requirements.txt:1 include-outside-repo'
    ],
    [
      'a go.mod that is not one',
      { 'app/go/go.mod': 'this is not a go.mod file!\n' },
      'go/go.mod:1 parse-error'
    ],
    [
      'a Gemfile.lock without a section',
      { 'app/rb/Gemfile.lock': 'hello\n' },
      'rb/Gemfile.lock:1 unrecognised-content'
    ],
    ['an empty poetry.lock', { 'app/py/poetry.lock': '' }, 'py/poetry.lock:1 empty-lockfile'],
    [
      'a pnpm link to a folder outside the repository',
      {
        'app/js/pnpm-lock.yaml':
          "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      lib:\n        specifier: link:../../../lib\n        version: link:../../../lib\n"
      },
      'js/pnpm-lock.yaml:5 link-outside-repo'
    ],
    [
      'an editable install outside the repository',
      { 'app/py/requirements.txt': 'flask==2.0.3\n-e ../../shared-lib\n' },
      'py/requirements.txt:2 link-outside-repo'
    ],
    [
      "a binary bun.lockb as a folder's only Bun lockfile",
      { 'app/bun/bun.lockb': BUN_LOCKB, 'app/bun/package.json': '{"name": "bun-app"}\n' },
      'bun/bun.lockb:1 binary-lockfile'
    ]
  ])(
    '%s: result error, exit 2, named once, other findings still reported',
    async (_case, files, expected) => {
      const { code, report, stdout } = await scan({
        ...files,
        'app/web/package-lock.json': LODASH_LOCK
      })
      expect(code).toBe(2)
      expect(report.result).toBe('error')
      expect(errors(report)).toEqual([expected])
      const file = expected.split(':')[0] as string
      expect(stdout.split(`"file": "${file}"`).length - 1).toBe(1)
      expect(evidence(report)).toEqual(['npm:lodash@4.17.20 web/package-lock.json:12'])
    }
  )

  it('a bun.lockb beside a bun.lock is no error: the text lockfile is what is checked', async () => {
    const { code, report } = await scan({
      'app/bun/bun.lockb': BUN_LOCKB,
      'app/bun/bun.lock': BUN_LOCK
    })
    expect(report.errors).toEqual([])
    expect(evidence(report)).toEqual(['npm:lodash@4.17.20 bun/bun.lock:11'])
    expect(code).toBe(1)
  })

  it('an empty requirements file passes, and says it is empty', async () => {
    const { code, report } = await scan({ 'app/requirements.txt': '# nothing yet\n' })
    expect(code).toBe(0)
    expect(report.result).toBe('pass')
    expect(report.notes).toEqual([
      expect.objectContaining({
        file: 'requirements.txt',
        code: 'empty-lockfile',
        message: 'empty: no dependencies to check'
      })
    ])
  })

  it('a malformed offline OSV record beside valid ones is an error naming it; the valid ones still match', async () => {
    const { code, report } = await scan({
      'app/web/package-lock.json': LODASH_LOCK,
      'osv/GHSA-broken.json': '{"id": "GHSA-broken",'
    })
    expect(code).toBe(2)
    expect(errors(report)).toEqual(['GHSA-broken.json:1 osv-offline-record'])
    expect(evidence(report)).toEqual(['npm:lodash@4.17.20 web/package-lock.json:12'])
  })

  it('reports lodash 4.17.20 in a generated 50,000-entry package-lock.json', async () => {
    const big = generateLockfile(50_000).replace(
      '"node_modules/pkg-1": {',
      '"node_modules/lodash": {\n      "version": "4.17.20",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz"\n    },\n    "node_modules/pkg-1": {'
    )
    expect(big.length).toBeGreaterThan(19_000_000)
    // Large lockfiles are read whatever the default size limit is; the limit is raised explicitly.
    const { code, report } = await scan({
      'app/package-lock.json': big,
      'app/.serverless-gate.yml': `max-file-size: ${256 * 1024 * 1024}\n`
    })
    expect(report.errors).toEqual([])
    expect(evidence(report)).toEqual([
      expect.stringMatching(/^npm:lodash@4\.17\.20 package-lock\.json:\d+$/)
    ])
    expect(code).toBe(1)
  }, 120_000)
})

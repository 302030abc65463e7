import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DIST, spawnNode } from '../helpers/runner.js'

/**
 * A dependency-only scan starts fast on a large lockfile because it loads only what it needs: the
 * bundled CLI keeps the IaC readers, the Terraform grammar and the rule checks in chunks loaded on
 * demand. These runs record which bundle files node loads (a module loader hook, as users cannot
 * see it otherwise) and look at what those files hold.
 */

let work: string
let hooks: string

/** Appends the path of every bundle file node loads to the file named by LOADED_LOG. */
const LOADER_HOOKS = `
import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith(${JSON.stringify(pathToFileURL(DIST).href)})) appendFileSync(process.env.LOADED_LOG, url + '\\n')
  return next(url, context)
}
`

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sg-on-demand-'))
  hooks = join(work, 'hooks.mjs')
  writeFileSync(hooks, LOADER_HOOKS)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const OSV_RECORDS = resolve(DIST, '..', 'examples', 'osv')

const LOCKFILE = JSON.stringify({
  name: 'orders',
  lockfileVersion: 3,
  packages: {
    '': { dependencies: { lodash: '4.17.20' } },
    'node_modules/lodash': { version: '4.17.20' }
  }
})

/** The source files and packages bundled into the files a scan of `files` loaded. */
async function loadedByScan(name: string, files: Record<string, string>, scanners = 'deps') {
  const repo = join(work, name)
  mkdirSync(repo)
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text)
  const log = join(work, `${name}.log`)
  writeFileSync(log, '')
  const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)})`
  const run = await spawnNode(
    [
      ...['--import', register, join(DIST, 'cli.js'), 'scan', '.', '--scanners', scanners],
      ...['--format', 'json', '--osv-offline-dir', OSV_RECORDS]
    ],
    repo,
    { PATH: process.env.PATH ?? '', LOADED_LOG: log }
  )
  const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean)
  const sources = loaded.flatMap(url =>
    [...readFileSync(new URL(url), 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map(
      m => m[1]!
    )
  )
  return { run, loaded, sources }
}

const IAC_ONLY = [
  /^src\/iac\/build-model\.ts$/,
  /^src\/iac\/(terraform|cloudformation|sam)\//,
  /^src\/iac\/serverless\/(functions|iam)\.ts$/,
  /^src\/policy\/engine\/evaluate\.ts$/,
  // The rule catalog: a config file is checked against the list of its ids alone.
  /^src\/policy\/rules\/(api|data|functions|iam|diff)\//,
  /^node_modules\/web-tree-sitter\//
]

/** The OSV stage: its client and records, version schemes and CVSS (its config schema aside). */
const OSV_STAGE = [
  /^src\/osv\/(?!config\.ts$)/,
  /^node_modules\/(ae-cvss-calculator|semver|@renovatebot)\//
]

const osvStage = (sources: string[]) => sources.filter(s => OSV_STAGE.some(re => re.test(s)))

const iacOnly = (sources: string[]) => sources.filter(s => IAC_ONLY.some(re => re.test(s)))

describe('a dependency-only scan', () => {
  it('of a tree without IaC loads neither the IaC readers nor the Terraform grammar', async () => {
    const { run, loaded, sources } = await loadedByScan('deps-only', {
      'package-lock.json': LOCKFILE,
      '.serverless-gate.yml': 'scanners: [deps]\n'
    })
    // The lockfile was read and checked: its vulnerable lodash is reported.
    const report = JSON.parse(run.stdout) as { findings: { evidence?: string }[] }
    expect(report.findings.map(f => f.evidence)).toContain('npm:lodash@4.17.20')
    expect(loaded.length).toBeGreaterThan(1)
    expect(sources).toContain('src/deps/package-lock/index.ts')
    expect(iacOnly(sources)).toEqual([])
    // Offline records in plain .json files: the zip reader is not loaded either, nor the TOML
    // and XML readers other lockfile formats need.
    const readers = /^node_modules\/(fflate|smol-toml|fast-xml-parser)\//
    expect(sources.filter(s => readers.test(s))).toEqual([])
  })

  it('of a tree with a Serverless service models it, to name the functions that ship each lockfile', async () => {
    const { run, sources } = await loadedByScan('with-service', {
      'package-lock.json': LOCKFILE,
      'serverless.yml':
        'service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  create:\n    handler: handler.create\n'
    })
    expect(run.stdout).toContain('npm:lodash@4.17.20')
    expect(iacOnly(sources)).toEqual(
      expect.arrayContaining(['src/iac/build-model.ts', 'src/iac/serverless/functions.ts'])
    )
  })
})

describe('an IaC-only scan', () => {
  it('of a tree without IaC loads neither the IaC readers nor the rules', async () => {
    const { run, sources } = await loadedByScan(
      'no-iac',
      { 'README.md': '# orders\n', 'index.js': 'export const handler = () => 1\n' },
      'iac'
    )
    const report = JSON.parse(run.stdout) as { result: string; findings: unknown[] }
    expect([report.result, report.findings]).toEqual(['pass', []])
    expect(iacOnly(sources)).toEqual([])
  })

  it('does not load the OSV stage, even beside a lockfile', async () => {
    const { run, sources } = await loadedByScan(
      'iac-only',
      {
        'package-lock.json': LOCKFILE,
        'serverless.yml':
          'service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: "*"\n          Resource: "*"\nfunctions:\n  create:\n    handler: handler.create\n'
      },
      'iac'
    )
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] }
    expect(report.findings.map(f => f.ruleId)).toContain('iam-admin-access')
    expect(sources).toContain('src/iac/build-model.ts')
    expect(osvStage(sources)).toEqual([])
  })

  it('loads it once a scan looks a package up', async () => {
    const { sources } = await loadedByScan('deps-lookup', { 'package-lock.json': LOCKFILE })
    expect(osvStage(sources)).toEqual(
      expect.arrayContaining(['src/osv/client.ts', 'src/osv/severity.ts'])
    )
    // lodash 4.17.20's records carry CVSS vectors, scored by the calculator.
    expect(sources).toContain('node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js')
  })

  it('leaves the CVSS calculator out when no package has a vulnerability to score', async () => {
    const clean = LOCKFILE.replaceAll('lodash', 'left-pad').replaceAll('4.17.20', '1.3.0')
    const { run, sources } = await loadedByScan('deps-clean', { 'package-lock.json': clean })
    const report = JSON.parse(run.stdout) as { result: string; findings: unknown[] }
    expect([report.result, report.findings]).toEqual(['pass', []])
    expect(sources).toContain('src/osv/severity.ts')
    expect(sources.filter(s => s.startsWith('node_modules/ae-cvss-calculator/'))).toEqual([])
  })
})

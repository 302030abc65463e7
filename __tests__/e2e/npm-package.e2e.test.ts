import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '..', '..')
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))

let work: string
/**
 * npm with an empty cache and no network: whatever the package would need from a registry makes
 * the install fail, so a published package that does not install on its own fails this test.
 */
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false'
    }
  })

let tarball: string
let packed: string[]
let project: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sg-npm-package-'))
  const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO)
  expect(pack.stderr).not.toMatch(/npm error/)
  const info = JSON.parse(pack.stdout)[0]
  tarball = join(work, info.filename)
  packed = info.files.map((f: { path: string }) => f.path).sort()
  project = join(work, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the npm package', () => {
  it('has no dependencies to install: dist/ bundles them', () => {
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.bin).toEqual({ 'serverless-gate': 'dist/cli.js' })
  })

  it('ships the bundle, its grammars and the action, not the sources or tests', () => {
    for (const file of [
      'dist/cli.js',
      'dist/index.js',
      'dist/worker.js',
      'dist/tree-sitter.wasm',
      'dist/tree-sitter-terraform.wasm',
      'action.yml',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'SECURITY.md',
      'package.json'
    ])
      expect(packed).toContain(file)
    expect(packed.filter(f => /^(src|__tests__|scripts|examples|node_modules)\//.test(f))).toEqual(
      []
    )
  })

  it('installs from the tarball offline into an empty folder, and npx serverless-gate scans the demo', () => {
    const install = npm(['install', tarball], project)
    expect(install.stderr).not.toMatch(/npm error/)
    expect(install.status).toBe(0)
    const scan = npm(
      [
        'exec',
        '--',
        'serverless-gate',
        'scan',
        join(REPO, 'examples/demo/head'),
        '--base',
        join(REPO, 'examples/demo/base'),
        '--osv-offline-dir',
        join(REPO, 'examples/osv'),
        '--format',
        'sarif'
      ],
      project
    )
    expect(scan.stderr).not.toMatch(/npm error/)
    expect(scan.status).toBe(1)
    const run = JSON.parse(scan.stdout).runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'serverless-gate', version: manifest.version })
    // A finding that is part of an attack path is named in the path's result (alsoRuleIds).
    const rules = run.results.flatMap(
      (r: { ruleId: string; properties?: { alsoRuleIds?: string[] } }) => [
        r.ruleId,
        ...(r.properties?.alsoRuleIds ?? [])
      ]
    )
    expect(rules).toContain('api-no-authorization')
    expect(rules).toContain('vulnerable-dependency')
  })
})

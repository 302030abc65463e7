import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parserFor } from '../../src/deps/registry.js'
import { discoverIac } from '../../src/iac/discover.js'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo, writeFiles } from '../helpers/temp-repo.js'

interface Hook {
  id: string
  language: string
  entry: string
  files: string
  pass_filenames: boolean
}
const hooks: Hook[] = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8'))
const hook = (id: string) => hooks.find(h => h.id === id)!
const manifest = JSON.parse(readFileSync('package.json', 'utf8'))

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/** Runs a hook's entry as pre-commit does: in the repository root, the package's bin for the command. */
function runHook(id: string, root: string) {
  const [command, ...args] = hook(id).entry.split(' ')
  expect(manifest.bin[command!]).toBe('dist/cli.js')
  return spawnNode([join(DIST, 'cli.js'), ...args], root, { PATH: process.env.PATH ?? '' })
}

const CLEAN =
  'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n'
const PUBLIC_URL = `${CLEAN}    url: true\n`

describe('pre-commit hooks', () => {
  it('are node hooks whose entry is the CLI, run once per commit, not per file', () => {
    expect(hooks.map(h => h.id)).toEqual(['serverless-gate', 'serverless-gate-all'])
    for (const h of hooks) {
      expect(h).toMatchObject({ language: 'node', pass_filenames: false })
      expect(Object.keys(manifest.bin)).toContain(h.entry.split(' ')[0])
    }
  })

  it('run when a commit touches any IaC file or lockfile the gate reads, and not otherwise', () => {
    const files = execFileSync(
      'git',
      ['ls-files', '__tests__/fixtures/deps', '__tests__/fixtures/iac', 'examples'],
      {
        encoding: 'utf8'
      }
    )
      .split('\n')
      .filter(Boolean)
    const read = [
      ...files.filter(f => parserFor(f)),
      ...discoverIac(files).templates,
      ...[...discoverIac(files).terraform.values()].flat(),
      '.serverless-gate.yml',
      'infra/main.tf.json',
      'requirements/prod.txt',
      'gradle/dependency-locks/compileClasspath.lockfile'
    ]
    expect(read.length).toBeGreaterThan(100)
    for (const h of hooks) {
      const triggers = new RegExp(h.files)
      expect(read.filter(f => !triggers.test(f))).toEqual([])
      const unrelated = ['README.md', 'src/handler.py', 'Dockerfile', 'go.sum', 'main.go']
      expect(unrelated.filter(f => triggers.test(f))).toEqual([])
    }
  })

  it('serverless-gate fails on what the staged change introduces, and passes on old findings', async () => {
    const repo = tempRepo({})
    cleanups.push(repo.cleanup)
    initRepo(repo.root)
    commit(repo.root, { 'serverless.yml': CLEAN }, 'clean')
    writeFiles(repo.root, { 'serverless.yml': PUBLIC_URL })
    git(repo.root, 'add', '-A')
    const introduced = await runHook('serverless-gate', repo.root)
    expect(introduced.stdout).toMatch(/lambda-url-auth-none/)
    expect(introduced.code).toBe(1)

    git(repo.root, 'commit', '-q', '-m', 'public url')
    writeFiles(repo.root, { 'serverless.yml': `${PUBLIC_URL}  b:\n    handler: b.h\n` })
    git(repo.root, 'add', '-A')
    expect((await runHook('serverless-gate', repo.root)).code).toBe(0)
    const all = await runHook('serverless-gate-all', repo.root)
    expect(all.stdout).toMatch(/lambda-url-auth-none/)
    expect(all.code).toBe(1)
  })
})

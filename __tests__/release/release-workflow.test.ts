import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { commit, git, initRepo } from '../helpers/git-repo.js'
import { tempRepo } from '../helpers/temp-repo.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
}
const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8'))
const job = workflow.jobs.release
const steps: Step[] = job.steps
const step = (id: string): Step => {
  const found = steps.find(s => s.id === id)
  if (!found) throw new Error(`release.yml has no step ${id}`)
  return found
}
const order = (id: string) => steps.findIndex(s => s.id === id)

/** Runs a step's script the way a runner does (bash -eo pipefail), with the runner's variables. */
function runStep(id: string, cwd: string, env: Record<string, string>) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(id).run!], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env }
  })
  return { code: r.status, output: `${r.stdout}${r.stderr}` }
}

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

/** GitHub's tag filter `v[0-9]+.[0-9]+.[0-9]+` as a regular expression. */
function tagFilter(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.')}$`)
}

describe('release workflow', () => {
  it('runs on version tags vX.Y.Z only', () => {
    const filters: string[] = workflow.on.push.tags
    const matches = (tag: string) => filters.some(f => tagFilter(f).test(tag))
    expect(matches('v1.2.3')).toBe(true)
    expect(matches('v10.0.12')).toBe(true)
    expect(['v1', 'v1.2', 'v1.2.3-rc.1', '1.2.3'].filter(matches)).toEqual([])
    expect(workflow.on.push.branches).toBeUndefined()
  })

  it('writes only with the job that needs it: contents write, nothing else', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(job.permissions).toEqual({ contents: 'write' })
  })

  it('checks the version and rebuilds dist/ before it publishes anything', () => {
    expect(step('check-dist').run).toBe('npm run check-dist')
    expect(step('install').run).toMatch(/npm ci/)
    expect(step('create-release').run).toMatch(/gh release create "\$GITHUB_REF_NAME" --verify-tag/)
    expect(step('create-release').run).toMatch(/--notes-file "\$RUNNER_TEMP\/release-notes\.md"/)
    expect(step('release-notes').run).toMatch(/scripts\/release-notes\.mjs "\$GITHUB_REF_NAME"/)
    for (const before of ['check-version', 'install', 'check-dist', 'test', 'release-notes'])
      expect(order(before)).toBeLessThan(order('create-release'))
    expect(order('create-release')).toBeLessThan(order('move-major-tag'))
    // No expression is expanded inside a script: tag names reach the shell as variables only.
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/)
  })

  it('refuses a tag that is not the version in package.json', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version
    expect(runStep('check-version', '.', { GITHUB_REF_NAME: `v${version}` }).code).toBe(0)
    const wrong = runStep('check-version', '.', { GITHUB_REF_NAME: 'v99.0.0' })
    expect(wrong.code).toBe(1)
    expect(wrong.output).toMatch(/tag v99\.0\.0 does not match package\.json/)
  })

  it('moves the major tag to each new release of that major, on the remote', () => {
    const origin = tempRepo({})
    const clone = tempRepo({})
    cleanups.push(origin.cleanup, clone.cleanup)
    git(origin.root, 'init', '-q', '--bare')
    initRepo(clone.root)
    git(clone.root, 'remote', 'add', 'origin', origin.root)
    const first = commit(clone.root, { 'a.txt': '1' }, 'first')
    const env = (tag: string, sha: string) => ({ GITHUB_REF_NAME: tag, GITHUB_SHA: sha })
    expect(runStep('move-major-tag', clone.root, env('v1.0.0', first)).code).toBe(0)
    expect(git(origin.root, 'rev-parse', 'refs/tags/v1')).toBe(first)
    const second = commit(clone.root, { 'a.txt': '2' }, 'second')
    expect(runStep('move-major-tag', clone.root, env('v1.1.0', second)).code).toBe(0)
    expect(git(origin.root, 'rev-parse', 'refs/tags/v1')).toBe(second)
    expect(runStep('move-major-tag', clone.root, env('v2.0.0', second)).code).toBe(0)
    expect(git(origin.root, 'rev-parse', 'refs/tags/v2')).toBe(second)
    expect(git(origin.root, 'rev-parse', 'refs/tags/v1')).toBe(second)
  })
})

describe('scripts/release-notes.mjs', () => {
  const notes = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/release-notes.mjs', ...args], { encoding: 'utf8' })

  it("prints a version's section of CHANGELOG.md, without the next one", () => {
    const r = notes('v0.1.0')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^### Added\n/)
    expect(r.stdout).toMatch(/The GitHub Action: pull-request gate/)
    expect(r.stdout).not.toMatch(/## \[|\[Unreleased\]:/)
  })

  it('fails for a version the changelog has no notes for, or an empty section', () => {
    const changelog = tempRepo({
      'CHANGELOG.md':
        '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-01\n\n## [1.0.0]\n\n- first\n'
    })
    cleanups.push(changelog.cleanup)
    const file = join(changelog.root, 'CHANGELOG.md')
    expect(notes('v1.0.0', file).stdout).toBe('- first\n')
    expect(notes('v1.1.0', file).status).toBe(1)
    expect(notes('v2.0.0', file).stderr).toMatch(/has no notes under "## \[2\.0\.0\]"/)
    expect(notes('main', file).status).toBe(2)
  })
})

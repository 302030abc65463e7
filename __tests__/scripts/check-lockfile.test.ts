import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const FIXTURES = join('__tests__', 'fixtures', 'lockfile-check')

/** Runs the lockfile check as CI does; npm stays offline so the test never reaches a registry. */
function checkLockfile(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/check-lockfile.mjs', dir], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }
  })
  return { code: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('scripts/check-lockfile.mjs', () => {
  it("passes on this repository's lockfile", () => {
    const r = checkLockfile('.')
    expect(r.output).toMatch(/has a version on every entry and npm ci accepts it/)
    expect(r.code).toBe(0)
  })

  it('passes on a healthy lockfile', () => {
    expect(checkLockfile(join(FIXTURES, 'healthy')).code).toBe(0)
  })

  it('fails on an entry without a version, naming it and its line', () => {
    const r = checkLockfile(join(FIXTURES, 'versionless'))
    expect(r.code).toBe(1)
    expect(r.output).toMatch(
      /package-lock\.json:20: "node_modules\/fflate\/node_modules\/@unrs\/resolver-binding-linux-x64-gnu" has no version/
    )
  })

  it('fails when npm ci rejects the lockfile (out of sync with package.json)', () => {
    const r = checkLockfile(join(FIXTURES, 'out-of-sync'))
    expect(r.code).toBe(1)
    expect(r.output).toMatch(/npm ci --dry-run \(npm \d+\.\d+\.\d+\) rejects the lockfile/)
    expect(r.output).not.toMatch(/has no version/)
  })
})

import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'

/** Defects of the lockfile readers, seen through the whole gate: never a silent pass. */

const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })
const errors = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.errors.map(e => `${e.file}:${e.line} ${e.code}`)

describe('lockfile readers in the gate', () => {
  it('a yarn.lock dependency line that cannot be read is an error, not a production package read as dev-only', async () => {
    // my-lib (run time) needs lodash; so does jest (a dev tool). With my-lib's line broken,
    // lodash looked dev-only and was never looked up without dev dependencies.
    const manifest = JSON.stringify({
      dependencies: { 'my-lib': '^1.0.0' },
      devDependencies: { jest: '^29.0.0' }
    })
    const lock = [
      '# yarn lockfile v1',
      '',
      'jest@^29.0.0:',
      '  version "29.7.0"',
      '  dependencies:',
      '    lodash "^4.17.0"',
      '',
      'lodash@^4.17.0:',
      '  version "4.17.15"',
      '',
      'my-lib@^1.0.0:',
      '  version "1.0.0"',
      '  dependencies:',
      '    "lodash ^4.17.0"',
      ''
    ].join('\n')
    const config = 'scanners: [deps]\nvulnerabilities:\n  include-dev: false\n'
    const r = await scanFiles(
      { 'web/package.json': manifest, 'web/yarn.lock': lock },
      undefined,
      config,
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['web/yarn.lock:14 parse-error'])
    expect(r.errors[0]?.message).toMatch(/cannot read a dependency/)
    expect(r.decision).toBe('error')
  })
})

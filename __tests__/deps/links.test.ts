import { describe, expect, it } from '@jest/globals'
import { packageLockParser } from '../../src/deps/package-lock/index.js'
import { pnpmLockParser } from '../../src/deps/pnpm/index.js'
import { parseFixture } from './helpers.js'

/** A repository's files and folders, as the scanner's listing gives them. */
const repoHas = (present: string[]) => (path: string) => present.includes(path)

const problems = (r: { diagnostics: { code: string; line: number; message: string }[] }) =>
  r.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)

describe('lockfile links to local folders', () => {
  it('package-lock: a link into the repository is followed, a missing one is a located error', () => {
    const r = parseFixture(
      packageLockParser,
      'package-lock',
      'links/package-lock.json',
      'app/package-lock.json',
      {
        repoHas: repoHas(['app/packages/api', 'app/packages/api/package.json'])
      }
    )
    expect(problems(r)).toEqual([
      'missing-link@23: link to packages/gone: app/packages/gone does not exist in the repository',
      'missing-link@32: link to ../shared: shared does not exist in the repository'
    ])
    expect(r.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'lodash@4.17.20:27'
    ])
  })

  it('package-lock: a link that leaves the repository root is outside, whatever the folder', () => {
    const r = parseFixture(
      packageLockParser,
      'package-lock',
      'links/package-lock.json',
      'package-lock.json',
      {
        repoHas: repoHas(['packages/api', 'packages/gone', 'shared'])
      }
    )
    expect(problems(r)).toEqual([
      'link-outside-repo@32: link to ../shared: outside the repository: not read'
    ])
  })

  it('pnpm: link: (relative to the importer) and file: (relative to the lockfile) are checked, each broken target once', () => {
    const r = parseFixture(pnpmLockParser, 'pnpm', 'links/pnpm-lock.yaml', 'pnpm-lock.yaml', {
      repoHas: repoHas(['packages/api', 'vendor/local-lib'])
    })
    expect(problems(r)).toEqual([
      'missing-link@14: link to packages/gone: packages/gone does not exist in the repository',
      'link-outside-repo@20: link to ../outside-lib: outside the repository: not read',
      'link-outside-repo@29: link to ../../../elsewhere: outside the repository: not read'
    ])
    expect(r.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'ms@2.1.2:38'
    ])
  })

  it('pnpm: a file: package whose folder is missing is an error at its entry', () => {
    const r = parseFixture(pnpmLockParser, 'pnpm', 'links/pnpm-lock.yaml', 'pnpm-lock.yaml', {
      repoHas: repoHas(['packages/api', 'packages/gone'])
    })
    expect(problems(r)).toContain(
      'missing-link@17: link to vendor/local-lib: vendor/local-lib does not exist in the repository'
    )
  })
})

describe('package-lock v1 local folder dependencies', () => {
  const v1 = JSON.stringify(
    {
      name: 'app',
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        here: { version: 'file:libs/here' },
        away: { version: 'file:../../away' },
        lodash: {
          version: '4.17.20',
          resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz'
        }
      }
    },
    null,
    2
  )

  it('`file:` versions are followed inside the repository; one outside is a located error', () => {
    const r = packageLockParser.parse(v1, 'app/package-lock.json', {
      repoHas: path => path === 'app/libs/here'
    })
    expect(problems(r)).toEqual([
      'link-outside-repo@9: link to ../../away: outside the repository: not read'
    ])
    expect(r.packages.map(p => `${p.name}@${p.version}`)).toEqual(['lodash@4.17.20'])
  })
})

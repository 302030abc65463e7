import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadParsersFor, parseLockfile } from '../../src/deps/registry.js'
import { packageLockParser } from '../../src/deps/package-lock/index.js'
import { pnpmLockParser } from '../../src/deps/pnpm/index.js'
import { yarnLockParser } from '../../src/deps/yarn/index.js'
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

describe('package-lock v2/v3 local tarballs', () => {
  it('a `file:` tarball entry is checked like a link: missing or outside is a located error', () => {
    const text = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { here: 'file:vendor/here-1.0.0.tgz', away: 'file:../away.tgz' } },
          'node_modules/here': { version: '1.0.0', resolved: 'file:vendor/here-1.0.0.tgz' },
          'node_modules/away': { version: '2.0.0', resolved: 'file:../../away-2.0.0.tgz' },
          'node_modules/gone': { version: '3.0.0', resolved: 'file:vendor/gone-3.0.0.tgz' }
        }
      },
      null,
      2
    )
    const r = packageLockParser.parse(text, 'app/package-lock.json', {
      repoHas: path => path === 'app/vendor/here-1.0.0.tgz'
    })
    expect(problems(r)).toEqual([
      'link-outside-repo@15: link to ../../away-2.0.0.tgz: outside the repository: not read',
      'missing-link@19: link to vendor/gone-3.0.0.tgz: app/vendor/gone-3.0.0.tgz does not exist in the repository'
    ])
  })
})

describe('yarn.lock local folders and tarballs', () => {
  it('berry: link:, portal: and file: are resolved from their workspace; outside or missing is a located error', () => {
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      '"app@workspace:.":',
      '  version: 0.0.0-use.local',
      '  resolution: "app@workspace:."',
      '',
      '"api@workspace:packages/api":',
      '  version: 0.0.0-use.local',
      '  resolution: "api@workspace:packages/api"',
      '',
      '"near@link:../shared::locator=api%40workspace%3Apackages%2Fapi":',
      '  version: 0.0.0-use.local',
      '  resolution: "near@link:../shared::locator=api%40workspace%3Apackages%2Fapi"',
      '',
      '"far@portal:../../far::locator=app%40workspace%3A.":',
      '  version: 0.0.0-use.local',
      '  resolution: "far@portal:../../far::locator=app%40workspace%3A."',
      '',
      '"tar@file:./vendor/tar.tgz::locator=app%40workspace%3A.":',
      '  version: 1.0.0',
      '  resolution: "tar@file:./vendor/tar.tgz#./vendor/tar.tgz::hash=abc&locator=app%40workspace%3A."',
      '',
      '"root@link:/etc::locator=app%40workspace%3A.":',
      '  version: 0.0.0-use.local',
      '  resolution: "root@link:/etc::locator=app%40workspace%3A."',
      ''
    ].join('\n')
    const r = yarnLockParser.parse(text, 'web/yarn.lock', {
      repoHas: path => path === 'web/packages/shared'
    })
    expect(problems(r)).toEqual([
      'link-outside-repo@16: link to ../../far: outside the repository: not read',
      'missing-link@20: link to ./vendor/tar.tgz: web/vendor/tar.tgz does not exist in the repository',
      'link-outside-repo@24: link to /etc: outside the repository: not read'
    ])
  })

  it('classic: file: and link: ranges are resolved from the lockfile folder', () => {
    const text = [
      '# yarn lockfile v1',
      '',
      '"here@file:./libs/here":',
      '  version "1.0.0"',
      '',
      '"away@file:../../away":',
      '  version "1.0.0"',
      '',
      'lodash@^4.17.0:',
      '  version "4.17.20"',
      '  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz"',
      ''
    ].join('\n')
    const r = yarnLockParser.parse(text, 'web/yarn.lock', {
      repoHas: path => path === 'web/libs/here'
    })
    expect(problems(r)).toEqual([
      'link-outside-repo@6: link to ../../away: outside the repository: not read'
    ])
    expect(r.packages.map(p => `${p.name}@${p.version}`)).toEqual(['lodash@4.17.20'])
  })
})

describe('local path dependencies of the other ecosystems', () => {
  beforeAll(() => loadParsersFor(['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml']))

  /** Each lockfile depends on `libs/ok` (present), `libs/gone` (missing) and `../../far` (outside). */
  const cases: [string, string, number[]][] = [
    [
      'poetry.lock',
      [
        '[[package]]\nname = "ok"\nversion = "1.0"\n[package.source]\ntype = "directory"\nurl = "libs/ok"\n',
        '[[package]]\nname = "gone"\nversion = "1.0"\n[package.source]\ntype = "file"\nurl = "libs/gone/gone-1.0.whl"\n',
        '[[package]]\nname = "far"\nversion = "1.0"\n[package.source]\ntype = "directory"\nurl = "../../far"\n'
      ].join('\n'),
      [9, 16]
    ],
    [
      'uv.lock',
      [
        'version = 1\n',
        '[[package]]\nname = "ok"\nversion = "1.0"\nsource = { editable = "libs/ok" }\n',
        '[[package]]\nname = "gone"\nversion = "1.0"\nsource = { path = "libs/gone/gone-1.0.whl" }\n',
        '[[package]]\nname = "far"\nversion = "1.0"\nsource = { directory = "../../far" }\n'
      ].join('\n'),
      [9, 14]
    ],
    [
      'pdm.lock',
      [
        '[metadata]\nlock_version = "4.4"\n',
        '[[package]]\nname = "ok"\nversion = "1.0"\npath = "./libs/ok"\n',
        '[[package]]\nname = "gone"\nversion = "1.0"\nurl = "file:///${PROJECT_ROOT}/libs/gone"\n',
        '[[package]]\nname = "far"\nversion = "1.0"\neditable = true\npath = "../../far"\n'
      ].join('\n'),
      [10, 15]
    ],
    [
      'pylock.toml',
      [
        'lock-version = "1.0"\ncreated-by = "x"\n',
        '[[packages]]\nname = "ok"\n[packages.directory]\npath = "libs/ok"\n',
        '[[packages]]\nname = "gone"\n[packages.archive]\npath = "libs/gone/gone-1.0.tar.gz"\n',
        '[[packages]]\nname = "far"\n[packages.directory]\npath = "../../far"\neditable = true\n'
      ].join('\n'),
      [10, 15]
    ],
    [
      'Pipfile.lock',
      JSON.stringify(
        {
          _meta: { 'pipfile-spec': 6 },
          default: {
            ok: { path: './libs/ok' },
            gone: { path: 'libs/gone', editable: true },
            far: { file: '../../far/far-1.0.tar.gz' }
          }
        },
        null,
        2
      ),
      [9, 13]
    ],
    [
      'go.mod',
      'module example.com/app\n\nrequire (\n\texample.com/ok v1.0.0\n\texample.com/gone v1.0.0\n\texample.com/far v1.0.0\n)\n\nreplace example.com/ok => ./libs/ok\nreplace example.com/gone => ./libs/gone\nreplace example.com/far => ../../far\n',
      [10, 11]
    ],
    [
      'Gemfile.lock',
      'PATH\n  remote: libs/ok\n  specs:\n    ok (1.0)\n\nPATH\n  remote: libs/gone\n  specs:\n    gone (1.0)\n\nPATH\n  remote: ../../far\n  specs:\n    far (1.0)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.0)\n',
      [9, 14]
    ],
    [
      'composer.lock',
      JSON.stringify(
        {
          packages: [
            { name: 'a/ok', version: 'dev-main', dist: { type: 'path', url: 'libs/ok' } },
            { name: 'a/gone', version: 'dev-main', dist: { type: 'path', url: './libs/gone' } },
            { name: 'a/far', version: '1.0.0', dist: { type: 'path', url: '../../far' } }
          ]
        },
        null,
        2
      ),
      [12, 20]
    ]
  ]

  it.each(cases)(
    '%s: a path outside the repository or missing is an error at its entry',
    (name, text, lines) => {
      const r = parseLockfile(`app/${name}`, text, {
        repoHas: path => path === 'app/libs/ok' || path === 'app'
      })
      expect(r.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual([
        `missing-link@${lines[0]}`,
        `link-outside-repo@${lines[1]}`
      ])
    }
  )
})

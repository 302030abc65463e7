import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, spawnNode } from '../helpers/runner.js'
import { tempRepo } from '../helpers/temp-repo.js'

/**
 * Lockfiles written to slip a vulnerable package past the gate, through the bundled CLI: each
 * package is found as its package manager installs it, and what cannot be checked is an error.
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach(c => c()))

const RECORDS = join(process.cwd(), '__tests__', 'fixtures', 'osv', 'records')
const record = (id: string) => readFileSync(join(RECORDS, `${id}.json`), 'utf8')
/** Offline OSV records for log4j-core (Maven), requests (PyPI), guzzle (Packagist), 0-dns (npm). */
const OSV = {
  'osv/GHSA-jfh8-c2jp-5v3q.json': record('GHSA-jfh8-c2jp-5v3q'),
  'osv/GHSA-j8r2-6x86-q33q.json': record('GHSA-j8r2-6x86-q33q'),
  'osv/GHSA-f2wf-25xc-69c9.json': record('GHSA-f2wf-25xc-69c9'),
  'osv/MAL-2022-9.json': record('MAL-2022-9')
}

interface Report {
  result: string
  findings: { evidence: string; location: { file: string; line: number } }[]
  errors: { file: string; line: number; code: string }[]
}

async function scan(files: Record<string, string>) {
  const repo = tempRepo({ ...OSV, ...files })
  cleanups.push(repo.cleanup)
  const args = ['scan', 'app', '--scanners', 'deps', '--format', 'json', '--fail-on', 'low']
  const out = await spawnNode(
    [join(DIST, 'cli.js'), ...args, '--osv-offline-dir', 'osv'],
    repo.root,
    { PATH: process.env.PATH ?? '' }
  )
  return { code: out.code, report: JSON.parse(out.stdout) as Report }
}

const evidence = (r: Report) =>
  r.findings.map(f => `${f.evidence} ${f.location.file}:${f.location.line}`)
const errors = (r: Report) => r.errors.map(e => `${e.file}:${e.line} ${e.code}`)

const POM = `<project>
  <dependencies>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-&#99;ore</artifactId>
      <version>2.14.1</version>
    </dependency>
  </dependencies>
</project>
`

const PIPFILE_LOCK = JSON.stringify(
  {
    _meta: { 'pipfile-spec': 6, sources: [] },
    default: {},
    prereq: { requests: { version: '==2.30.0' } }
  },
  null,
  4
)

const COMPOSER_LOCK = JSON.stringify(
  {
    'content-hash': 'x',
    packages: [],
    'packages-dev': { '0': { name: 'guzzlehttp/guzzle', version: '7.0.0' } }
  },
  null,
  4
)

describe('lockfiles written to hide a vulnerable package (bundled CLI)', () => {
  it.each([
    [
      'a pom.xml naming log4j-core with a character reference',
      { 'app/java/pom.xml': POM },
      'Maven:org.apache.logging.log4j:log4j-core@2.14.1 java/pom.xml:3'
    ],
    [
      'a Pipfile.lock package in a named category',
      { 'app/py/Pipfile.lock': PIPFILE_LOCK },
      'PyPI:requests@2.30.0 py/Pipfile.lock:8'
    ],
    [
      'a composer.lock section written as an object',
      { 'app/php/composer.lock': COMPOSER_LOCK },
      'Packagist:guzzlehttp/guzzle@7.0.0 php/composer.lock:6'
    ]
  ])('%s is found', async (_case, files, expected) => {
    const { code, report } = await scan(files)
    expect(report.errors).toEqual([])
    expect(evidence(report)).toEqual([expected])
    expect(code).toBe(1)
  })

  it('a yarn.lock portal to a folder outside the repository is an error at its entry', async () => {
    const { code, report } = await scan({
      'app/web/yarn.lock': [
        '__metadata:',
        '  version: 8',
        '',
        '"lib@portal:../../../lib::locator=web%40workspace%3A.":',
        '  version: 0.0.0-use.local',
        '  resolution: "lib@portal:../../../lib::locator=web%40workspace%3A."',
        ''
      ].join('\n')
    })
    expect(errors(report)).toEqual(['web/yarn.lock:4 link-outside-repo'])
    expect(report.result).toBe('error')
    expect(code).toBe(2)
  })

  it("a package-lock entry resolved to a malicious package's tarball reports that package, and the mismatch", async () => {
    const { code, report } = await scan({
      'app/web/package-lock.json': JSON.stringify(
        {
          name: 'web',
          lockfileVersion: 3,
          packages: {
            '': { dependencies: { 'left-pad': '^1.3.0' } },
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://registry.npmjs.org/0-dns/-/0-dns-1.0.0.tgz'
            }
          }
        },
        null,
        2
      )
    })
    expect(evidence(report)).toEqual(['npm:0-dns@1.0.0 web/package-lock.json:10'])
    expect(errors(report)).toEqual(['web/package-lock.json:10 tarball-mismatch'])
    expect(code).toBe(2)
  })

  it('a problem in a file two requirements files include is named once, at that file', async () => {
    const { code, report } = await scan({
      'app/py/requirements.txt': '-r base.txt\n',
      'app/py/requirements-dev.txt': '-r base.txt\npytest==7.4.0\n',
      'app/py/base.txt': 'requests==2.30.0\n!!! not a requirement\n'
    })
    expect(errors(report)).toEqual(['py/base.txt:2 parse-error'])
    expect(evidence(report)).toEqual(['PyPI:requests@2.30.0 py/base.txt:1'])
    expect(code).toBe(2)
  })
})

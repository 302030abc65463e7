import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { scanFiles } from '../helpers/scan.js'

/** Defects of the lockfile readers, seen through the whole gate: never a silent pass. */

const offline = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })
const errors = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.errors.filter(e => e.severity === 'error').map(e => `${e.file}:${e.line} ${e.code}`)

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

  it('a pinned version that is not a version of its ecosystem, or none, is an error at its entry', async () => {
    const crates = (version: string) =>
      `version = 3\n\n[[package]]\nname = "serde"\nversion = "${version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`
    const berry = (resolution: string) =>
      `__metadata:\n  version: 6\n\n"lodash@npm:^4.17.0":\n  version: 4.17.15\n  resolution: "${resolution}"\n\n"ms@npm:^2.1.0":\n  version: 2.1.2\n  resolution: "ms@npm:2.1.2"\n`
    const npm = (version: string) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: { '': {}, 'node_modules/ms': { version } }
      })
    const r = await scanFiles(
      {
        'rs/Cargo.lock': crates('latest'),
        'web/yarn.lock': berry('lodash@npm:'),
        'api/package-lock.json': npm('latest'),
        'ok/Cargo.lock': crates('1.0.100')
      },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual([
      'api/package-lock.json:1 invalid-version',
      'rs/Cargo.lock:4 invalid-version',
      'web/yarn.lock:4 parse-error'
    ])
    expect(r.errors.find(e => e.file === 'rs/Cargo.lock')?.message).toBe(
      '`serde` is pinned to "latest", which is not a crates.io version: it cannot be checked against vulnerable ranges'
    )
    expect(r.decision).toBe('error')
  })

  it('a NuGet id written in another case matches the offline records of its package', async () => {
    // NuGet ids are case-insensitive; OSV's records spell them as nuget.org does.
    const lock = JSON.stringify(
      {
        version: 1,
        dependencies: {
          'net8.0': {
            'newtonsoft.json': { type: 'Direct', requested: '[12.0.3, )', resolved: '12.0.3' }
          }
        }
      },
      null,
      2
    )
    const r = await scanFiles(
      { 'api/packages.lock.json': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    const found = r.findings.filter(f => f.ruleId === 'vulnerable-dependency')
    expect(found.map(f => `${f.location.file}:${f.location.line} ${f.dependency?.name}`)).toEqual([
      'api/packages.lock.json:5 newtonsoft.json'
    ])
    expect(found[0]?.dependency?.vulnerabilities.map(v => v.id)).toEqual(['GHSA-5crp-9r3c-p9vr'])
  })

  it('npm v1 nested dependencies that are not an object are an error at their package', async () => {
    const lock = [
      '{',
      '  "lockfileVersion": 1,',
      '  "dependencies": {',
      '    "express": {',
      '      "version": "4.18.2",',
      '      "dependencies": [{ "qs": { "version": "6.5.2" } }]',
      '    }',
      '  }',
      '}'
    ].join('\n')
    const r = await scanFiles(
      { 'package-lock.json': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['package-lock.json:4 parse-error'])
    expect(r.errors[0]?.message).toBe(
      'the `dependencies` of "express" are not an object of packages: not read'
    )
    expect(r.decision).toBe('error')
  })

  it('a pnpm dependency the project declares without a packages entry is an error at its declaration', async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '  .:',
      '    dependencies:',
      '      lodash:',
      '        specifier: ^4.17.0',
      '        version: 4.17.15',
      '      ms:',
      '        specifier: ^2.1.0',
      '        version: 2.1.2',
      '',
      'packages:',
      '  ms@2.1.2:',
      '    resolution: {integrity: sha512-x}',
      '',
      'snapshots:',
      '  ms@2.1.2: {}',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'web/pnpm-lock.yaml': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['web/pnpm-lock.yaml:6 parse-error'])
    expect(r.errors[0]?.message).toBe(
      '"lodash@4.17.15" is declared, but the lockfile has no `packages` entry for it: not read'
    )
    expect(r.decision).toBe('error')
  })

  it('a bun.lock dependency a workspace declares without a packages entry is an error at its declaration', async () => {
    const lock = [
      '{',
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": {',
      '      "name": "web",',
      '      "dependencies": {',
      '        "lodash": "^4.17.0",',
      '        "ms": "^2.1.0",',
      '      },',
      '    },',
      '    "packages/api": {',
      '      "name": "api",',
      '      "dependencies": { "ms": "^1.0.0", "web": "workspace:*" },',
      '    },',
      '  },',
      '  "packages": {',
      '    "api": ["api@workspace:packages/api"],',
      '    "ms": ["ms@2.1.2", "", {}, "sha512-x"],',
      '    "api/ms": ["ms@1.0.0", "", {}, "sha512-y"],',
      '    "web": ["web@workspace:."],',
      '  },',
      '}'
    ].join('\n')
    const r = await scanFiles(
      { 'web/bun.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['web/bun.lock:7 parse-error'])
    expect(r.errors[0]?.message).toBe(
      '"lodash" is declared, but the lockfile has no `packages` entry for it: not read'
    )
    expect(r.decision).toBe('error')
  })

  it('a go.mod path whose quote is never closed is an error at its line, not a module looked up with a quote', async () => {
    const mod =
      'module example.com/app\n\ngo 1.21\n\nrequire "golang.org/x/net v0.15.0\nrequire golang.org/x/text v0.14.0\n'
    const r = await scanFiles(
      { 'fn/go.mod': mod },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['fn/go.mod:5 parse-error'])
    expect(r.errors[0]?.message).toBe('a quoted path is never closed: the line was not read')
    expect(r.decision).toBe('error')
  })

  it('a pnpm 9 snapshot dependency without a packages entry is an error at the snapshot', async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '  .:',
      '    dependencies:',
      '      express:',
      '        specifier: ^4.18.0',
      '        version: 4.18.2',
      '',
      'packages:',
      '  express@4.18.2:',
      '    resolution: {integrity: sha512-x}',
      '',
      'snapshots:',
      '  express@4.18.2:',
      '    dependencies:',
      '      lodash: 4.17.15',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'web/pnpm-lock.yaml': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['web/pnpm-lock.yaml:15 parse-error'])
    expect(r.decision).toBe('error')
  })

  it('a package-lock dependency the project declares with no installed entry is an error at the project', async () => {
    const lock = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: { lodash: '^4.17.0', ms: '^2.1.0' } },
          'node_modules/ms': { version: '2.1.3' },
          'packages/api': { name: 'api', dependencies: { qs: '^6.0.0', ms: '^2.0.0' } },
          'packages/api/node_modules/qs': { version: '6.11.0' },
          'node_modules/api': { resolved: 'packages/api', link: true },
          '../shared': { name: 'shared', dependencies: { left: '^1.0.0' } }
        }
      },
      null,
      2
    )
    const r = await scanFiles(
      { 'package-lock.json': lock, 'packages/api/index.js': '' },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['package-lock.json:4 parse-error'])
    expect(r.errors[0]?.message).toBe(
      '"lodash" is needed here, but the lockfile has no `node_modules/lodash` entry (nor one above it): not read'
    )
  })

  it('a yarn.lock dependency with no entry of its own is an error at the entry that needs it', async () => {
    const lock =
      '# yarn lockfile v1\n\nexpress@^4.18.0:\n  version "4.18.2"\n  dependencies:\n    lodash "^4.17.0"\n'
    const r = await scanFiles(
      { 'web/yarn.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['web/yarn.lock:3 parse-error'])
    expect(r.decision).toBe('error')
  })

  it('Maven LATEST and RELEASE are said not looked up; a dynamic version in gradle.lockfile is an error', async () => {
    const pom = [
      '<project>',
      '  <modelVersion>4.0.0</modelVersion>',
      '  <groupId>com.example</groupId>',
      '  <artifactId>fn</artifactId>',
      '  <version>1.0.0</version>',
      '  <dependencies>',
      '    <dependency>',
      '      <groupId>org.apache.logging.log4j</groupId>',
      '      <artifactId>log4j-core</artifactId>',
      '      <version>LATEST</version>',
      '    </dependency>',
      '  </dependencies>',
      '</project>'
    ].join('\n')
    const gradle =
      '# Gradle lockfile\norg.apache.logging.log4j:log4j-core:2.+=runtimeClasspath\norg.slf4j:slf4j-api:2.0.9=runtimeClasspath\nempty=\n'
    const r = await scanFiles(
      { 'java/pom.xml': pom, 'kt/gradle.lockfile': gradle },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['kt/gradle.lockfile:2 parse-error'])
    const notes = [...r.errors, ...r.notes].filter(d => d.code === 'dependency-not-looked-up')
    expect(notes.map(d => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'java/pom.xml:7 1 dependency has no registry version, so it was not looked up for vulnerabilities: org.apache.logging.log4j:log4j-core (a range: LATEST, line 7)'
    ])
  })

  it('a Cargo.lock dependency that names no [[package]] is an error at the crate that needs it', async () => {
    const lock = [
      'version = 3',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'dependencies = [',
      ' "serde",',
      ' "tokio 1.8.1",',
      ']',
      '',
      '[[package]]',
      'name = "serde"',
      'version = "1.0.190"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'rs/Cargo.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['rs/Cargo.lock:4 parse-error'])
    expect(r.errors[0]?.message).toBe(
      '"tokio 1.8.1" is needed here, but the lockfile has no [[package]] for it: not read'
    )
    expect(r.decision).toBe('error')
  })

  it('a Cargo.lock crate without a source (workspace member, path crate) is the project code: not looked up as a published crate', async () => {
    // `time` 0.1.0 here is a crate of the workspace: crates.io's `time` 0.1.x advisory is not
    // about it. What it depends on from crates.io is looked up, and checked to be there.
    const lock = [
      'version = 3',
      '',
      '[[package]]',
      'name = "time"',
      'version = "0.1.0"',
      'dependencies = [',
      ' "regex",',
      ']',
      '',
      '[[package]]',
      'name = "regex"',
      'version = "1.5.4"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'rs/Cargo.lock': lock },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual([])
    const found = r.findings.filter(f => f.ruleId === 'vulnerable-dependency')
    expect(found.map(f => `${f.location.file}:${f.location.line} ${f.dependency?.name}`)).toEqual([
      'rs/Cargo.lock:11 regex'
    ])
  })

  it('a uv.lock dependency that names no [[package]] is an error at the package that needs it', async () => {
    const lock = [
      'version = 1',
      'revision = 3',
      'requires-python = ">=3.12"',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { virtual = "." }',
      'dependencies = [',
      '    { name = "django" },',
      '    { name = "requests" },',
      ']',
      '',
      '[[package]]',
      'name = "django"',
      'version = "4.2.1"',
      'source = { registry = "https://pypi.org/simple" }',
      ''
    ].join('\n')
    const r = await scanFiles(
      { 'py/uv.lock': lock, 'py/pyproject.toml': '[project]\nname = "app"\n' },
      undefined,
      'scanners: [deps]',
      undefined,
      offline
    )
    expect(errors(r)).toEqual(['py/uv.lock:6 parse-error'])
    expect(r.errors[0]?.message).toBe(
      '"requests" is needed here, but the lockfile has no [[package]] for it: not read'
    )
  })
})

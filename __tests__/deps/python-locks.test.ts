import { describe, expect, it } from '@jest/globals'
import { pdmLockParser } from '../../src/deps/pdm/index.js'
import { pylockParser } from '../../src/deps/pylock/index.js'
import { parseLockfile, parserFor } from '../../src/deps/registry.js'
import { codes, parseFixture, siblingsOf } from './helpers.js'

// Fixtures are parsed as the tests are collected: the readers are loaded first.
await Promise.all([pdmLockParser.load?.(), pylockParser.load?.()])

const lines = (r: ReturnType<typeof parseLockfile>) =>
  r.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
const unpinned = (r: ReturnType<typeof parseLockfile>) =>
  r.unpinned.map(u => `${u.name} ${u.reason} ${u.spec}:${u.location.line}`)

describe('pdm.lock', () => {
  const result = parseFixture(pdmLockParser, 'pdm', 'basic/pdm.lock', 'svc/pdm.lock', {
    siblings: name =>
      name === 'pyproject.toml' ? '[dependency-groups]\ntest = ["pytest"]\n' : undefined
  })

  it('reads [[package]] tables at their name lines, names PEP 503-normalised, dev from the groups', () => {
    expect(parserFor('svc/pdm.lock')?.id).toBe('pypi/pdm-lock')
    expect(result.diagnostics).toEqual([])
    expect(lines(result)).toEqual([
      'boto3@1.34.0:14 dev=false',
      'django@3.2.15:27 dev=false',
      'pytest@8.0.0:37 dev=true',
      'botocore@1.34.0:71 dev=false'
    ])
  })

  it('reports a dependency always installed with no [[package]], once; one under markers may be absent', () => {
    const text = [
      '[metadata]',
      'groups = ["default"]',
      'strategy = ["inherit_metadata"]',
      'lock_version = "4.5.0"',
      '',
      '[[package]]',
      'name = "uvicorn"',
      'version = "0.30.1"',
      'requires_python = ">=3.8"',
      'groups = ["default"]',
      'dependencies = [',
      '    "click>=7.0",',
      '    "h11>=0.8",',
      '    "typing-extensions>=4.0; python_version < \\"3.11\\"",',
      ']',
      '',
      '[[package]]',
      'name = "uvicorn"',
      'version = "0.30.1"',
      'extras = ["standard"]',
      'requires_python = ">=3.8"',
      'groups = ["default"]',
      'dependencies = [',
      '    "colorama>=0.4; sys_platform == \\"win32\\"",',
      '    "H11>=0.8",',
      '    "uvicorn==0.30.1",',
      '    "uvloop!=0.15.0,!=0.15.1,>=0.14.0; (sys_platform != \\"cygwin\\" and sys_platform != \\"win32\\") and platform_python_implementation != \\"PyPy\\"",',
      ']',
      '',
      '[[package]]',
      'name = "Click"',
      'version = "8.1.7"',
      'requires_python = ">=3.7"',
      'groups = ["default"]',
      'dependencies = [',
      '    "colorama; platform_system == \\"Windows\\"",',
      ']',
      ''
    ].join('\n')
    const read = parseLockfile('pdm.lock', text)
    expect(read.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'parse-error@7: "h11" is needed here, but the lockfile has no [[package]] for it: not read'
    ])
  })

  it('an extra group (optional-dependencies) is run time; only development groups are dev', () => {
    const groups = (withProject: boolean) =>
      lines(
        parseFixture(pdmLockParser, 'pdm', 'groups/pdm.lock', 'svc/pdm.lock', {
          siblings: withProject ? siblingsOf('pdm', 'groups/pdm.lock') : () => undefined
        })
      )
    expect(groups(true)).toEqual([
      'boto3@1.34.0:11 dev=false',
      's3fs@2023.12.0:17 dev=false',
      'aiohttp@3.9.1:23 dev=false',
      'pytest@8.0.0:29 dev=true',
      'ruff@0.1.9:35 dev=true'
    ])
    // Without the project file a group cannot be told: dev stays undecided, so it is checked.
    expect(groups(false)).toEqual([
      'boto3@1.34.0:11 dev=false',
      's3fs@2023.12.0:17 dev=undefined',
      'aiohttp@3.9.1:23 dev=undefined',
      'pytest@8.0.0:29 dev=undefined',
      'ruff@0.1.9:35 dev=undefined'
    ])
  })

  it('reports git, editable path and URL sources as unpinned', () => {
    expect(unpinned(result)).toEqual([
      'internal-lib git https://github.com/example/internal-lib.git:47',
      'local-helpers editable ./libs/local-helpers:56',
      'vendored url https://example.com/packages/vendored-2.0.0.tar.gz:64'
    ])
  })

  it('an older lock without groups leaves dev undecided; broken TOML is a located error', () => {
    const old = parseLockfile('pdm.lock', '[[package]]\nname = "six"\nversion = "1.16.0"\n')
    expect(old.packages).toEqual([expect.objectContaining({ name: 'six', version: '1.16.0' })])
    expect(old.packages[0]?.dev).toBeUndefined()
    expect(parseLockfile('pdm.lock', '[[package]]\nname = \n').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 2 })
    ])
    expect(codes(parseLockfile('pdm.lock', '[[package]]\nversion = "1.0"\n'))).toEqual([
      'parse-error',
      'no-packages'
    ])
  })
})

describe('pylock.toml (PEP 751)', () => {
  const result = parseFixture(pylockParser, 'pylock', 'basic/pylock.toml', 'pylock.toml')

  it('matches pylock.toml and pylock.<name>.toml only', () => {
    expect(parserFor('pylock.toml')?.id).toBe('pypi/pylock')
    expect(parserFor('api/pylock.dev.toml')?.id).toBe('pypi/pylock')
    expect(parserFor('pylock.a.b.toml')).toBeUndefined()
    expect(parserFor('mylock.toml')).toBeUndefined()
  })

  it('reads index packages (wheels or sdist) at their name lines', () => {
    expect(result.diagnostics).toEqual([])
    expect(lines(result)).toEqual([
      'attrs@25.1.0:11 dev=undefined',
      'jinja2@2.10.1:24 dev=undefined',
      'tomli@2.2.1:51 dev=undefined'
    ])
  })

  it('reports vcs, directory and archive sources as unpinned', () => {
    expect(unpinned(result)).toEqual([
      'internal-lib git https://github.com/example/internal-lib.git:30',
      'local-helpers editable ./libs/local-helpers:38',
      'vendored url https://example.com/packages/vendored-2.0.0.tar.gz:44'
    ])
  })

  it('refuses a major lock-version it does not know, warns on a newer minor one', () => {
    const two = parseLockfile(
      'pylock.toml',
      'lock-version = "2.0"\n[[packages]]\nname = "a"\nversion = "1.0"\n'
    )
    expect(two.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 1, severity: 'error' })
    ])
    expect(two.packages).toEqual([])
    const minor = parseLockfile(
      'pylock.toml',
      'lock-version = "1.1"\n[[packages]]\nname = "a"\nversion = "1.0"\n'
    )
    expect(minor.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', severity: 'warning' })
    ])
    expect(minor.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'a@1.0:3'
    ])
  })

  it('a lock without packages is valid; another TOML file under the name is an error', () => {
    expect(
      parseLockfile('pylock.toml', 'lock-version = "1.0"\ncreated-by = "uv"\n').diagnostics
    ).toEqual([])
    expect(codes(parseLockfile('pylock.toml', '[tool.black]\nline-length = 100\n'))).toEqual([
      'unsupported-version'
    ])
  })
})

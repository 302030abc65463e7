import { describe, expect, it } from '@jest/globals'
import { requirementsParser } from '../../src/deps/requirements/index.js'
import { codes, findPackage, fixture, parseFixture } from './helpers.js'

/** A repository of two files, read the way the scanner's confined reader would. */
const repo: Record<string, string> = {
  'svc/requirements.txt': fixture('requirements', 'basic/requirements.txt'),
  'svc/common.txt': fixture('requirements', 'basic/common.txt')
}
const readRepoFile = (path: string) => repo[path]

const parse = (name: string, file = 'requirements.txt') =>
  parseFixture(requirementsParser, 'requirements', name, file)

describe('requirements.txt', () => {
  it('matches requirement files by name and folder', () => {
    expect(requirementsParser.matches('requirements.txt')).toBe(true)
    expect(requirementsParser.matches('svc/requirements-dev.txt')).toBe(true)
    expect(requirementsParser.matches('svc/dev-requirements.txt')).toBe(true)
    expect(requirementsParser.matches('requirements/prod.txt')).toBe(true)
    expect(requirementsParser.matches('notes.txt')).toBe(false)
    expect(requirementsParser.matches('requirements.in')).toBe(false)
  })

  const result = requirementsParser.parse(
    repo['svc/requirements.txt'] as string,
    'svc/requirements.txt',
    {
      readRepoFile
    }
  )

  it('reads exact pins (`==`, `===`) with extras, markers, hashes and comments, names PEP 503-normalised', () => {
    expect(
      result.packages.map(p => `${p.name}@${p.version} ${p.location.file}:${p.location.line}`)
    ).toEqual([
      'boto3@1.28.0 svc/requirements.txt:4',
      'requests@2.31.0 svc/requirements.txt:5',
      'pyyaml@6.0.1 svc/requirements.txt:6',
      'cryptography@41.0.4 svc/requirements.txt:15',
      'django@4.2.5 svc/requirements.txt:18',
      'jmespath@1.0.1 svc/common.txt:2'
    ])
    expect(findPackage(result, 'boto3')).toMatchObject({
      ecosystem: 'PyPI',
      direct: true,
      dev: false
    })
  })

  it('reports ranges, wildcards, bare names, editables, URLs, paths and variables as unpinned', () => {
    expect(result.unpinned.map(u => [u.name, u.reason, u.location.line])).toEqual([
      ['urllib3', 'range', 7],
      ['numpy', 'range', 8],
      ['flask', 'range', 9],
      ['example-lib', 'editable', 10],
      ['other-pkg', 'git', 11],
      ['local-pkg', 'path', 12],
      ['numpy', 'url', 13],
      ['token-lib', 'unresolved', 14]
    ])
    expect(result.unpinned[0]?.spec).toBe('>=1.26,<2')
    expect(result.unpinned[7]?.spec).toBe('==${TOKEN_LIB_VERSION}')
  })

  it('follows -r includes inside the repository once; one outside or missing is a located error', () => {
    expect(result.diagnostics).toEqual([
      // `local_pkg @ file:///opt/pkgs/...` names a file outside the repository.
      expect.objectContaining({
        code: 'link-outside-repo',
        file: 'svc/requirements.txt',
        line: 12,
        severity: 'error'
      }),
      expect.objectContaining({
        code: 'include-cycle',
        file: 'svc/common.txt',
        line: 3,
        severity: 'warning'
      }),
      expect.objectContaining({
        code: 'include-outside-repo',
        file: 'svc/requirements.txt',
        line: 20,
        severity: 'error',
        message: '-r ../../outside.txt: outside the repository: not read'
      }),
      expect.objectContaining({
        code: 'missing-include',
        file: 'svc/requirements.txt',
        line: 21,
        severity: 'error',
        message: '-r missing.txt: svc/missing.txt does not exist'
      })
    ])
  })

  describe("pip's requirements file format", () => {
    const dir = 'pip-format'
    const files: Record<string, string> = {
      'app/requirements.txt': fixture('requirements', `${dir}/requirements.txt`),
      'app/deps/base.in': fixture('requirements', `${dir}/deps/base.in`),
      'app/deps/extra.txt': fixture('requirements', `${dir}/deps/extra.txt`),
      'app/constraints/pins': fixture('requirements', `${dir}/constraints/pins`)
    }
    const pip = requirementsParser.parse(
      files['app/requirements.txt'] as string,
      'app/requirements.txt',
      {
        readRepoFile: path => files[path]
      }
    )
    const where = (r: typeof pip) =>
      r.packages.map(p => `${p.name}@${p.version} ${p.location.file}:${p.location.line}`)

    it('follows -r, -c, --requirement=x and -rx whatever the included file is named, each package at its own file and line', () => {
      expect(where(pip)).toEqual([
        'django@2.2.24 app/deps/base.in:2',
        'click@8.1.7 app/deps/extra.txt:1',
        'werkzeug@2.3.7 app/constraints/pins:2',
        'requests@2.31.0 app/requirements.txt:4',
        'boto3@1.28.0 app/requirements.txt:5',
        'pyyaml@6.0.1 app/requirements.txt:6',
        'six@1.16.0 app/requirements.txt:8',
        'jinja2@3.1.2 app/requirements.txt:10',
        'attrs@23.1.0 app/requirements.txt:13'
      ])
    })

    it('takes per-requirement options (-C, --config-settings, --global-option, --hash) as options, not version', () => {
      expect(findPackage(pip, 'requests').version).toBe('2.31.0')
      expect(findPackage(pip, 'boto3').version).toBe('1.28.0')
    })

    it('joins backslash continuations before removing comments, as pip does', () => {
      expect(pip.packages.map(p => p.name)).not.toContain('swallowed')
      expect(pip.unpinned.map(u => `${u.name}:${u.location.line}`)).toEqual(['urllib3:11'])
    })

    it('detects an include cycle and reads each file once', () => {
      expect(pip.diagnostics).toEqual([
        expect.objectContaining({
          code: 'include-cycle',
          file: 'app/deps/base.in',
          line: 3,
          severity: 'warning'
        })
      ])
    })

    it('pins from a constraints file are never declared requirements', () => {
      expect(findPackage(pip, 'werkzeug').direct).toBe(false)
      expect(findPackage(pip, 'django').direct).toBe(true)
    })

    it('a URL include is an error (nothing is fetched); an unreadable include says why', () => {
      const r = requirementsParser.parse(
        'flask==2.0.3\n-r https://example.com/reqs.txt\n--constraint big.txt\n',
        'requirements.txt',
        { readRepoFile: () => ({ problem: 'larger than max-file-size' }) }
      )
      expect(r.diagnostics.map(d => [d.code, d.line, d.severity, d.message])).toEqual([
        [
          'include-url',
          2,
          'error',
          '-r https://example.com/reqs.txt: a URL is not fetched, so the packages it lists were not checked'
        ],
        [
          'unreadable-include',
          3,
          'error',
          '-c big.txt: big.txt cannot be read: larger than max-file-size'
        ]
      ])
      expect(where(r)).toEqual(['flask@2.0.3 requirements.txt:1'])
    })

    it('an option without its value is a located error', () => {
      expect(codes(requirementsParser.parse('-r\n', 'requirements.txt'))).toEqual([
        'parse-error',
        'no-packages'
      ])
    })
  })

  describe('local paths and editable installs', () => {
    const files: Record<string, string> = {
      'svc/requirements.txt': [
        '-e ../../outside',
        '-e file:../../x',
        '../../pkg',
        'file:///abs/path',
        'local-lib @ file:///opt/pkgs/local_lib-1.0.tar.gz',
        '--editable=../../elsewhere#egg=elsewhere',
        '-e file://localhost/srv/lib',
        'C:\\pkgs\\tool-1.0-py3-none-any.whl',
        '-e .',
        '-e ../libs/shared[dev]',
        './vendor/pkg-1.0.tar.gz',
        '-e file:./local#egg=local',
        '-e git+https://github.com/example/lib.git#egg=lib',
        '-r deps/more.txt',
        ''
      ].join('\n'),
      // Paths of an included file are its own: `../../shared` from svc/deps is `shared`.
      'svc/deps/more.txt': '-e ../../shared\n-e ../../../away\n'
    }
    const r = requirementsParser.parse(
      files['svc/requirements.txt'] as string,
      'svc/requirements.txt',
      {
        readRepoFile: path => files[path],
        repoHas: () => false
      }
    )

    it('one that leaves the repository is a located error, at its own file and line', () => {
      expect(
        r.diagnostics.map(d => `${d.file}:${d.line} ${d.code} ${d.severity}: ${d.message}`)
      ).toEqual([
        'svc/requirements.txt:1 link-outside-repo error: -e ../../outside: outside the repository: not read',
        'svc/requirements.txt:2 link-outside-repo error: -e file:../../x: outside the repository: not read',
        'svc/requirements.txt:3 link-outside-repo error: ../../pkg: outside the repository: not read',
        'svc/requirements.txt:4 link-outside-repo error: file:///abs/path: outside the repository: not read',
        'svc/requirements.txt:5 link-outside-repo error: file:///opt/pkgs/local_lib-1.0.tar.gz: outside the repository: not read',
        'svc/requirements.txt:6 link-outside-repo error: -e ../../elsewhere#egg=elsewhere: outside the repository: not read',
        'svc/requirements.txt:7 link-outside-repo error: -e file://localhost/srv/lib: outside the repository: not read',
        'svc/requirements.txt:8 link-outside-repo error: C:\\pkgs\\tool-1.0-py3-none-any.whl: outside the repository: not read',
        'svc/deps/more.txt:2 link-outside-repo error: -e ../../../away: outside the repository: not read'
      ])
    })

    it('every one is still reported as unpinned, inside the repository or not', () => {
      expect(r.unpinned.map(u => `${u.location.file}:${u.location.line} ${u.reason}`)).toEqual([
        ...[1, 2].map(line => `svc/requirements.txt:${line} editable`),
        ...[3, 4, 5].map(line => `svc/requirements.txt:${line} path`),
        ...[6, 7].map(line => `svc/requirements.txt:${line} editable`),
        'svc/requirements.txt:8 path',
        ...[9, 10].map(line => `svc/requirements.txt:${line} editable`),
        'svc/requirements.txt:11 path',
        ...[12, 13].map(line => `svc/requirements.txt:${line} editable`),
        ...[1, 2].map(line => `svc/deps/more.txt:${line} editable`)
      ])
    })
  })

  it('never reads a file outside the repository, even when the reader would', () => {
    const asked: string[] = []
    requirementsParser.parse('-r ../../../etc/passwd\n-r /etc/passwd\n', 'svc/requirements.txt', {
      readRepoFile: path => {
        asked.push(path)
        return 'leak==1.0'
      }
    })
    expect(asked).toEqual([])
  })

  it('marks development requirement files as dev', () => {
    const dev = parse('requirements-dev.txt', 'svc/requirements-dev.txt')
    expect(dev.packages.map(p => [p.name, p.version, p.dev])).toEqual([
      ['pytest', '7.4.0', true],
      ['moto', '4.2.0', true]
    ])
  })

  it('reads a file of options only as empty', () => {
    expect(parse('options-only.txt')).toEqual({ packages: [], unpinned: [], diagnostics: [] })
  })

  it('ends a requirement where pip does: a lone CR, a form feed or a Unicode line separator', () => {
    // pip splits the file with Python's `str.splitlines`; git and GitHub only at `\n`, so each
    // requirement keeps the line they show.
    const text =
      'flask==0.1\rrequests==2.0.0\n\ndjango==3.2.15\u2028boto3==1.28.0\fjinja2==3.1.2\r\n'
    const result = requirementsParser.parse(text, 'requirements.txt')
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'flask@0.1:1',
      'requests@2.0.0:1',
      'django@3.2.15:3',
      'boto3@1.28.0:3',
      'jinja2@3.1.2:3'
    ])
  })

  it('reports an unreadable line at its line and reads the rest', () => {
    const malformed = parse('malformed.txt')
    expect(malformed.diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 2 })
    ])
    expect(malformed.packages.map(p => p.name)).toEqual(['boto3', 'botocore'])
  })

  it('fails loudly when no line can be read', () => {
    expect(codes(parse('zero-packages.txt'))).toEqual(['parse-error', 'parse-error', 'no-packages'])
  })

  describe('real files', () => {
    it('pip-compile output with hashes: direct from the `# via` notes', () => {
      const hashes = parse('real-hashes/requirements-w-hashes.txt')
      expect(hashes.diagnostics).toEqual([])
      expect(hashes.packages).toHaveLength(15)
      expect(findPackage(hashes, 'boto3')).toMatchObject({
        version: '1.9.50',
        direct: true,
        location: { line: 7 }
      })
      expect(findPackage(hashes, 'botocore')).toMatchObject({
        version: '1.12.50',
        direct: false,
        location: { line: 10 }
      })
    })

    it('pip-compile output with a multi-line `# via` block', () => {
      const prod = parse('real-pip-compile/requirements.prod.txt')
      expect(prod.packages).toEqual([
        expect.objectContaining({ name: 'django', version: '2.2.24', direct: true })
      ])
    })

    it('environment markers: every pin is kept, the range is unpinned', () => {
      const markers = parse('real-markers/requirements.txt')
      expect(markers.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
        'numpy@2.1.3:5',
        'numpy@2.3.4:6',
        'cryptography@3.3.2:7'
      ])
      expect(markers.unpinned.map(u => `${u.name}${u.spec}:${u.location.line}`)).toEqual([
        'numpy<1.20.3:4'
      ])
    })

    it('a nested include that is not in the repository', () => {
      const nested = parse('real-nested/requirements-w-nested.txt')
      expect(nested.packages.map(p => `${p.name}@${p.version}`)).toEqual(['flask@2.0.3'])
      expect(codes(nested)).toEqual(['missing-include'])
    })
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { pipfileLockParser } from '../../src/deps/pipfile/index.js'
import type { LockfileParser } from '../../src/deps/types.js'
import { codes, findPackage, parseFixture, siblingsOf } from './helpers.js'

beforeAll(() => pipfileLockParser.load?.())

const summary = (parser: LockfileParser, format: string, name: string, withSiblings = false) =>
  parseFixture(
    parser,
    format,
    name,
    'lock',
    withSiblings ? { siblings: siblingsOf(format, name) } : undefined
  ).packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct} dev=${p.dev}`)

describe('Pipfile.lock', () => {
  const parse = (name: string, withSiblings = false) =>
    parseFixture(
      pipfileLockParser,
      'pipfile',
      name,
      'api/Pipfile.lock',
      withSiblings ? { siblings: siblingsOf('pipfile', name) } : undefined
    )

  it('reads default and develop packages at their keys; a package in both is not dev', () => {
    expect(summary(pipfileLockParser, 'pipfile', 'basic/Pipfile.lock', true)).toEqual([
      'jinja2@3.1.2:19 direct=false dev=false',
      'requests@2.31.0:30 direct=true dev=false',
      'pytest@7.4.0:39 direct=true dev=true'
    ])
    expect(findPackage(parse('basic/Pipfile.lock'), 'jinja2').location).toEqual({
      file: 'api/Pipfile.lock',
      line: 19,
      column: 9
    })
  })

  it('reports git and editable entries as not queryable', () => {
    expect(
      parse('basic/Pipfile.lock').unpinned.map(u => [u.name, u.reason, u.location.line])
    ).toEqual([
      ['my-lib', 'git', 26],
      ['tools', 'editable', 48]
    ])
  })

  it('handles bad input: malformed, unknown spec, unreadable entries', () => {
    expect(parse('malformed.json').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 6 })
    ])
    const unknown = parse('unknown-version.json')
    expect(unknown.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 2, severity: 'warning' })
    ])
    expect(unknown.packages).toHaveLength(1)
    expect(codes(parse('zero-packages.json'))).toEqual(['no-packages'])
  })

  it('reads named package categories, which pipenv locks as sections of their own', () => {
    const text = JSON.stringify(
      {
        _meta: { 'pipfile-spec': 6, sources: [] },
        default: { django: { version: '== 3.2.15' } },
        develop: { pytest: { version: '==7.4.0' } },
        prereq: { requests: { version: '==2.30.0' } },
        docs: { jinja2: { version: '==3.1.2' }, 'my-theme': { path: './theme' } }
      },
      null,
      4
    )
    const result = pipfileLockParser.parse(text, 'Pipfile.lock')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
    ).toEqual([
      'django@3.2.15:7 dev=false',
      'pytest@7.4.0:12 dev=true',
      'requests@2.30.0:17 dev=undefined',
      'jinja2@3.1.2:22 dev=undefined'
    ])
    expect(result.unpinned.map(u => `${u.name} ${u.reason}:${u.location.line}`)).toEqual([
      'my-theme path:25'
    ])
  })

  it('reads a real lockfile (pipenv examples)', () => {
    const real = parse('real/Pipfile.lock')
    expect(real.diagnostics).toEqual([])
    expect(real.packages).toHaveLength(10)
    expect(real.packages.filter(p => p.dev)).toHaveLength(5)
    expect(findPackage(real, 'requests')).toMatchObject({
      version: '2.33.0',
      dev: false,
      location: { line: 173 }
    })
  })
})

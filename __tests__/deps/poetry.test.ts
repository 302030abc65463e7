import { beforeAll, describe, expect, it } from '@jest/globals'
import { poetryLockParser } from '../../src/deps/poetry/index.js'
import type { LockfileParser } from '../../src/deps/types.js'
import { codes, findPackage, parseFixture, siblingsOf } from './helpers.js'

beforeAll(() => poetryLockParser.load?.())

const summary = (parser: LockfileParser, format: string, name: string, withSiblings = false) =>
  parseFixture(
    parser,
    format,
    name,
    'lock',
    withSiblings ? { siblings: siblingsOf(format, name) } : undefined
  ).packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct} dev=${p.dev}`)

describe('poetry.lock', () => {
  const parse = (name: string) => parseFixture(poetryLockParser, 'poetry', name, 'poetry.lock')

  it('reads lock-version 1.1 categories, points at each `name =` line, and takes direct from pyproject.toml', () => {
    expect(summary(poetryLockParser, 'poetry', 'category-1.1.lock', true)).toEqual([
      'aws-lambda-powertools@2.26.0:2 direct=true dev=false',
      'jmespath@1.0.1:13 direct=false dev=false',
      'pytest-cov@4.1.0:21 direct=true dev=true'
    ])
    expect(parse('category-1.1.lock').unpinned).toEqual([
      expect.objectContaining({
        name: 'my-lib',
        reason: 'git',
        location: expect.objectContaining({ line: 29 })
      })
    ])
  })

  it('reads lock-version 2.1 groups; folder sources are not queryable', () => {
    const result = parse('groups-2.1.lock')
    expect(result.packages.map(p => [p.name, p.dev, p.location.line])).toEqual([
      ['boto3', false, 4],
      ['mypy', true, 15]
    ])
    expect(result.unpinned.map(u => [u.name, u.reason])).toEqual([['shared-utils', 'path']])
  })

  it('handles bad input: unknown lock-version, malformed TOML, entries without names', () => {
    expect(parse('unknown-version.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 8, severity: 'warning' })
    ])
    expect(parse('malformed.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 3 })
    ])
    expect(codes(parse('zero-packages.lock'))).toEqual([
      'parse-error',
      'parse-error',
      'no-packages'
    ])
  })

  it('reports a dependency always installed with no [[package]], once; optional and marker-bound ones may be absent', () => {
    const result = parse('needed-2.1.lock')
    expect(result.diagnostics.map(d => `${d.code}@${d.line}: ${d.message}`)).toEqual([
      'parse-error@34: "pluggy" is needed here, but the lockfile has no [[package]] for it: not read'
    ])
    expect(result.packages).toHaveLength(7)
  })

  it('reads real lockfiles (2.1 and 1.1)', () => {
    const modern = parse('real-2.1/poetry.lock')
    expect(modern.packages.map(p => `${p.name}@${p.version}:${p.location.line}:${p.dev}`)).toEqual([
      'colorama@0.4.5:4:false',
      'colorful@0.5.4:17:false'
    ])
    const legacy = parse('real-1.1/poetry.lock')
    expect(legacy.diagnostics).toEqual([])
    expect(legacy.packages).toHaveLength(90)
    expect(legacy.packages.filter(p => p.dev)).toHaveLength(73)
    expect(findPackage(legacy, 'boto3')).toMatchObject({
      version: '1.17.84',
      dev: false,
      location: { line: 83 }
    })
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { uvLockParser } from '../../src/deps/uv/index.js'
import type { LockfileParser } from '../../src/deps/types.js'
import { codes, parseFixture, siblingsOf } from './helpers.js'

beforeAll(() => uvLockParser.load?.())

const summary = (parser: LockfileParser, format: string, name: string, withSiblings = false) =>
  parseFixture(
    parser,
    format,
    name,
    'lock',
    withSiblings ? { siblings: siblingsOf(format, name) } : undefined
  ).packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct} dev=${p.dev}`)

describe('uv.lock', () => {
  const parse = (name: string) => parseFixture(uvLockParser, 'uv', name, 'uv.lock')

  it('works out direct and dev from the project entry and the dependency graph', () => {
    expect(summary(uvLockParser, 'uv', 'dev/uv.lock')).toEqual([
      'boto3@1.35.0:6 direct=true dev=false',
      'iniconfig@2.0.0:28 direct=false dev=true',
      'jmespath@1.0.1:33 direct=false dev=false',
      'pytest@8.0.0:43 direct=true dev=true'
    ])
    expect(parse('dev/uv.lock').unpinned).toEqual([
      expect.objectContaining({
        name: 'my-lib',
        reason: 'git',
        location: expect.objectContaining({ line: 38 })
      })
    ])
  })

  it('handles bad input: unknown version, malformed TOML, entries without names', () => {
    expect(parse('unknown-version.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 1, severity: 'warning' })
    ])
    expect(parse('malformed.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 3 })
    ])
    expect(codes(parse('zero-packages.lock'))).toEqual(['parse-error', 'no-packages'])
  })

  it('a project member whose path is not a string is an error at its entry, not skipped', () => {
    const text = [
      'version = 1\n',
      '[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = 1 }\n',
      '[[package]]\nname = "six"\nversion = "1.16.0"\nsource = { registry = "https://pypi.org/simple" }\n'
    ].join('\n')
    const result = uvLockParser.parse(text, 'uv.lock')
    expect(result.diagnostics.map(d => [d.code, d.line, d.severity])).toEqual([
      ['parse-error', 4, 'error']
    ])
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual(['six@1.16.0'])
  })

  it('reads a real lockfile (terraform-aws-lambda python runtime example)', () => {
    expect(summary(uvLockParser, 'uv', 'real/uv.lock')).toEqual([
      'aws-lambda-powertools@3.25.0:6 direct=true dev=false',
      'jmespath@1.1.0:19 direct=false dev=false',
      'typing-extensions@4.15.0:39 direct=false dev=false'
    ])
  })
})

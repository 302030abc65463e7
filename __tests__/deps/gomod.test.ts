import { describe, expect, it } from '@jest/globals'
import { goModParser } from '../../src/deps/gomod/index.js'
import { codes, parseFixture } from './helpers.js'

const parse = (name: string) => parseFixture(goModParser, 'gomod', name, 'fn/go.mod')

describe('go.mod', () => {
  it('reads require lines and blocks; // indirect is not direct; versions lose their v', () => {
    const result = parse('replace.mod')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct}`)
    ).toEqual([
      'github.com/aws/aws-lambda-go@1.41.0:8 direct=true',
      'github.com/aws/aws-sdk-go-v2@1.24.0:9 direct=true',
      'golang.org/x/net@0.17.0:10 direct=false',
      'github.com/me/forked@1.2.0:18 direct=true',
      'github.com/quoted/path@2.0.0+incompatible:13 direct=true',
      'github.com/google/uuid@1.4.0:16 direct=false'
    ])
    expect(result.packages[0]).toMatchObject({
      ecosystem: 'Go',
      location: { file: 'fn/go.mod', line: 8, column: 1 }
    })
  })

  it('applies replace directives: a module replacement at its line, a folder as not queryable', () => {
    const result = parse('replace.mod')
    expect(result.packages.some(p => p.name === 'github.com/example/forked')).toBe(false)
    expect(result.unpinned).toEqual([
      expect.objectContaining({
        name: 'github.com/example/local',
        spec: '../local',
        reason: 'path',
        location: expect.objectContaining({ line: 21 })
      })
    ])
  })

  it('reads a module without requirements as empty', () => {
    expect(parse('empty.mod')).toEqual({ packages: [], unpinned: [], diagnostics: [] })
  })

  it('reports malformed lines and an unclosed block at their lines, and reads the rest', () => {
    const result = parse('malformed.mod')
    expect(result.diagnostics.map(d => [d.code, d.line])).toEqual([
      ['parse-error', 7],
      ['parse-error', 5]
    ])
    expect(result.packages.map(p => p.name)).toEqual(['github.com/google/uuid'])
  })

  it('fails loudly when no requirement can be read', () => {
    expect(codes(parse('zero-packages.mod'))).toEqual(['parse-error', 'parse-error', 'no-packages'])
  })

  it('reads a real go.mod (serverless/examples auth)', () => {
    const result = parse('real/go.mod')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(8)
    expect(result.packages.filter(p => p.direct).map(p => p.name)).toEqual([
      'github.com/aws/aws-lambda-go',
      'github.com/onsi/ginkgo',
      'github.com/onsi/gomega'
    ])
    expect(result.packages[0]).toMatchObject({ version: '1.6.0', location: { line: 4 } })
  })
})

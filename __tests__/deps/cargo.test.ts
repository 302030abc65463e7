import { beforeAll, describe, expect, it } from '@jest/globals'
import { cargoLockParser } from '../../src/deps/cargo/index.js'
import { codes, findPackage, parseFixture } from './helpers.js'

beforeAll(() => cargoLockParser.load?.())

const parse = (name: string) => parseFixture(cargoLockParser, 'cargo', name, 'Cargo.lock')

describe('Cargo.lock', () => {
  it('reads crates.io crates at their name line; workspace crates are skipped', () => {
    const result = parse('workspace.lock')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct}`)
    ).toEqual([
      'lambda_runtime@0.9.1:15 direct=true',
      'serde@1.0.195:29 direct=true',
      'serde@0.9.15:35 direct=false'
    ])
    expect(result.packages.some(p => p.name === 'bootstrap')).toBe(false)
  })

  it('reports git crates as not queryable', () => {
    expect(parse('workspace.lock').unpinned).toEqual([
      expect.objectContaining({
        name: 'my-git-crate',
        reason: 'git',
        location: expect.objectContaining({ line: 24 })
      })
    ])
  })

  it('handles bad input: unknown version, malformed TOML, entries without a version', () => {
    const unknown = parse('unknown-version.lock')
    expect(unknown.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 1, severity: 'warning' })
    ])
    expect(unknown.packages).toHaveLength(1)
    expect(parse('malformed.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 4 })
    ])
    expect(codes(parse('zero-packages.lock'))).toEqual(['parse-error', 'no-packages'])
  })

  it('reads a real lockfile (terraform-aws-lambda rust runtime example)', () => {
    const result = parse('real/Cargo.lock')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(72)
    expect(findPackage(result, 'lambda_runtime')).toMatchObject({ direct: true })
    expect(findPackage(result, 'aho-corasick')).toMatchObject({
      version: '1.1.4',
      direct: false,
      location: { line: 6 }
    })
  })
})

import { describe, expect, it } from '@jest/globals'
import { nugetLockParser } from '../../src/deps/nuget/index.js'
import { codes, parseFixture } from './helpers.js'

const parse = (name: string) =>
  parseFixture(nugetLockParser, 'nuget', name, 'src/Fn/packages.lock.json')

describe('packages.lock.json', () => {
  it('reads packages of every target framework once, at their first entry; projects are skipped', () => {
    const result = parse('basic/packages.lock.json')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(
        p => `${p.name}@${p.version}:${p.location.line}:${p.location.column} direct=${p.direct}`
      )
    ).toEqual([
      'Amazon.Lambda.Core@2.2.0:5:7 direct=true',
      'Newtonsoft.Json@13.0.3:11:7 direct=false',
      'System.Text.Json@8.0.1:28:7 direct=false'
    ])
    expect(result.packages[0]?.ecosystem).toBe('NuGet')
  })

  it('handles bad input: unknown version, malformed JSON, entries that are not objects', () => {
    const unknown = parse('unknown-version.json')
    expect(unknown.diagnostics).toEqual([
      expect.objectContaining({ code: 'unsupported-version', line: 2, severity: 'warning' })
    ])
    expect(unknown.packages).toHaveLength(1)
    expect(parse('malformed.json').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 5 })
    ])
    expect(codes(parse('zero-packages.json'))).toEqual(['no-packages'])
  })

  it('reads a real lockfile (osv-scalibr test data)', () => {
    const result = parse('real/packages.lock.json')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(8)
    expect(result.packages[0]).toMatchObject({
      name: 'Core.Dep',
      version: '1.24.0',
      direct: true,
      location: { line: 5 }
    })
  })
})

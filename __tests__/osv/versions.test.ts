import { describe, expect, it } from '@jest/globals'
import {
  comparatorFor,
  InvalidVersionError,
  type VersionComparator
} from '../../src/osv/versions/index.js'
import { normalizeComposerVersion } from '../../src/osv/versions/packagist.js'

function ordering(ecosystem: string): VersionComparator {
  const comparator = comparatorFor(ecosystem)
  if (comparator === undefined) throw new Error(`no ordering for ${ecosystem}`)
  return comparator
}

/** Asserts that `versions` are strictly ascending, pair by pair and across the whole list. */
function expectAscending(ecosystem: string, versions: string[]): void {
  const comparator = ordering(ecosystem)
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      expect([
        versions[i],
        versions[j],
        comparator.compare(versions[i] as string, versions[j] as string)
      ]).toEqual([versions[i], versions[j], -1])
      expect(comparator.compare(versions[j] as string, versions[i] as string)).toBe(1)
    }
  }
}

function expectEqual(ecosystem: string, pairs: [string, string][]): void {
  for (const [a, b] of pairs) expect([a, b, ordering(ecosystem).compare(a, b)]).toEqual([a, b, 0])
}

describe('version orderings', () => {
  it('npm and crates.io follow SemVer 2.0 precedence (semver.org example)', () => {
    const semverSpec = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0'
    ]
    expectAscending('npm', semverSpec)
    expectAscending('crates.io', semverSpec)
    expectAscending('npm', ['4.17.9', '4.17.15', '4.17.21', '5.0.0'])
    // Advisories shorten bounds: node-fetch's range starts at "1.0", time's at "0.1".
    expectEqual('npm', [['1.0', '1.0.0']])
    expectEqual('crates.io', [['0.1', '0.1.0']])
    expect(ordering('npm').isValid('not-a-version')).toBe(false)
  })

  it('Go accepts the v prefix and orders pseudo-versions before the next release', () => {
    expectAscending('Go', [
      'v0.0.0-20200128174031-69ecbb4d6d5d',
      '0.0.0-20200220183623-bac4c82f6975',
      'v0.1.0',
      'v1.21.0-0',
      '1.21.0',
      'v1.21.3'
    ])
    expectEqual('Go', [['v0.17.0', '0.17.0']])
    expect(ordering('Go').isValid('v2.0.0+incompatible')).toBe(true)
  })

  it('PyPI follows the PEP 440 ordering example', () => {
    expectAscending('PyPI', [
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1'
    ])
    expectAscending('PyPI', ['2.0', '1!1.0'])
    expectEqual('PyPI', [['4.2', '4.2.0']])
    expect(ordering('PyPI').isValid('abc')).toBe(false)
  })

  it('RubyGems follows Gem::Version (letters make a pre-release, a10 > a9)', () => {
    expectAscending('RubyGems', [
      '1.0.a9',
      '1.0.a10',
      '1.0.b1',
      '1.0',
      '1.0.1',
      '2.0.9.3',
      '2.1',
      '2.2.3',
      '2.2.3.1'
    ])
    expectEqual('RubyGems', [['2.1', '2.1.0']])
    expect(ordering('RubyGems').isValid('1..2')).toBe(false)
  })

  it('Maven follows the POM reference version order examples', () => {
    expectAscending('Maven', ['1', '1.1'])
    expectAscending('Maven', ['1-snapshot', '1', '1-sp'])
    expectAscending('Maven', ['1-foo2', '1-foo10'])
    expectAscending('Maven', ['1.foo', '1-1', '1.1'])
    expectEqual('Maven', [
      ['1.foo', '1-foo'],
      ['1.ga', '1-ga'],
      ['1-ga', '1-0'],
      ['1-0', '1.0'],
      ['1.0', '1'],
      ['1-ga-1', '1-1'],
      ['1-a1', '1-alpha-1'],
      ['1.0-SNAPSHOT', '1.0.0-snapshot']
    ])
    expectAscending('Maven', ['1-ga', '1-sp'])
    expectAscending('Maven', ['1-ga.1', '1-sp.1'])
    expectAscending('Maven', ['1-sp-1', '1-ga-1'])
    expectAscending('Maven', ['1.0.RC2', '1.0-RC3', '1.0.1'])
    // Qualifiers that are names of every JavaScript object are qualifiers like any other.
    expectAscending('Maven', ['1-constructor', '1-foo', '1-1'])
    expectAscending('Maven', ['1-__proto__', '1-a', '1-tostring', '1-1'])
    expectAscending('Maven', [
      '1-alpha',
      '1-beta',
      '1-milestone',
      '1-rc',
      '1-snapshot',
      '1',
      '1-sp',
      '1-zzz'
    ])
    // jackson-databind's four-part micro-patches.
    expectAscending('Maven', [
      '2.4.0-rc1',
      '2.12.6.1',
      '2.12.7.1',
      '2.13.0',
      '2.13.2',
      '2.13.2.1',
      '2.13.4.1'
    ])
  })

  it('NuGet pads to four parts, ignores metadata and compares labels without case', () => {
    expectEqual('NuGet', [
      ['1.0', '1.0.0.0'],
      ['01.1', '1.1'],
      ['1.0.0-ALPHA', '1.0.0-alpha'],
      ['1.0.0+build.5', '1.0.0']
    ])
    expectAscending('NuGet', [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0'
    ])
    expectAscending('NuGet', ['6.34.0', '7.0.0-preview', '7.1.2', '13.0.1', '13.0.1.1'])
    expect(ordering('NuGet').isValid('1.2.3.4.5')).toBe(false)
    expect(ordering('NuGet').isValid('v1.0')).toBe(false)
  })

  it('Packagist normalizes like Composer and orders dev < alpha < beta < RC < stable < patch', () => {
    expect(normalizeComposerVersion('1.0')).toBe('1.0.0.0')
    expect(normalizeComposerVersion('v2.3.4-beta.2')).toBe('2.3.4.0-beta2')
    expect(normalizeComposerVersion('1.0.0-rc1')).toBe('1.0.0.0-RC1')
    expect(normalizeComposerVersion('1.0.0-pl3')).toBe('1.0.0.0-patch3')
    expect(normalizeComposerVersion('1.0.0+20240101')).toBe('1.0.0.0')
    expect(normalizeComposerVersion('dev-main')).toBeUndefined()
    expect(normalizeComposerVersion('2.x-dev')).toBeUndefined()
    expectAscending('Packagist', [
      '1.0.0-dev',
      '1.0.0-alpha3',
      '1.0.0-beta2',
      '1.0.0-RC1',
      '1.0.0',
      '1.0.0-p1',
      '1.0.1'
    ])
    expectEqual('Packagist', [
      ['v1.0', '1.0.0'],
      ['1.0.0-stable', '1.0.0']
    ])
    expectAscending('Packagist', ['6.5.7', '6.5.8', '7.4.4', '7.4.10'])
  })

  it('takes the ordering from an ecosystem with a repository suffix, and none for others', () => {
    expect(comparatorFor('Maven:https://repo.maven.apache.org/maven2')?.name).toBe('Maven')
    expect(comparatorFor('Hex')).toBeUndefined()
  })

  it('refuses to compare a version it cannot read', () => {
    expect(() => ordering('npm').compare('1.0.0', 'latest')).toThrow(InvalidVersionError)
    expect(() => ordering('npm').compare('1.0.0', 'latest')).toThrow(
      '"latest" is not a valid npm version'
    )
  })
})

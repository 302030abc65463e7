import { describe, expect, it } from '@jest/globals'
import { composerLockParser } from '../../src/deps/composer/index.js'
import { codes, findPackage, parseFixture, siblingsOf } from './helpers.js'

const parse = (name: string, withSiblings = false) =>
  parseFixture(
    composerLockParser,
    'composer',
    name,
    'api/composer.lock',
    withSiblings ? { siblings: siblingsOf('composer', name) } : undefined
  )

describe('composer.lock', () => {
  it('reads packages and packages-dev at their name lines, with direct flags from composer.json', () => {
    const result = parse('basic/composer.lock', true)
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(
        p =>
          `${p.name}@${p.version}:${p.location.line}:${p.location.column} direct=${p.direct} dev=${p.dev}`
      )
    ).toEqual([
      'bref/bref@2.1.12:8:13 direct=true dev=false',
      'guzzlehttp/guzzle@7.8.1:18:13 direct=false dev=false',
      'symfony/console@v6.4.1:40:13 direct=true dev=false',
      'phpunit/phpunit@10.5.5:46:13 direct=true dev=true'
    ])
  })

  it('reports branch versions and path packages as not queryable', () => {
    expect(
      parse('basic/composer.lock').unpinned.map(u => [u.name, u.reason, u.location.line])
    ).toEqual([
      ['acme/internal-lib', 'git', 23],
      ['acme/shared', 'path', 32]
    ])
  })

  it('handles bad input: malformed JSON, entries without a version, an empty lock', () => {
    expect(parse('malformed.json').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 4 })
    ])
    expect(codes(parse('zero-packages.json'))).toEqual(['parse-error', 'no-packages'])
    expect(parse('empty.json')).toEqual({ packages: [], unpinned: [], diagnostics: [] })
  })

  it('reads a real lockfile (osv-scanner test data, cut down: what it lacks is an error)', () => {
    const result = parse('real/composer.lock')
    // The test data keeps 6 of the packages a Drupal project locks: drupal/core (line 10)
    // requires 28 packages it no longer lists, drupal/tfa 3 and sentry/sdk 3.
    expect(result.diagnostics).toHaveLength(34)
    expect(new Set(result.diagnostics.map(d => `${d.code}@${d.line}`))).toEqual(
      new Set(['parse-error@10', 'parse-error@231', 'parse-error@439'])
    )
    expect(result.diagnostics[0]?.message).toBe(
      '"asm89/stack-cors" is required here, but the lockfile has no package for it: not read'
    )
    expect(result.packages).toHaveLength(6)
    expect(findPackage(result, 'drupal/core')).toMatchObject({
      version: '10.4.5',
      location: { line: 10 }
    })
  })
})

describe('composer.lock packages a package requires', () => {
  const problems = (withSiblings: boolean) =>
    parse('required/composer.lock', withSiblings).diagnostics.map(
      d => `${d.code}@${d.line}: ${d.message}`
    )
  const missing = (name: string, line: number) =>
    `parse-error@${line}: "${name}" is required here, but the lockfile has no package for it: not read`

  it('reports a required package the lockfile lacks at the package, once; the platform, provided and replaced names are there', () => {
    expect(problems(true)).toEqual([
      missing('egulias/email-validator', 27),
      missing('psr/http-message', 58),
      missing('hamcrest/hamcrest-php', 77)
    ])
  })

  it('takes what the project replaces from composer.json: without it, that name is lacking too', () => {
    expect(problems(false)).toEqual([
      missing('egulias/email-validator', 27),
      missing('symfony/polyfill-php80', 27),
      missing('psr/http-message', 58),
      missing('hamcrest/hamcrest-php', 77)
    ])
  })
})

describe('composer.lock development versions', () => {
  it('a version ending in -dev (3.0.0-dev) is a version; dev-* and *.x-dev are branches', () => {
    const result = parse('dev-versions/composer.lock')
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'acme/next@3.0.0-dev:8',
      'monolog/monolog@2.9.1:43'
    ])
    expect(result.unpinned.map(u => `${u.name}@${u.spec}:${u.location.line}`)).toEqual([
      expect.stringMatching(/^acme\/branch@.*:18$/),
      expect.stringMatching(/^acme\/alias@.*:28$/),
      expect.stringMatching(/^acme\/minor-alias@.*:38$/)
    ])
  })
})

describe('composer.lock sections Composer reads whatever their JSON shape', () => {
  it('reads a section written as an object of packages (PHP decodes it as a list)', () => {
    const text = JSON.stringify(
      {
        'content-hash': 'x',
        packages: { '0': { name: 'guzzlehttp/psr7', version: '1.8.3' } },
        'packages-dev': { a: { name: 'guzzlehttp/guzzle', version: '7.0.0' } }
      },
      null,
      4
    )
    const result = composerLockParser.parse(text, 'composer.lock')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
    ).toEqual(['guzzlehttp/psr7@1.8.3:5 dev=false', 'guzzlehttp/guzzle@7.0.0:11 dev=true'])
  })

  it('a section that is neither a list nor an object is an error at its key', () => {
    const text =
      '{\n  "content-hash": "x",\n  "packages": [],\n  "packages-dev": "guzzlehttp/guzzle"\n}\n'
    expect(composerLockParser.parse(text, 'composer.lock').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 4, severity: 'error' })
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { gemfileLockParser } from '../../src/deps/gemfile/index.js'
import { codes, findPackage, parseFixture } from './helpers.js'

const parse = (name: string) => parseFixture(gemfileLockParser, 'gemfile', name, 'app/Gemfile.lock')

describe('Gemfile.lock', () => {
  it('matches Gemfile.lock and gems.locked', () => {
    expect(gemfileLockParser.matches('app/Gemfile.lock')).toBe(true)
    expect(gemfileLockParser.matches('gems.locked')).toBe(true)
    expect(gemfileLockParser.matches('Gemfile')).toBe(false)
  })

  it('reads GEM specs at their line, drops platform suffixes, and skips PATH gems', () => {
    const result = parse('Gemfile.lock')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} direct=${p.direct}`)
    ).toEqual([
      'aws-sdk-s3@1.142.0:18 direct=true',
      'aws-sdk-core@3.190.0:20 direct=false',
      'nokogiri@1.15.5:21 direct=true',
      'rack@3.0.8:25 direct=false',
      'racc@1.7.3:26 direct=false'
    ])
    expect(result.packages[0]).toMatchObject({
      ecosystem: 'RubyGems',
      location: { file: 'app/Gemfile.lock', column: 5 }
    })
  })

  it('reports GIT gems as not queryable, with their remote and revision', () => {
    expect(parse('Gemfile.lock').unpinned).toEqual([
      expect.objectContaining({
        name: 'my-gem',
        reason: 'git',
        spec: 'https://github.com/example/my-gem.git@0123456789abcdef0123456789abcdef01234567',
        location: expect.objectContaining({ line: 6 })
      })
    ])
  })

  it('reports malformed specs at their line and reads the rest', () => {
    const result = parse('malformed.lock')
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 4, column: 5 })
    ])
    expect(result.packages.map(p => p.name)).toEqual(['racc'])
    expect(codes(parse('zero-packages.lock'))).toEqual([
      'parse-error',
      'parse-error',
      'no-packages'
    ])
  })

  it('reports a spec line not indented as Bundler writes it (tabs, odd spaces), never skips it', () => {
    const text = [
      'GEM',
      '  remote: https://rubygems.org/',
      '  specs:',
      '\track (2.2.3)',
      '     rails (7.0.0)',
      '    nokogiri (1.13.6)',
      '      racc (~> 1.4)',
      '    racc (1.7.3)',
      ''
    ].join('\n')
    const result = gemfileLockParser.parse(text, 'Gemfile.lock')
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual([
      'nokogiri@1.13.6',
      'racc@1.7.3'
    ])
    expect(result.diagnostics.map(d => `${d.code}@${d.line}`)).toEqual([
      'parse-error@4',
      'parse-error@5'
    ])
    expect(result.diagnostics[0]?.message).toMatch(/indented/)
  })

  it('reports a gem a spec needs that no section lists at its line; bundler and platform variants are not lacking', () => {
    const text = [
      'GIT',
      '  remote: https://github.com/example/lambda-kit.git',
      '  revision: 0123456789abcdef0123456789abcdef01234567',
      '  specs:',
      '    lambda-kit (0.2.0)',
      '      aws-sdk-lambda (~> 1.0)',
      '      bundler (>= 2.0)',
      '',
      'PATH',
      '  remote: .',
      '  specs:',
      '    orders (1.0.0)',
      '      jmespath (~> 1.6)',
      '      lambda-kit',
      '      nokogiri (~> 1.15)',
      '',
      'GEM',
      '  remote: https://rubygems.org/',
      '  specs:',
      '    aws-eventstream (1.3.0)',
      '    aws-sdk-lambda (1.113.0)',
      '      aws-sdk-core (~> 3, >= 3.188.0)',
      '      aws-sigv4 (~> 1.1)',
      '    aws-sigv4 (1.8.0)',
      '      aws-eventstream (~> 1, >= 1.0.2)',
      '    nokogiri (1.15.5-arm64-darwin)',
      '      racc (~> 1.4)',
      '    nokogiri (1.15.5-x86_64-linux)',
      '      racc (~> 1.4)',
      '    racc (1.7.3)',
      '',
      'PLATFORMS',
      '  arm64-darwin',
      '  x86_64-linux',
      '',
      'DEPENDENCIES',
      '  orders!',
      '',
      'BUNDLED WITH',
      '   2.5.3',
      ''
    ].join('\n')
    const result = gemfileLockParser.parse(text, 'Gemfile.lock')
    expect(result.diagnostics.map(d => `${d.code}@${d.line}:${d.column} ${d.message}`)).toEqual([
      'parse-error@13:7 "jmespath" is needed by orders, but the lockfile lists no gem of that name: not read',
      'parse-error@22:7 "aws-sdk-core" is needed by aws-sdk-lambda, but the lockfile lists no gem of that name: not read'
    ])
  })

  it('reads a real lockfile (heartcombo/devise)', () => {
    const result = parse('real/Gemfile.lock')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(97)
    expect(result.unpinned.map(u => u.name)).toEqual(['mongoid'])
    expect(findPackage(result, 'actionpack')).toMatchObject({
      version: '8.1.3',
      direct: false,
      location: { line: 46 }
    })
  })
})

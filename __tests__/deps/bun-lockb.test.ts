import { describe, expect, it } from '@jest/globals'
import { bunLockParser } from '../../src/deps/bun/index.js'
import {
  parseLockfile,
  parseLockfileBytes,
  parserFor,
  selectLockfiles
} from '../../src/deps/registry.js'

/**
 * The start of a binary `bun.lockb`, written for these tests: Bun's header line, then binary
 * fields (NUL bytes among them) and the package strings Bun stores.
 */
const BUN_LOCKB = Buffer.concat([
  Buffer.from('#!/usr/bin/env bun\nbun-lockfile-format-v0\n'),
  Buffer.from([2, 0, 0, 0, 0x9c, 0x01, 0, 0, 0, 0, 0, 0, 0xff, 0xfe]),
  Buffer.from('lodash\u00004.17.20\u0000https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz')
])

/** Text that a `bun.lock` reader would read: a `bun.lockb` must never be read as one. */
const TEXT_LOCK =
  '{\n  "lockfileVersion": 1,\n  "packages": {\n    "lodash": ["lodash@4.17.20", "", {}, "sha512-x"],\n  },\n}\n'

describe('bun.lockb (binary lockfile)', () => {
  it('is recognised by name, as its own format: the text reader never takes it', () => {
    expect(parserFor('api/bun.lockb')?.id).toBe('npm/bun-lockb')
    expect(parserFor('api/bun.lockb')?.ecosystem).toBe('npm')
    expect(bunLockParser.matches('api/bun.lockb')).toBe(false)
    expect(parserFor('node_modules/x/bun.lockb')).toBeUndefined()
  })

  it('is a located error saying its dependencies were not checked, and how to fix it', () => {
    const result = parseLockfileBytes('api/bun.lockb', BUN_LOCKB)
    expect(result.packages).toEqual([])
    expect(result.unpinned).toEqual([])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'api/bun.lockb',
        line: 1,
        column: 1,
        severity: 'error',
        code: 'binary-lockfile'
      })
    ])
    const message = result.diagnostics[0]?.message ?? ''
    expect(message).toContain("Bun's binary lockfile cannot be read")
    expect(message).toContain('not checked')
    expect(message).toContain(
      '`bun install --save-text-lockfile --frozen-lockfile --lockfile-only`'
    )
    expect(message).toContain('Bun 1.2')
    expect(message).toContain('commit `bun.lock`')
  })

  it('is never read as text: not even content a bun.lock reader would accept', () => {
    const result = parseLockfile('bun.lockb', TEXT_LOCK)
    expect(result.packages).toEqual([])
    expect(result.diagnostics.map(d => d.code)).toEqual(['binary-lockfile'])
    expect(parseLockfile('bun.lock', TEXT_LOCK).packages.map(p => p.name)).toEqual(['lodash'])
  })

  it('is left out where a bun.lock beside it is what is checked', () => {
    expect(
      selectLockfiles([
        'a/bun.lockb',
        'b/bun.lock',
        'b/bun.lockb',
        'c/bun.lockb',
        'c/package-lock.json',
        'd/bun.lock'
      ])
    ).toEqual(['a/bun.lockb', 'b/bun.lock', 'c/bun.lockb', 'c/package-lock.json', 'd/bun.lock'])
  })
})

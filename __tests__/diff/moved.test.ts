import { describe, expect, it } from '@jest/globals'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'

const statement = "      - Effect: Allow\n        Action: 's3:*'\n        Resource: '*'\n"
const service = (statements: number) => `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
${statement.repeat(statements)}functions:
  list:
    handler: src/list.handler
`

async function moved(
  base: Record<string, string>,
  head: Record<string, string>,
  renamed: [string, string][]
): Promise<ScanResult> {
  const config = parseConfigText('.serverless-gate.yml', '')
  return runScan({
    base: new MemorySource('base', new Map(Object.entries(base))),
    head: new MemorySource('head', new Map(Object.entries(head))),
    config,
    settings: resolveSettings({ scanners: ['iac'] }, config),
    now: new Date('2026-11-22T00:00:00Z'),
    renamed: new Map(renamed)
  })
}

const of = (r: ScanResult, status: string) =>
  r.findings.filter(f => f.status === status).map(f => `${f.ruleId} ${f.location.file}`)

describe('findings of a moved file that repeat', () => {
  it('pair in order: two the same, moved, are neither new nor fixed', async () => {
    const r = await moved({ 'a/serverless.yml': service(2) }, { 'b/serverless.yml': service(2) }, [
      ['a/serverless.yml', 'b/serverless.yml']
    ])
    expect(of(r, 'unchanged').filter(f => f.startsWith('iam-wildcard-action'))).toHaveLength(2)
    expect([of(r, 'new'), of(r, 'fixed')]).toEqual([[], []])
  })

  it('pair in order: one of two removed as the file moved is fixed, at its base path', async () => {
    const r = await moved({ 'a/serverless.yml': service(2) }, { 'b/serverless.yml': service(1) }, [
      ['a/serverless.yml', 'b/serverless.yml']
    ])
    expect(of(r, 'new')).toEqual([])
    expect(of(r, 'fixed')).toEqual([
      'iam-wildcard-action a/serverless.yml',
      'iam-wildcard-resource a/serverless.yml'
    ])
  })
})

describe('renames the sides do not bear out', () => {
  it('pair nothing: a file still on the head was copied, not moved, and its copy is new', async () => {
    const r = await moved(
      { 'a/serverless.yml': service(1) },
      { 'a/serverless.yml': service(1), 'b/serverless.yml': service(1) },
      [['a/serverless.yml', 'b/serverless.yml']]
    )
    expect(r.moved).toBeUndefined()
    expect(of(r, 'new')).toContain('iam-wildcard-action b/serverless.yml')
    expect(of(r, 'fixed')).toEqual([])
  })
})

/** A function with a public URL: its own finding, apart from the role's. */
const publicUrl = `service: catalog
provider:
  name: aws
  runtime: nodejs22.x
functions:
  browse:
    handler: src/browse.handler
    url: true
`

describe('files that swap or chain their paths', () => {
  it('pair each with itself: a → c and b → a, found from content', async () => {
    const r = await moved(
      { 'a/serverless.yml': service(1), 'b/serverless.yml': publicUrl },
      { 'c/serverless.yml': service(1), 'a/serverless.yml': publicUrl },
      []
    )
    expect(r.moved).toEqual(
      new Map([
        ['a/serverless.yml', 'c/serverless.yml'],
        ['b/serverless.yml', 'a/serverless.yml']
      ])
    )
    expect([of(r, 'new'), of(r, 'fixed')]).toEqual([[], []])
    expect(of(r, 'unchanged')).toContain('lambda-url-auth-none a/serverless.yml')
    expect(of(r, 'unchanged')).toContain('iam-wildcard-action c/serverless.yml')
    expect(r.changes).toEqual([])
  })

  it('pair each with itself when both swap, as renames reported: a ↔ b', async () => {
    const r = await moved(
      { 'a/serverless.yml': service(1), 'b/serverless.yml': publicUrl },
      { 'a/serverless.yml': publicUrl, 'b/serverless.yml': service(1) },
      [
        ['a/serverless.yml', 'b/serverless.yml'],
        ['b/serverless.yml', 'a/serverless.yml']
      ]
    )
    expect([of(r, 'new'), of(r, 'fixed')]).toEqual([[], []])
    expect(r.changes).toEqual([])
  })

  it('show what the file moved away had, and not the one moved onto its path, as fixed', async () => {
    // a → c loses a statement as it moves; b → a is the same file.
    const r = await moved(
      { 'a/serverless.yml': service(2), 'b/serverless.yml': service(1).replace('orders', 'b') },
      { 'c/serverless.yml': service(1), 'a/serverless.yml': service(1).replace('orders', 'b') },
      [
        ['a/serverless.yml', 'c/serverless.yml'],
        ['b/serverless.yml', 'a/serverless.yml']
      ]
    )
    expect(of(r, 'new')).toEqual([])
    expect(of(r, 'fixed')).toEqual([
      'iam-wildcard-action a/serverless.yml',
      'iam-wildcard-resource a/serverless.yml'
    ])
    expect(of(r, 'unchanged').filter(f => f.startsWith('iam-wildcard-action'))).toEqual([
      'iam-wildcard-action a/serverless.yml',
      'iam-wildcard-action c/serverless.yml'
    ])
  })

  it('pair a chain: a → b and b → c', async () => {
    const r = await moved(
      { 'a/serverless.yml': service(1), 'b/serverless.yml': publicUrl },
      { 'b/serverless.yml': service(1), 'c/serverless.yml': publicUrl },
      []
    )
    expect(r.moved?.size).toBe(2)
    expect([of(r, 'new'), of(r, 'fixed'), r.changes]).toEqual([[], [], []])
  })
})

describe('two folders merged into one', () => {
  it('pair each file with its new place: a/x and b/y moved under c/', async () => {
    const r = await moved(
      {
        'a/serverless.yml': service(1),
        'a/src/list.js': 'exports.handler = async () => 1\n',
        'b/y/serverless.yml': publicUrl,
        'b/y/src/browse.js': 'exports.handler = async () => 2\n'
      },
      {
        // Edited as it moved: git reports it, its folder takes its other files along.
        'c/serverless.yml': `# merged into c\n${service(1)}`,
        'c/src/list.js': 'exports.handler = async () => 1\n',
        'c/y/serverless.yml': publicUrl,
        'c/y/src/browse.js': 'exports.handler = async () => 2\n'
      },
      [['a/serverless.yml', 'c/serverless.yml']]
    )
    expect([of(r, 'new'), of(r, 'fixed'), r.changes]).toEqual([[], [], []])
    expect(of(r, 'unchanged')).toContain('lambda-url-auth-none c/y/serverless.yml')
    expect(of(r, 'unchanged')).toContain('iam-wildcard-action c/serverless.yml')
  })
})

describe('the coverage of a change that moves files', () => {
  it('counts a moved file once', async () => {
    const r = await moved(
      {
        'a/serverless.yml': service(1),
        'a/src/list.js': 'exports.handler = async () => 1\n',
        'b/serverless.yml': publicUrl,
        'README.md': '# shop\n'
      },
      {
        'c/serverless.yml': service(1),
        'c/src/list.js': 'exports.handler = async () => 1\n',
        'b/serverless.yml': publicUrl,
        'README.md': '# the shop\n'
      },
      []
    )
    // Two moved files and the README: not the two old paths and the two new ones.
    expect(r.coverage?.changedFiles).toBe(3)
  })

  it('counts a swap as the files it moved, a removed file as one', async () => {
    const r = await moved(
      { 'a/serverless.yml': service(1), 'b/serverless.yml': publicUrl, 'gone.txt': 'x\n' },
      { 'c/serverless.yml': service(1), 'a/serverless.yml': publicUrl },
      []
    )
    expect(r.coverage?.changedFiles).toBe(3)
  })
})

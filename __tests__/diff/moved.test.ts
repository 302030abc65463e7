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

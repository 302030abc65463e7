import { describe, expect, it } from '@jest/globals'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'
import type { FileSource } from '../../src/sources/types.js'
import { unchangedMoves } from '../../src/units/moves.js'

/** A SAM template with a public URL to a function whose role has `*` on `*`. */
const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      InlineCode: x
      FunctionUrlConfig:
        AuthType: NONE
      Policies:
        - Statement:
            - Effect: Allow
              Action: '*'
              Resource: '*'
`
const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:*
          Resource: '*'
functions:
  list:
    handler: src/list.handler
    url: true
`

type Files = Record<string, string>

async function pullRequest(base: Files, head: Files, scope: 'changed' | 'full') {
  const config = parseConfigText('.serverless-gate.yml', '')
  return runScan({
    base: new MemorySource('base', new Map(Object.entries(base))),
    head: new MemorySource('head', new Map(Object.entries(head))),
    config,
    settings: resolveSettings({ 'pr-scope': scope, scanners: ['iac'] }, config),
    now: new Date('2026-11-22T00:00:00Z')
  })
}

const byStatus = (r: ScanResult, status: string) =>
  r.findings.filter(f => f.status === status).map(f => `${f.ruleId} ${f.location.file}`)

describe('a pull request that moves files without editing them', () => {
  const base = {
    'services/orders/template.yaml': TEMPLATE,
    'services/api/serverless.yml': SERVICE,
    'README.md': 'orders\n'
  }
  const renamed = {
    'apps/orders/template.yaml': TEMPLATE,
    'apps/api/serverless.yml': SERVICE,
    'README.md': 'orders\n'
  }

  it.each(['changed', 'full'] as const)(
    'reports nothing new or fixed for a renamed folder (pr-scope %s)',
    async scope => {
      const r = await pullRequest(base, renamed, scope)
      expect(byStatus(r, 'new')).toEqual([])
      expect(byStatus(r, 'fixed')).toEqual([])
      expect(r.changes).toEqual([])
      expect(r.decision).toBe('pass')
    }
  )

  it('only counts what it moved: the head still holds every finding, at the new paths', async () => {
    const r = await pullRequest(base, renamed, 'full')
    const files = new Set(r.findings.map(f => f.location.file))
    expect(files).toEqual(new Set(['apps/orders/template.yaml', 'apps/api/serverless.yml']))
    expect(r.findings.every(f => f.status === 'unchanged')).toBe(true)
  })

  it('reports what a file edited as it moved adds, as a new finding', async () => {
    const edited = { ...renamed, 'apps/api/serverless.yml': SERVICE.replace('s3:*', "'*'") }
    const r = await pullRequest(base, edited, 'changed')
    expect(byStatus(r, 'new').some(f => f.startsWith('iam-admin-access apps/api/'))).toBe(true)
  })

  it('keeps a copy next to a file that stayed apart: the copy is new', async () => {
    const copied = { ...base, 'apps/orders/template.yaml': TEMPLATE }
    const r = await pullRequest(base, copied, 'changed')
    expect(byStatus(r, 'new').length).toBeGreaterThan(0)
    expect(byStatus(r, 'fixed')).toEqual([])
  })
})

describe('a moved link to a folder', () => {
  it('reads the files through it where they were, so nothing is new or fixed', async () => {
    const service = SERVICE.replace(
      "      statements:\n        - Effect: Allow\n          Action: s3:*\n          Resource: '*'",
      '      statements: ${file(conf/iam.yml):statements}'
    )
    const shared = {
      'shared/conf/iam.yml': "statements:\n  - Effect: Allow\n    Action: '*'\n    Resource: '*'\n"
    }
    const side = (label: string, dir: string) =>
      new MemorySource(
        label,
        new Map(Object.entries({ ...shared, [`${dir}/serverless.yml`]: service })),
        {},
        new Map([[`${dir}/conf`, '../../shared/conf']])
      )
    const config = parseConfigText('.serverless-gate.yml', '')
    for (const scope of ['changed', 'full'] as const) {
      const r = await runScan({
        base: side('base', 'services/api'),
        head: side('head', 'apps/api'),
        config,
        settings: resolveSettings({ 'pr-scope': scope, scanners: ['iac'] }, config),
        now: new Date('2026-11-22T00:00:00Z')
      })
      expect(r.findings.some(f => f.ruleId === 'iam-admin-access')).toBe(scope === 'full')
      expect([byStatus(r, 'new'), byStatus(r, 'fixed'), r.changes]).toEqual([[], [], []])
    }
  })
})

describe('the moves between two sides', () => {
  const side = (files: Files): FileSource => new MemorySource('s', new Map(Object.entries(files)))

  it('pair a path only the base has with one only the head has, by content', async () => {
    const moves = await unchangedMoves(
      side({ 'a/x.yml': 'x: 1\n', 'a/y.yml': 'y: 1\n', 'a/z.yml': 'z: 1\n', 'k.yml': 'k\n' }),
      side({ 'b/x.yml': 'x: 1\n', 'b/y.yml': 'y: 2\n', 'a/z.yml': 'z: 1\n', 'k.yml': 'k\n' })
    )
    // y was edited; z stayed; k is unchanged.
    expect([...moves]).toEqual([['a/x.yml', 'b/x.yml']])
  })

  it('take, of several copies, the one with the same name', async () => {
    const moves = await unchangedMoves(
      side({ 'a/template.yaml': 'T\n' }),
      side({ 'b/copy.yaml': 'T\n', 'b/template.yaml': 'T\n' })
    )
    expect([...moves]).toEqual([['a/template.yaml', 'b/template.yaml']])
  })

  it('are none for sources that do not know their blob ids', async () => {
    const plain = (files: Files): FileSource => {
      const s = side(files)
      return { label: 's', list: () => s.list(), read: p => s.read(p) }
    }
    expect(await unchangedMoves(plain({ 'a.yml': 'a\n' }), plain({ 'b.yml': 'a\n' }))).toEqual(
      new Map()
    )
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildModel } from '../../src/iac/build-model.js'
import type { Model } from '../../src/model/types.js'
import { evaluate } from '../../src/policy/engine/evaluate.js'
import { lambdaRuntimeDeprecated } from '../../src/policy/rules/functions/lambda-runtime-deprecated.js'
import { RUNTIME_DEPRECATION, runtimeStatus } from '../../src/policy/rules/lib/runtimes.js'
import { DirectorySource } from '../../src/sources/filesystem.js'
import { tempRepo } from '../helpers/temp-repo.js'

describe('runtimeStatus', () => {
  const jan2026 = new Date('2026-01-01T00:00:00Z')

  it('calls a runtime past its date deprecated', () => {
    expect(runtimeStatus('nodejs16.x', jan2026)).toMatchObject({
      state: 'deprecated',
      date: '2024-06-12',
      successor: 'nodejs24.x'
    })
  })

  it('warns within 180 days of the date, and not before', () => {
    // nodejs20.x: 2026-04-30 is 119 days after 2026-01-01.
    expect(runtimeStatus('nodejs20.x', jan2026)).toMatchObject({
      state: 'deprecating',
      daysLeft: 119
    })
    expect(runtimeStatus('nodejs22.x', jan2026)).toBeUndefined()
  })

  it('counts the window edges: 180 days before warns, 181 does not, the date itself is past', () => {
    expect(runtimeStatus('nodejs20.x', new Date('2025-11-01T00:00:00Z'))?.daysLeft).toBe(180)
    expect(runtimeStatus('nodejs20.x', new Date('2025-10-31T00:00:00Z'))).toBeUndefined()
    expect(runtimeStatus('nodejs20.x', new Date('2026-04-30T00:00:00Z'))?.state).toBe('deprecated')
  })

  it('leaves runtimes it does not know alone', () => {
    expect(runtimeStatus('nodejs99.x', jan2026)).toBeUndefined()
    expect(runtimeStatus('', jan2026)).toBeUndefined()
  })

  it('names a successor of the same family, never the runtime itself', () => {
    expect(runtimeStatus('go1.x', jan2026)?.successor).toBe('provided.al2023')
    expect(runtimeStatus('dotnetcore3.1', jan2026)?.successor).toBe('dotnet10')
    expect(runtimeStatus('java8.al2', new Date('2026-07-01T00:00:00Z'))?.successor).toBe('java25')
    expect(runtimeStatus('nodejs24.x', new Date('2028-05-01T00:00:00Z'))?.successor).toBeUndefined()
  })

  it('has a valid date for every runtime', () => {
    for (const date of Object.values(RUNTIME_DEPRECATION)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(date))).toBe(false)
    }
  })
})

describe('lambda-runtime-deprecated with a pinned date', () => {
  let model: Model
  let cleanup: () => void

  beforeAll(async () => {
    const repo = tempRepo({
      'serverless.yml': [
        'service: orders',
        'provider:',
        '  name: aws',
        '  runtime: nodejs20.x',
        'functions:',
        '  createOrder:',
        '    handler: src/create.handler',
        '  listOrders:',
        '    handler: src/list.handler',
        '  legacy:',
        '    handler: src/legacy.handler',
        '    runtime: nodejs16.x',
        '  current:',
        '    handler: src/current.handler',
        '    runtime: nodejs22.x',
        ''
      ].join('\n')
    })
    cleanup = repo.cleanup
    model = await buildModel(new DirectorySource(repo.root), repo.root)
  })
  afterAll(() => cleanup())

  const run = (now: string) =>
    evaluate(model, [lambdaRuntimeDeprecated], {
      disabled: new Set(),
      severities: new Map(),
      now: new Date(now)
    }).findings

  it('reports a runtime deprecating soon as medium, once for the functions sharing it', () => {
    const findings = run('2026-01-01T00:00:00Z')
    expect(model.diagnostics).toEqual([])
    expect(findings.map(f => [f.location.line, f.severity, f.evidence, f.resource])).toEqual([
      [4, 'medium', 'nodejs20.x', 'shared settings'],
      [12, 'high', 'nodejs16.x', 'legacy']
    ])
    expect(findings[0]?.message).toContain('in 119 days')
    expect(findings[0]?.message).toContain('functions `createOrder` and `listOrders`')
  })

  it('reports the same runtime as high once its date has passed', () => {
    const findings = run('2026-05-01T00:00:00Z')
    expect(findings.map(f => [f.location.line, f.severity])).toEqual([
      [4, 'high'],
      [12, 'high']
    ])
  })

  it('reports nothing for runtimes far from their date', () => {
    const findings = run('2023-01-01T00:00:00Z')
    expect(findings).toEqual([])
  })
})

import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { runScan } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { MemorySource } from '../../src/sources/memory.js'
import type { FileSource } from '../../src/sources/types.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'

/** A source that counts how often it is listed and each file is read. */
function counting(
  files: Record<string, string>
): FileSource & { lists: number; reads: Map<string, number> } {
  const inner = new MemorySource('counted', new Map(Object.entries(files)))
  const reads = new Map<string, number>()
  const source = {
    label: 'counted',
    lists: 0,
    reads,
    list: () => {
      source.lists++
      return inner.list()
    },
    read: (path: string) => {
      reads.set(path, (reads.get(path) ?? 0) + 1)
      return inner.read(path)
    }
  }
  return source
}

describe('a scan reads each side once', () => {
  it('lists the tree once and reads each file once, across the model, lockfiles and inline suppressions', async () => {
    const sls =
      'service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  a:\n    handler: a.h\n    url: true # serverless-gate:ignore lambda-url-auth-none webhook\n'
    const lock =
      '{"lockfileVersion": 3, "packages": {"": {"name": "x"}, "node_modules/lodash": {"version": "4.17.15"}}}'
    const head = counting({ 'serverless.yml': sls, 'package-lock.json': lock })
    const base = counting({
      'serverless.yml': sls,
      'package-lock.json': lock.replace('4.17.15', '4.17.21')
    })
    const config = parseConfigText('c.yml', '')
    const osv = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })
    const result = await runScan({ head, base, config, settings: resolveSettings({}, config), osv })
    // The vulnerable package opens an attack path to the public URL: its finding folds into the path.
    const ruleIds = result.findings.flatMap(f => [f.ruleId, ...(f.also ?? []).map(a => a.ruleId)])
    expect(ruleIds).toContain('vulnerable-dependency')
    expect(result.findings.some(f => f.suppressed?.reason === 'webhook')).toBe(true)
    for (const side of [head, base]) {
      expect(side.lists).toBe(1)
      expect([...side.reads.values()].every(n => n === 1)).toBe(true)
    }
  })
})

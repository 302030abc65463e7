import { describe, expect, it } from '@jest/globals'
import { osvSourceFor } from '../../src/core/osv-source.js'
import { runScan, type ScanResult } from '../../src/core/scan.js'
import { resolveSettings } from '../../src/core/settings.js'
import { parseConfigText } from '../../src/policy/config/load.js'
import { RECORDS_DIR } from '../osv/support/fixtures.js'
import { change, monorepo, random, sourceOf, type Tree } from './support/monorepo.js'

const CASES = 300
/** Changes that move a folder beside itself: its relative paths lead where they did. */
const MOVES_BESIDE = new Set(['rename-service', 'rename-sam', 'move-terraform-stack'])
const CONFIG = '.serverless-gate.yml'
const osv = osvSourceFor({ apiUrl: 'http://127.0.0.1:9', offlineDir: RECORDS_DIR })

async function scan(
  base: Tree,
  head: Tree,
  scope: 'changed' | 'full',
  renamed: ReadonlyMap<string, string>
): Promise<ScanResult> {
  const config = parseConfigText(CONFIG, head.get(CONFIG) ?? '')
  const baseConfig = parseConfigText(CONFIG, base.get(CONFIG) ?? '')
  return runScan({
    base: sourceOf('base', base),
    head: sourceOf('head', head),
    config,
    baseConfig,
    configPath: CONFIG,
    settings: resolveSettings({ 'pr-scope': scope }, config),
    now: new Date('2026-11-22T00:00:00Z'),
    osv,
    renamed
  })
}

/** What a pull request reports: new and fixed findings, and security-relevant changes. */
function outcome(r: ScanResult) {
  const ids = (status: string): string[] =>
    r.findings
      .filter(f => f.status === status)
      .map(
        f =>
          `${f.fingerprint} ${f.ruleId} ${f.location.file}:${f.location.line} ${f.message} ${f.dependency?.functions.join(',') ?? ''} ${f.dependency?.service ?? ''}`
      )
      .sort()
  return {
    new: ids('new'),
    fixed: ids('fixed'),
    changes: r.changes
      .map(
        c =>
          `${c.kind} ${c.service} ${c.resource} ${c.location.file}:${c.location.line} ${c.summary}`
      )
      .sort()
  }
}

/** Files the gate could not check: a scoped scan reads fewer units, so it may see fewer. */
const errorsOf = (r: ScanResult): string[] =>
  [...new Set(r.errors.map(e => `${e.file}:${e.line ?? 0} ${e.code ?? ''}`))].sort()

describe('a pull request scoped to its change reports what a scan of both sides in full reports', () => {
  it(`holds over ${CASES} generated monorepos and changes`, async () => {
    let scoped = 0
    let reported = 0
    let renamesOnly = 0
    for (let seed = 1; seed <= CASES; seed++) {
      const r = random(seed)
      const base = monorepo(r)
      const { head, config, applied, renamed } = change(base, r)
      if (config !== '') head.set(CONFIG, config)
      const [incremental, full] = await Promise.all([
        scan(base, head, 'changed', renamed),
        scan(base, head, 'full', renamed)
      ])
      const context = `seed ${seed} (${applied.join(', ')})`
      expect({ context, ...outcome(incremental) }).toEqual({ context, ...outcome(full) })
      // A service folder moved beside itself reads the same: it adds and fixes nothing.
      if (applied.every(a => MOVES_BESIDE.has(a))) {
        expect({ context, ...outcome(full) }).toEqual({ context, new: [], fixed: [], changes: [] })
        renamesOnly++
      }
      // What it could not check is what the full scan could not check in the units it reached,
      // and with the same problems it decides the same.
      const fullErrors = errorsOf(full)
      expect(errorsOf(incremental).filter(e => !fullErrors.includes(e))).toEqual([])
      if (errorsOf(incremental).length === fullErrors.length)
        expect({ context, decision: incremental.decision }).toEqual({
          context,
          decision: full.decision
        })
      if (incremental.coverage && incremental.coverage.scanned < incremental.coverage.total)
        scoped++
      if (outcome(full).new.length + outcome(full).fixed.length > 0) reported++
    }
    // The cases exercise both sides of the property: narrowed scans, and changes with findings.
    expect(scoped).toBeGreaterThan(CASES / 2)
    expect(reported).toBeGreaterThan(CASES / 3)
    expect(renamesOnly).toBeGreaterThan(5)
  }, 240_000)
})

import { describe, expect, it } from '@jest/globals'
import { basename } from 'node:path'
import { CATALOG } from '../../src/policy/rules/index.js'
import {
  actualOf,
  casesOf,
  expectationsIn,
  fixtureDiagnostics,
  runRule
} from '../helpers/rule-harness.js'

// Every catalog rule has bad fixtures, whose `# expect: <rule-id>` comments mark the exact lines
// where findings must land, and good fixtures that must produce none.
describe.each(CATALOG.map(rule => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has good and bad fixtures', () => {
    expect(casesOf(rule.id, 'bad').length).toBeGreaterThan(0)
    expect(casesOf(rule.id, 'good').length).toBeGreaterThan(0)
  })

  it.each(casesOf(rule.id, 'bad').map(dir => [basename(dir), dir]))(
    'finds exactly the marked lines in bad/%s',
    async (_name, dir) => {
      const { model, findings } = await runRule(rule, dir)
      expect(fixtureDiagnostics(model)).toEqual([])
      const expected = expectationsIn(dir, rule.id)
      expect(expected.length).toBeGreaterThan(0)
      const withSeverity = expected.some(e => e.severity !== undefined)
      const wanted = withSeverity
        ? expected.map(e => ({ where: e.where, severity: e.severity ?? rule.severity }))
        : expected
      expect(actualOf(findings, withSeverity)).toEqual(wanted)
      for (const f of findings) expect(f.message.length).toBeGreaterThan(10)
    }
  )

  it.each(casesOf(rule.id, 'good').map(dir => [basename(dir), dir]))(
    'finds nothing in good/%s',
    async (_name, dir) => {
      const { model, findings } = await runRule(rule, dir)
      expect(fixtureDiagnostics(model)).toEqual([])
      expect(findings).toEqual([])
    }
  )
})

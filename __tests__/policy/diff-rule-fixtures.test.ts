import { describe, expect, it } from '@jest/globals'
import { basename, join } from 'node:path'
import { evaluateDiff } from '../../src/policy/engine/evaluate-diff.js'
import { DIFF_RULES } from '../../src/policy/rules/diff/index.js'
import {
  actualOf,
  casesOf,
  expectationsIn,
  fixtureDiagnostics,
  modelOf
} from '../helpers/rule-harness.js'

// Diff rules compare base and head: each case folder holds `base/` and `head/`, and the head's
// `# expect: <rule-id>` comments mark where findings must land.
describe.each(DIFF_RULES.map(rule => [rule.id, rule] as const))('%s', (_id, rule) => {
  const run = async (dir: string) => {
    const [base, head] = await Promise.all([modelOf(join(dir, 'base')), modelOf(join(dir, 'head'))])
    expect(fixtureDiagnostics(base)).toEqual([])
    expect(fixtureDiagnostics(head)).toEqual([])
    return evaluateDiff(base, head, [rule])
  }

  it('has good and bad fixtures', () => {
    expect(casesOf(rule.id, 'bad').length).toBeGreaterThan(0)
    expect(casesOf(rule.id, 'good').length).toBeGreaterThan(0)
  })

  it.each(casesOf(rule.id, 'bad').map(dir => [basename(dir), dir]))(
    'finds exactly the marked lines in bad/%s',
    async (_name, dir) => {
      const { findings, errors } = await run(dir)
      expect(errors).toEqual([])
      const expected = expectationsIn(join(dir, 'head'), rule.id)
      expect(expected.length).toBeGreaterThan(0)
      const withSeverity = expected.some(e => e.severity !== undefined)
      const wanted = withSeverity
        ? expected.map(e => ({ where: e.where, severity: e.severity ?? rule.severity }))
        : expected
      expect(actualOf(findings, withSeverity)).toEqual(wanted)
    }
  )

  it.each(casesOf(rule.id, 'good').map(dir => [basename(dir), dir]))(
    'finds nothing in good/%s',
    async (_name, dir) => {
      const { findings, errors } = await run(dir)
      expect(errors).toEqual([])
      expect(findings).toEqual([])
    }
  )
})
